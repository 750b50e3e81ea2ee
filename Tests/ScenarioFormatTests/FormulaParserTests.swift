import Diagnostics
import Foundation
import Testing
import WorkforceModel

@testable import ScenarioFormat

/// The formula language: precedence, associativity, numbers, functions, and
/// every syntax error with its column inside the formula string.
@Suite("Formula parser")
struct FormulaParserTests {
  /// The syntax tree fully parenthesised: `(a + (b * c))`, `(-x)`,
  /// `min(a, b)`, `round[2](x)`, `if(a > b, x, y)`.
  static func shape(_ syntax: FormulaSyntax) -> String {
    switch syntax.node {
    case .number(let x): return x.plain
    case .name(let name): return name
    case .negation(let operand): return "(-\(shape(operand)))"
    case .binary(let op, let lhs, let rhs): return "(\(shape(lhs)) \(op.rawValue) \(shape(rhs)))"
    case .call(let function, let arguments):
      let places: String
      if case .round(let count) = function { places = "[\(count)]" } else { places = "" }
      return function.name + places + "(" + arguments.map(shape).joined(separator: ", ") + ")"
    case .condition(let lhs, let comparison, let rhs, let then, let otherwise):
      return "if(\(shape(lhs)) \(comparison.rawValue) \(shape(rhs)), \(shape(then)), \(shape(otherwise)))"
    }
  }

  static func parsed(_ text: String) throws -> String {
    shape(try FormulaParser.parse(text))
  }

  // MARK: - Precedence and associativity

  static let precedence: [(formula: String, shape: String)] = [
    ("a + b * c", "(a + (b * c))"),
    ("a * b + c", "((a * b) + c)"),
    ("a - b - c", "((a - b) - c)"),
    ("a / b / c", "((a / b) / c)"),
    ("a * b / c * d", "(((a * b) / c) * d)"),
    ("a - b + c", "((a - b) + c)"),
    ("(a + b) * c", "((a + b) * c)"),
    ("a * (b + c)", "(a * (b + c))"),
    ("2 ^ 3 ^ 2", "(2 ^ (3 ^ 2))"),
    ("a * b ^ 2", "(a * (b ^ 2))"),
    ("(a * b) ^ 2", "((a * b) ^ 2)"),
    ("-x ^ 2", "(-(x ^ 2))"),
    ("-x * y", "((-x) * y)"),
    ("2 ^ -1", "(2 ^ (-1))"),
    ("a - -b", "(a - (-b))"),
    ("--a", "(-(-a))"),
    ("+a", "a"),
    ("x × y ÷ z − w", "(((x * y) / z) - w)"),
    ("min(a, b + c, d)", "min(a, (b + c), d)"),
    ("max(a, b) * 2", "(max(a, b) * 2)"),
    ("round(x)", "round[0](x)"),
    ("round(x / 3, 2)", "round[2]((x / 3))"),
    ("round(x, -3)", "round[-3](x)"),
    ("if(a >= b + 1, x, y * 2)", "if(a >= (b + 1), x, (y * 2))"),
    ("if(a < b, if(a == 0, 1, 2), 3)", "if(a < b, if(a == 0, 1, 2), 3)"),
    ("if(a ≤ b, 1, 2) + if(a != b, 3, 4)", "(if(a <= b, 1, 2) + if(a != b, 3, 4))"),
    ("if(a ≥ b, 1, 2) * if(a ≠ b, 3, 4)", "(if(a >= b, 1, 2) * if(a != b, 3, 4))"),
    ("if(a > b, 1, 2) - if(a <= b, 3, 4)", "(if(a > b, 1, 2) - if(a <= b, 3, 4))"),
  ]

  @Test(arguments: precedence)
  func precedenceAndAssociativity(_ example: (formula: String, shape: String)) throws {
    #expect(try Self.parsed(example.formula) == example.shape)
  }

  // MARK: - Numbers

