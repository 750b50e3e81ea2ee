import Diagnostics
import WorkforceModel

@testable import ScenarioFormat

/// Fuzz target `formula`: bytes as the text of one formula of a
/// `model: formula` solution, through the formula lexer and parser, then
/// resolved into a model and evaluated over ranges.
///
/// Checks, besides "no crash, no hang, no sanitizer report":
/// - a rejection points inside the formula (or just after it) and says what is wrong;
/// - an accepted formula resolves into a `FormulaModel` (every name an input);
/// - the text `ScenarioPrinter` writes for it parses back to the same tree;
/// - evaluating it over input ranges (interval arithmetic and the range
///   analysis behind `run`) finishes, whatever the formula.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFormula(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  withinCPUTime(input: bytes) { checkFormula(bytes) }
  return 0
}

func checkFormula(_ bytes: [UInt8]) {
  let text = String(decoding: bytes, as: UTF8.self)
  let syntax: FormulaSyntax
  do {
    syntax = try FormulaParser.parse(text)
  } catch {
    let length = text.unicodeScalars.count
    guard error.offset >= 0, error.offset <= length else {
      fail("error offset \(error.offset) outside the formula of \(length) characters: \(error.message)", input: bytes)
    }
    guard !error.message.isEmpty else { fail("error without a message", input: bytes) }
    return
  }
  guard let (model, expression) = resolve(syntax) else {
    fail("a parsed formula does not make a model", input: bytes)
  }

  // The canonical text parses back to the same tree.
  let canonical = ScenarioPrinter.formulaText(expression, in: model)
  do {
    let again = try FormulaParser.parse(canonical)
    guard let (_, reread) = resolve(again, names: model.inputs.map(\.name)), sameTree(expression, reread) else {
      fail("canonical text '\(canonical)' parses to a different formula", input: bytes)
    }
  } catch {
    fail("canonical text '\(canonical)' does not parse: \(error.message)", input: bytes)
  }

  // Evaluation over ranges finishes: each input in [0.5, 2], or (for inputs
  // of odd length) in [0, 1], which puts 0 in every divisor.
  let box = bytes.count % 2 == 0 ? Interval(0.5, 2) : Interval(0, 1)
  _ = model.evaluate([Interval](repeating: box, count: model.inputs.count)).fte
}

/// The formula as the only formula of a model whose inputs are its names, in
/// order of first use (or `names`, when given).
func resolve(_ syntax: FormulaSyntax, names given: [String]? = nil) -> (FormulaModel, FormulaExpression)? {
  var names = given ?? []
  for reference in syntax.references where !names.contains(reference.name) { names.append(reference.name) }
  var index: [String: Int] = [:]
  for (position, name) in names.enumerated() { index[name] = position }
  let expression = syntax.resolved { .input(index[$0] ?? 0) }
  let inputs = names.map(FormulaUnits.inputSpec(named:))
  // The formula is the model's fte; the other two figures are 0, so that an
  // evaluation analyses the formula's range once, not three times.
  let zero = FormulaExpression(.number(0), span: 0..<0)
  guard
    let model = FormulaModel(
      inputs: inputs, intermediates: [], formulas: SolutionOutputs(fte: expression, projectCost: zero, operatingCost: zero))
  else { return nil }
  return (model, expression)
}

/// Whether two formulas have the same tree, ignoring the text spans.
func sameTree(_ a: FormulaExpression, _ b: FormulaExpression) -> Bool {
  switch (a.node, b.node) {
  case (.number(let x), .number(let y)): return x.bitPattern == y.bitPattern
  case (.input(let x), .input(let y)), (.intermediate(let x), .intermediate(let y)): return x == y
  case (.negation(let x), .negation(let y)): return sameTree(x, y)
  case (.binary(let f, let x1, let x2), .binary(let g, let y1, let y2)):
    return f == g && sameTree(x1, y1) && sameTree(x2, y2)
  case (.call(let f, let xs), .call(let g, let ys)):
    return f == g && xs.count == ys.count && zip(xs, ys).allSatisfy(sameTree)
  case (.condition(let x1, let c, let x2, let x3, let x4), .condition(let y1, let d, let y2, let y3, let y4)):
    return c == d && sameTree(x1, y1) && sameTree(x2, y2) && sameTree(x3, y3) && sameTree(x4, y4)
  default:
    return false
  }
}
