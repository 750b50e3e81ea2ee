import Diagnostics
import Foundation
import Testing
import WorkforceModel

@testable import ScenarioFormat

/// `ScenarioPrinter`: the canonical form of a scenario (`workforce validate
/// --canonical`). The round trip over random scenarios is a property test in
/// `SimulationTests/PropertyTests.swift`; here are its fixed cases.
@Suite("Canonical scenario printer")
struct ScenarioPrinterTests {
  static let messy = """
    # A scenario written the way people write them.
    title: 'WARD, as a variant'
    scenario: messy
    solutions:
      ward:
        inputs:
          tender: 2_000_000
          share: {source: PA 2023, value: 0.25}
          admissions: 725k
          length_of_stay_days: 4
          price_per_patient_day: 75 .. 125
          project_management: 20mio..25mio
          minutes_saved_per_patient_day: "pert(10, 13.25, 15)"
        model: ward
        staff: sygeplejersker
        published: {fte: [110, 100..120]}
    assumptions: {hours_per_fte: 1450}
    simulation: {ranges: uniform}

    """

  @Test func writesTheCanonicalForm() throws {
    let scenario = try decode(Self.messy)
    #expect(
      ScenarioPrinter.canonical(scenario) == """
        scenario: "messy"
        title: "WARD, as a variant"
        assumptions:
          hours_per_fte: 1450
        solutions:
          ward:
            model: ward
            staff: ["sygeplejersker"]
            inputs:
              minutes_saved_per_patient_day: pert(10, 13.25, 15)
              admissions: 725000
              share: {value: 25%, source: "PA 2023"}
              length_of_stay_days: 4
              price_per_patient_day: 75..125
              project_management: 20mio..25mio
              tender: 2mio
            published:
              fte:
                - 110
                - 100..120

        """)
  }

  @Test func canonicalFormIsAFixedPoint() throws {
    let once = ScenarioPrinter.canonical(try decode(Self.messy))
    let twice = ScenarioPrinter.canonical(try decode(once))
    #expect(once == twice)
  }

  static let bundledFiles = [
    "published.yaml", "uncertain.yaml", "optimistic.yaml", "pessimistic.yaml", "published-as-formulas.yaml",
    "portfolio.yaml", "speech-recognition.yaml",
  ].filter { FileManager.default.fileExists(atPath: bundled($0)) }

  /// Every bundled scenario (with `extends:` merged and the blocks of the
  /// business case, grant and assessment copied) prints as text that decodes
  /// to a scenario with the same figures, and prints again identically.
  @Test(arguments: bundledFiles)
  func bundledScenarioRoundTrips(_ file: String) throws {
    let canonical = try ScenarioPrinter.canonical(file: bundled(file))
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let copy = try write(canonical, to: file, in: folder)
    #expect(try ScenarioPrinter.canonical(file: copy.path) == canonical)

    let original = try ScenarioLoader().load(bundled(file))
    let reread = try ScenarioLoader().load(copy.path)
    #expect(original.id == reread.id)
    #expect(original.solutions.map(\.id) == reread.solutions.map(\.id))
    for (a, b) in zip(original.solutions, reread.solutions) {
      #expect(a.arguments.map(\.quantity) == b.arguments.map(\.quantity), "\(a.id)")
      #expect(a.arguments.map(\.source) == b.arguments.map(\.source), "\(a.id)")
      #expect(a.published.map(\.value) == b.published.map(\.value), "\(a.id)")
      let x = a.ranges()
      let y = b.ranges()
      for figure in Figure.allCases { #expect(x[figure] == y[figure], "\(a.id).\(figure.rawValue)") }
    }
  }

  // MARK: - Numbers

  @Test(
    "numbers print as the shortest text that reads back exactly",
    arguments: [
      (13.25, false, "13.25"), (725_000, false, "725000"), (20e6, false, "20mio"), (22.5e6, false, "22.5mio"),
      (1_234_567, false, "1234567"), (1.5e9, false, "1.5mia"), (2e12, false, "2000000000000"),
      (1e20, false, "1e20"), (1e-5, false, "1e-5"), (0.65, false, "0.65"), (-3, false, "-3"),
      (-20e6, false, "-20mio"), (0.25, true, "25%"), (0.07, true, "7%"), (0.123456, true, "0.123456"),
      (1, true, "100%"), (0, false, "0"), (-0.0, false, "-0"), (5e-324, false, "5e-324"),
      (1.7976931348623157e308, false, "1.7976931348623157e308"),
      // Three decimals after a non-zero integer read as ambiguous (a Danish
      // thousands separator), so a fourth digit is written: 1.125 → 1.1250,
      // also before a suffix.
      (1.125, false, "1.1250"), (-1.125, false, "-1.1250"), (1_125_000, false, "1.1250mio"),
      (0.12125, true, "12.1250%"),
    ] as [(Double, Bool, String)])
  func number(_ value: Double, share: Bool, text: String) throws {
    #expect(ScenarioPrinter.number(value, share: share) == text)
    guard case .point(let read) = try QuantityParser.parse(text) else {
      Issue.record("'\(text)' is not a number")
      return
    }
    #expect(read.bitPattern == value.bitPattern)
  }

  @Test func nonFiniteNumbersPrintAsTextThatIsRejected() {
    for value in [Double.nan, .infinity, -.infinity] {
      let text = ScenarioPrinter.number(value, share: false)
      #expect((try? QuantityParser.parse(text)) == nil, "\(text)")
    }
  }

  @Test func quantities() {
    #expect(ScenarioPrinter.quantityText(.range(low: 20e6, high: 25e6), share: false) == "20mio..25mio")
    #expect(ScenarioPrinter.quantityText(.uniform(min: 0.1, max: 0.14), share: true) == "uniform(10%, 14%)")
    #expect(ScenarioPrinter.quantityText(.normal(mean: 50, sd: 10), share: false) == "normal(50, 10)")
    #expect(ScenarioPrinter.quantityText(.lognormal(p5: 5, p95: 10), share: false) == "lognormal(5, 10)")
    #expect(ScenarioPrinter.quantityText(.triangular(min: 1, mode: 2, max: 3), share: false) == "triangular(1, 2, 3)")
  }

  // MARK: - Formulas

  @Test(
    "formulas print with the fewest parentheses that keep their tree",
    arguments: [
      ("a + b * c", "a + b * c"), ("(a + b) * c", "(a + b) * c"), ("a - (b - c)", "a - (b - c)"),
      ("(a - b) - c", "a - b - c"), ("a / (b * c)", "a / (b * c)"), ("((a))", "a"), ("-a^2", "-a ^ 2"),
      ("(-a)^2", "(-a) ^ 2"), ("2^3^2", "2 ^ 3 ^ 2"), ("(2^3)^2", "(2 ^ 3) ^ 2"), ("a^-b", "a ^ -b"),
      ("a * -b", "a * -b"), ("- - a", "--a"), ("+a", "a"), ("min(a, b+1, 3)", "min(a, b + 1, 3)"),
      ("round(x, -3)", "round(x, -3)"), ("round(x, 0)", "round(x)"), ("if(a ≥ b, a, b)", "if(a >= b, a, b)"),
      ("a × b ÷ c − d", "a * b / c - d"), ("25% * 2mio", "0.25 * 2mio"), ("1e-3", "0.001"),
    ])
  func formula(_ written: String, canonical: String) throws {
    let (model, expression) = try Self.model(written)
    #expect(ScenarioPrinter.formulaText(expression, in: model) == canonical)
    let (_, reread) = try Self.model(canonical)
    #expect(Self.shape(reread) == Self.shape(expression))
  }

  /// A one-formula model whose inputs are the formula's names.
  static func model(_ text: String) throws -> (FormulaModel, FormulaExpression) {
    let syntax = try FormulaParser.parse(text)
    var names: [String] = []
    for reference in syntax.references where !names.contains(reference.name) { names.append(reference.name) }
    let expression = syntax.resolved { name in .input(names.firstIndex(of: name) ?? 0) }
    let model = try #require(
      FormulaModel(
        inputs: names.map(FormulaUnits.inputSpec(named:)), intermediates: [],
        formulas: SolutionOutputs(fte: expression, projectCost: expression, operatingCost: expression)))
    return (model, expression)
  }

  /// The tree without spans, as text.
  static func shape(_ expression: FormulaExpression) -> String {
    switch expression.node {
    case .number(let x): "\(x)"
    case .input(let i): "#\(i)"
    case .intermediate(let i): "@\(i)"
    case .negation(let x): "neg(\(shape(x)))"
    case .binary(let op, let l, let r): "\(op.rawValue)(\(shape(l)), \(shape(r)))"
    case .call(let f, let args): "\(f)(\(args.map(shape).joined(separator: ", ")))"
    case .condition(let l, let c, let r, let t, let e):
      "if(\(shape(l)) \(c.rawValue) \(shape(r)), \(shape(t)), \(shape(e)))"
    }
  }
}