  static let numbers: [(formula: String, value: Double)] = [
    ("725_000", 725_000), ("13.25", 13.25), ("25%", 0.25), ("7k", 7_000), ("2mio", 2_000_000),
    ("1.5mia", 1_500_000_000), ("2 mio", 2_000_000), ("12.5 %", 0.125), ("1e3", 1_000), ("2.5e-1", 0.25),
    ("0.65", 0.65), ("1_450", 1_450),
  ]

  @Test(arguments: numbers)
  func numbersUseTheQuantitySyntax(_ example: (formula: String, value: Double)) throws {
    let syntax = try FormulaParser.parse(example.formula)
    guard case .number(let value) = syntax.node else {
      Issue.record("\(example.formula) is not a number")
      return
    }
    #expect(value == example.value)
  }

  @Test func namesMayHoldLettersDigitsAndUnderscores() throws {
    #expect(try Self.parsed("fte_per_bed * x2 + _y + årsværk") == "(((fte_per_bed * x2) + _y) + årsværk)")
  }

  @Test func aNameLikeAFunctionIsAReferenceWithoutParentheses() throws {
    let syntax = try FormulaParser.parse("round + 1", knownNames: ["round"])
    #expect(Self.shape(syntax) == "(round + 1)")
  }

  // MARK: - Spans

  @Test func everyNodeKeepsTheSpanOfItsText() throws {
    let syntax = try FormulaParser.parse("a + (b - c) / 2")
    #expect(syntax.span == 0..<15)
    guard case .binary(.add, let a, let quotient) = syntax.node,
      case .binary(.divide, let difference, let two) = quotient.node
    else {
      Issue.record("unexpected shape \(Self.shape(syntax))")
      return
    }
    #expect(a.span == 0..<1)
    #expect(quotient.span == 4..<15)
    #expect(difference.span == 4..<11)  // the parentheses belong to it
    #expect(two.span == 14..<15)
  }

  // MARK: - Errors, with the 0-based offset of the offending text

  static let errors: [(formula: String, offset: Int, message: String)] = [
    ("", 0, "empty formula"),
    ("   ", 0, "empty formula"),
    ("a +", 3, "the formula ends after '+' where a value should follow"),
    ("a * (b + c", 4, "'(' is never closed"),
    ("a + b)", 5, "unmatched ')'"),
    ("a b", 2, "unexpected 'b' after 'a'"),
    ("2 x", 2, "unexpected 'x' after '2'"),
    ("2x", 1, "unknown unit 'x' after a number"),
    ("3min", 1, "unknown unit 'min' after a number"),
    ("a > b", 2, "comparison '>' outside if(…)"),
    ("a = b", 2, "'='"),
    ("a ! b", 2, "'!'"),
    ("a <> b", 2, "'<>'"),
    ("a ** 2", 2, "'**'"),
    ("a $ b", 2, "unexpected character '$'"),
    ("a % 2", 2, "unexpected character '%'"),
    ("a..b", 1, "a range '..'"),
    ("1..2", 1, "a range '..'"),
    (".5", 0, "'.' outside a number"),
    ("7__0", 1, "misplaced '_' in a number"),
    ("1e400", 0, "number 1e400 is too large"),
    ("sqrt(a)", 0, "unknown function 'sqrt'"),
    ("min(a)", 0, "min takes two or more arguments, found 1"),
    ("max()", 0, "max takes two or more arguments, found 0"),
    ("round(a, b)", 9, "the decimals of round must be a whole number written out"),
    ("round(a, 1.5)", 9, "the decimals of round must be a whole number written out"),
    ("round(a, 16)", 9, "the decimals of round must be a whole number written out"),
    ("round(a, 1, 2)", 0, "round takes one or two arguments, found 3"),
    ("min", 0, "function 'min' without arguments"),
    ("if(a, 1, 2)", 3, "the first argument of if is not a comparison"),
    ("if()", 3, "if without arguments"),
    ("if(a > b, 1)", 11, "if has 2 of its 3 arguments"),
    ("if(a > b, 1, 2, 3)", 14, "if takes 3 arguments, found more"),
    ("if(a < b < c, 1, 2)", 9, "a second comparison '<' in one condition"),
    ("min(a, b", 3, "'(' is never closed"),
    ("min(a b)", 6, "unexpected 'b' inside parentheses"),
    ("a * )", 4, "unexpected ')'"),
    ("a * > 2", 4, "comparison '>' where a value should be"),
  ]

  @Test(arguments: errors)
  func syntaxErrorsPointAtTheOffendingText(_ example: (formula: String, offset: Int, message: String)) {
    do {
      _ = try FormulaParser.parse(example.formula)
      Issue.record("\(example.formula) parsed")
    } catch {
      #expect(error.offset == example.offset, "\(example.formula)")
      #expect(error.message == example.message, "\(example.formula)")
    }
  }

  @Test func aKnownNameFollowedByAParenthesisIsNotAFunction() {
    #expect(
      throws: FormulaParser.Failure(
        offset: 5, message: "'share' is not a function, but '(' follows it",
        expected: "an operator such as '*' between 'share' and '('")
    ) {
      _ = try FormulaParser.parse("share(2)", knownNames: ["share"])
    }
  }

  @Test func unknownFunctionsGetASuggestion() {
    #expect(
      throws: FormulaParser.Failure(
        offset: 0, message: "unknown function 'mni'", expected: "one of min, max, round, if", suggestion: "min")
    ) {
      _ = try FormulaParser.parse("mni(a, b)")
    }
  }

  // MARK: - Limits

  @Test func formulasLongerThanTheLimitAreRejected() {
    let limits = FormulaLimits(length: 10, depth: 64)
    #expect(
      throws: FormulaParser.Failure(
        offset: 0, message: "the formula is 12 characters long, more than the limit of 10",
        expected: "a shorter formula (name parts of it under 'let')")
    ) {
      _ = try FormulaParser.parse("a + b + c + ", limits: limits)
    }
  }

  @Test func nestingDeeperThanTheLimitIsRejected() throws {
    let limits = FormulaLimits(length: 2_000, depth: 3)
    #expect(Self.shape(try FormulaParser.parse("(((a)))", limits: limits)) == "a")
    do {
      _ = try FormulaParser.parse("((((a))))", limits: limits)
      Issue.record("parsed")
    } catch {
      #expect(error.offset == 3)
      #expect(error.message == "the formula is nested more than 3 levels deep")
    }
    // Unary minus and powers count as levels too, so no input can overflow the stack.
    #expect(throws: FormulaParser.Failure.self) { _ = try FormulaParser.parse("----a", limits: limits) }
    #expect(throws: FormulaParser.Failure.self) { _ = try FormulaParser.parse(String(repeating: "(", count: 10_000)) }
  }
}

/// `model: formula` solutions read from scenario files: names resolved with
/// suggestions, `let` ordered and checked for cycles, divisions and powers
/// checked, and every error located inside the formula string.
@Suite("Formula solutions in scenario files")
struct FormulaSolutionDecodingTests {
  /// A formula solution with `fte` on line 9, its text starting at column 13
  /// when double-quoted (`      fte: "` is 12 characters).
  static func scenario(fte: String, quote: String = "\"", extra: String = "") -> String {
    """
    assumptions: {hours_per_fte: 1450, wage: 500}
    solutions:
      s:
        model: formula
        inputs: {admissions: 725_000, share: 25%, x: 1..2, y: 0..3, z: "normal(10, 2)"}
        let:
          a: "admissions * share"
        formulas:
          fte: \(quote)\(fte)\(quote)
          project_cost: "0"
          operating_cost: "0"
    \(extra)
    """
  }

  static let located: [(fte: String, quote: String, message: String)] = [
    (
      "admision * 2", "\"",
      "f.yaml:9:13: error: unknown name 'admision' in the formula for 'fte' of solution 's'; expected an input, "
        + "an assumption or a 'let' name: admissions, share, x, y, z, a, hours_per_fte, wage; did you mean 'admissions'?"
    ),
    (
      "a / hours_per_ft", "\"",
      "f.yaml:9:17: error: unknown name 'hours_per_ft' in the formula for 'fte' of solution 's'; expected an input, "
        + "an assumption or a 'let' name: admissions, share, x, y, z, a, hours_per_fte, wage; did you mean 'hours_per_fte'?"
    ),
    (
      "a / y", "\"",
      "f.yaml:9:17: error: division by 'y', which can be 0 (its range is 0..3) in the formula for 'fte' of "
        + "solution 's'; expected a divisor whose range does not include 0"
    ),
    (
      "a / (x - 1.5) * 2", "\"",
      "f.yaml:9:17: error: division by '(x - 1.5)', which can be 0 (its range is -0.5..0.5) in the formula for "
        + "'fte' of solution 's'; expected a divisor whose range does not include 0"
    ),
    (
      // x is 1..2, so x - 1.05 is -0.05..0.95; in binary 1 - 1.05 is -0.050000000000000044,
      // shown to ten significant digits.
      "a / (x - 1.05)", "\"",
      "f.yaml:9:17: error: division by '(x - 1.05)', which can be 0 (its range is -0.05..0.95) in the formula for "
        + "'fte' of solution 's'; expected a divisor whose range does not include 0"
    ),
    (
      // As in inputs, 1.450 may be Danish for 1,450: the formula for fte starts at column 13.
      "a / 1.450", "\"",
      "f.yaml:9:17: error: number '1.450' is ambiguous: a point before exactly three digits may separate thousands "
        + "in the formula for 'fte' of solution 's'; expected 1_450 for the thousands, or 1.45 for a decimal number"
    ),
    (
      "a / (x - x)", "\"",
      "f.yaml:9:17: error: division by '(x - x)', which is 0 in the formula for 'fte' of solution 's'; expected a "
        + "divisor whose range does not include 0"
    ),
    (
      // normal(10, 2) can be drawn anywhere in 10 ± 6·2, clamped at 0.
      "a / z", "\"",
      "f.yaml:9:17: error: division by 'z', which can be 0 (its range is 0..22) in the formula for 'fte' of "
        + "solution 's'; expected a divisor whose range does not include 0"
    ),
    (
      "(share - 0.5) ^ 0.5", "\"",
      "f.yaml:9:13: error: '(share - 0.5)' is negative (-0.25) and is raised to a power that is not a "
        + "whole-number constant in the formula for 'fte' of solution 's'; expected a base ≥ 0, or a whole-number "
        + "constant exponent such as 2"
    ),
    (
      "y ^ -1", "\"",
      "f.yaml:9:17: error: 'y' can be 0 (its range is 0..3) and the power '-1' is negative (-1) in the formula for "
        + "'fte' of solution 's'; expected a base whose range excludes 0, or a power ≥ 0"
    ),
    (
      "a * (x + 1", "\"",
      "f.yaml:9:17: error: '(' is never closed in the formula for 'fte' of solution 's'; expected a matching ')'"
    ),
    (
      "a +", "",
      "f.yaml:9:15: error: the formula ends after '+' where a value should follow in the formula for 'fte' of "
        + "solution 's'; expected a number, a name or '('"
    ),
    (
      "a $ 2", "'",
      "f.yaml:9:15: error: unexpected character '$' in the formula for 'fte' of solution 's'; expected numbers, "
        + "names, + - * / ^, comparisons, parentheses and commas"
    ),
    (
      "if(a, 1, 2)", "\"",
      "f.yaml:9:16: error: the first argument of if is not a comparison in the formula for 'fte' of solution 's'; "
        + "expected a comparison with <, <=, >, >=, == or !=, e.g. if(x > 0, a, b)"
    ),
    (
      "share(2)", "\"",
      "f.yaml:9:18: error: 'share' is not a function, but '(' follows it in the formula for 'fte' of solution 's'; "
        + "expected an operator such as '*' between 'share' and '('"
    ),
    (
      "a x", "\"",
      "f.yaml:9:15: error: unexpected 'x' after 'a' in the formula for 'fte' of solution 's'; expected an operator "
        + "(+ - * / ^) between two values"
    ),
  ]

  @Test(arguments: located)
  func errorsPointInsideTheFormulaString(_ example: (fte: String, quote: String, message: String)) {
    #expect(decodeMessage(Self.scenario(fte: example.fte, quote: example.quote)) == example.message)
  }

  @Test func aMonotoneDivisorIsNotRejectedForRepeatingAnInput() throws {
    // x − 0.5·x over x ∈ [1, 2] is [0.5, 1]; plain interval arithmetic would say [0, 1.5].
    let scenario = try decode(Self.scenario(fte: "a / (x - 0.5 * x) / hours_per_fte"))
    let fte = try #require(scenario.solution("s")).ranges().fte
    #expect(fte.low == 181_250 / 1 / 1450)
    #expect(fte.high == 181_250 / 0.5 / 1450)
  }

  @Test func letNamesMayUseLaterOnesAndAreComputedInDependencyOrder() throws {
    let text = """
      assumptions: {hours_per_fte: 1450}
      solutions:
        s:
          model: formula
          inputs: {minutes: 2, visits: 1k..2k}
          let:
            hours: "minutes_total / 60"
            minutes_total: "minutes * visits"
          formulas: {fte: "hours / hours_per_fte", project_cost: "1mio", operating_cost: "0"}
          published:
            hours: 50
      """
    let solution = try #require(try decode(text).solution("s"))
    let model = try #require(solution.model as? FormulaModel)
    #expect(model.intermediates.map(\.name) == ["minutes_total", "hours"])
    #expect(model.inputs.map(\.name) == ["minutes", "visits", "hours_per_fte"])
    #expect(model.inputs.map(\.unit) == [.minutes, .count, .hours])
    #expect(model.intermediates.map(\.unit) == [.minutes, .hours])
    let outputs = solution.ranges()
    #expect(outputs.details.map(\.name) == ["minutes_total", "hours"])
    #expect(outputs.details[1].value == Interval(2_000.0 / 60, 4_000.0 / 60))
    #expect(solution.published.map(\.name) == ["hours"])
  }

  static let letErrors: [(lets: String, message: String)] = [
    (
      "{p: \"q + 1\", q: \"p * 2\"}",
      "f.yaml:6:11: error: the 'let' names of solution 's' form a cycle: p → q → p; expected names that do not "
        + "depend on themselves"
    ),
    (
      "{p: \"p + 1\"}",
      "f.yaml:6:11: error: the 'let' names of solution 's' form a cycle: p → p; expected names that do not depend "
        + "on themselves"
    ),
    (
      "{fte: \"x\"}",
      "f.yaml:6:11: error: 'let' name 'fte' of solution 's' is also the figure 'fte' (its formula goes under "
        + "'formulas'); expected a name of its own"
    ),
    (
      "{min: \"x\"}",
      "f.yaml:6:11: error: 'let' name 'min' of solution 's' is also the function min(…); expected a name of its own"
    ),
    (
      "{x: \"2\"}",
      "f.yaml:6:11: error: 'let' name 'x' of solution 's' is also an input of solution 's'; expected a name of its own"
    ),
    (
      "{hours_per_fte: \"2\"}",
      "f.yaml:6:11: error: 'let' name 'hours_per_fte' of solution 's' is also an assumption; expected a name of its own"
    ),
    (
      "{a-b: \"2\"}",
      "f.yaml:6:11: error: 'let' name 'a-b' of solution 's'; expected letters, digits or '_', starting with a letter"
    ),
  ]

  @Test(arguments: letErrors)
  func letNamesAreChecked(_ example: (lets: String, message: String)) {
    let text = """
      assumptions: {hours_per_fte: 1450}
      solutions:
        s:
          model: formula
          inputs: {x: 1}
          let: \(example.lets)
          formulas: {fte: "x", project_cost: "0", operating_cost: "0"}
      """
    #expect(decodeMessage(text) == example.message)
  }

  static let structureErrors: [(solution: String, message: String)] = [
    (
      "    model: formula\n    inputs: {x: 1}\n",
      "f.yaml:3:5: error: solution 's' has no 'formulas'; expected formulas: {fte: \"…\", project_cost: \"…\", "
        + "operating_cost: \"…\"} with model: formula"
    ),
    (
      "    model: formula\n    inputs: {x: 1}\n    formulas: {fte: \"x\", operating_cost: \"0\"}\n",
      "f.yaml:5:15: error: 'formulas' of solution 's' has no 'project_cost'; expected a formula for each of fte, "
        + "project_cost and operating_cost (write 0 for none)"
    ),
    (
      "    model: formula\n    inputs: {x: 1}\n    formulas: {fte: \"x\", project_cost: \"0\", operating_cots: \"0\"}\n",
      "f.yaml:5:45: error: unknown key 'operating_cots' in 'formulas' of solution 's'; expected one of fte, "
        + "project_cost, operating_cost; did you mean 'operating_cost'?"
    ),
    (
      "    model: dermloop\n    formulas: {fte: \"1\"}\n",
      "f.yaml:4:5: error: 'formulas' in solution 's', which uses the built-in model 'dermloop'; expected 'formulas' "
        + "only with 'model: formula'"
    ),
    (
      "    model: formul\n",
      "f.yaml:3:12: error: unknown model 'formul' in solution 's'; expected one of ward, migo, dermloop, "
        + "mammography, rpa, formula; did you mean 'formula'?"
    ),
    (
      "    model: formula\n    inputs: {a-b: 1}\n    formulas: {fte: \"1\", project_cost: \"0\", operating_cost: \"0\"}\n",
      "f.yaml:4:14: error: input name 'a-b' of solution 's' contains '-'; expected letters, digits and '_' in the "
        + "inputs of a formula solution ('-' means minus in a formula)"
    ),
    (
      "    model: formula\n    inputs: {visit_share: 120%}\n    formulas: {fte: \"visit_share\", project_cost: \"0\", operating_cost: \"0\"}\n",
      "f.yaml:4:27: error: input 'visit_share' of solution 's' is 120%, out of range; expected a share between 0% and 100%"
    ),
  ]

  @Test func scoresUnderASolutionPointToTheTopLevelBlock() {
    #expect(
      decodeMessage(fullWard("    assessment: {scalability: 4}"))
        == "f.yaml:13:5: error: 'assessment' in solution 'ward'; expected the scores in the top-level block: "
        + "assessment: scores: ward: {criterion: score, …}")
  }

  @Test(arguments: structureErrors)
  func formulaSolutionsAreChecked(_ example: (solution: String, message: String)) {
    #expect(decodeMessage("solutions:\n  s:\n" + example.solution) == example.message)
  }

  @Test func aVariantCanOverrideOneFormula() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try write(Self.scenario(fte: "a / hours_per_fte"), to: "base.yaml", in: folder)
    let variant = try write(
      "extends: base.yaml\nsolutions:\n  s:\n    formulas:\n      fte: \"2 * a / hours_per_fte\"\n",
      to: "variant.yaml", in: folder)
    let base = try ScenarioLoader().load(folder.appendingPathComponent("base.yaml").path)
    let changed = try ScenarioLoader().load(variant.path)
    let before = try #require(base.solution("s")).ranges().fte
    let after = try #require(changed.solution("s")).ranges().fte
    #expect(after.low == 2 * before.low)
  }
}
