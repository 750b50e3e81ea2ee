import Foundation
import ScenarioFormat
import Testing
import WorkforceModel

/// The arithmetic of formula solutions: the functions over intervals, the
/// range analysis (never narrower than the truth, exact when monotone), and
/// traces. Expected values are worked out by hand in the comments.
@Suite("Formula arithmetic")
struct FormulaTests {
  // MARK: - Scalar functions

  static let rounding: [(x: Double, places: Int, expected: Double)] = [
    (2.5, 0, 3), (-2.5, 0, -3), (2.4999, 0, 2), (0.125, 2, 0.13), (1.25, 1, 1.3), (1234, -2, 1200), (1250, -2, 1300),
    (-1250, -2, -1300), (7, -3, 0), (1e300, 15, 1e300),
  ]

  @Test(arguments: rounding)
  func roundingIsHalfAwayFromZero(_ example: (x: Double, places: Int, expected: Double)) {
    #expect(ScalarMath.round(example.x, places: example.places) == example.expected)
  }

  // MARK: - Interval functions

  @Test func minimumAndMaximumTakeTheEndsOfTheirArguments() {
    #expect(Interval.minimum(Interval(1, 3), Interval(2, 4)) == Interval(1, 3))
    #expect(Interval.maximum(Interval(1, 3), Interval(2, 4)) == Interval(2, 4))
    #expect(Interval.minimum(Interval(1, 5), Interval(2, 3)) == Interval(1, 3))
    #expect(-Interval(1, 3) == Interval(-3, -1))
  }

  @Test func roundingAnIntervalRoundsItsEnds() {
    #expect(Interval(1.25, 2.5).rounded(places: 1) == Interval(1.3, 2.5))
    #expect(Interval(31, 39).rounded(places: -1) == Interval(30, 40))
  }

  static let powers: [(base: Interval, exponent: Interval, expected: Interval)] = [
    (Interval(-1, 2), Interval(constant: 2), Interval(0, 4)),  // even power around 0 reaches 0
    (Interval(-2, -1), Interval(constant: 2), Interval(1, 4)),
    (Interval(-2, -1), Interval(constant: 3), Interval(-8, -1)),
    (Interval(-1, 2), Interval(constant: 3), Interval(-1, 8)),  // odd powers are increasing
    (Interval(1, 4), Interval(constant: 0.5), Interval(1, 2)),
    (Interval(1, 4), Interval(constant: -1), Interval(0.25, 1)),
    (Interval(2, 3), Interval(constant: 0), Interval(constant: 1)),
    (Interval(0.5, 2), Interval(-1, 1), Interval(0.5, 2)),  // corners: 2, 0.5, 0.5, 2
    (Interval(1, 2), Interval(1, 3), Interval(1, 8)),
    (Interval(-1, 2), Interval(constant: -1), Interval.entire),  // a pole at 0
    (Interval(-2, -1), Interval(1, 2), Interval.entire),  // no real value
  ]

  @Test(arguments: powers)
  func powersOfIntervals(_ example: (base: Interval, exponent: Interval, expected: Interval)) {
    #expect(Interval.power(example.base, example.exponent) == example.expected)
  }

  static let comparisons: [(op: ComparisonOperator, lhs: Interval, rhs: Interval, truth: Bool?)] = [
    (.less, Interval(1, 2), Interval(3, 4), true), (.less, Interval(1, 3), Interval(3, 4), nil),
    (.less, Interval(3, 4), Interval(1, 3), false), (.lessOrEqual, Interval(1, 3), Interval(3, 4), true),
    (.lessOrEqual, Interval(4, 5), Interval(1, 3), false), (.greater, Interval(3, 4), Interval(1, 2), true),
    (.greaterOrEqual, Interval(3, 4), Interval(1, 3), true), (.greaterOrEqual, Interval(1, 2), Interval(3, 4), false),
    (.equal, Interval(constant: 2), Interval(constant: 2), true), (.equal, Interval(1, 2), Interval(3, 4), false),
    (.equal, Interval(1, 3), Interval(2, 4), nil), (.notEqual, Interval(1, 2), Interval(3, 4), true),
    (.notEqual, Interval(constant: 2), Interval(constant: 2), false),
  ]

  @Test(arguments: comparisons)
  func comparisonsOfIntervals(_ example: (op: ComparisonOperator, lhs: Interval, rhs: Interval, truth: Bool?)) {
    #expect(example.op.truth(example.lhs, example.rhs) == example.truth)
  }

  @Test func selectTakesABranchOrTheHullOfBoth() {
    let then = Interval(10, 11)
    let otherwise = Interval(20, 21)
    #expect(Interval.select(Interval(1, 2), .less, Interval(3, 4), then: then, else: otherwise) == then)
    #expect(Interval.select(Interval(5, 6), .less, Interval(3, 4), then: then, else: otherwise) == otherwise)
    #expect(Interval.select(Interval(1, 5), .less, Interval(3, 4), then: then, else: otherwise) == Interval(10, 21))
  }

  @Test func narrowingIntersectsButNeverLosesTheRange() {
    #expect(Interval(0, 10).narrowed(to: Interval(2, 12)) == Interval(2, 10))
    // Floating-point noise may make two enclosures of one value miss: keep the analysed one.
    #expect(
      Interval(1, 1).narrowed(to: Interval(1.0000000000000002, 1.0000000000000002))
        == Interval(constant: 1.0000000000000002))
  }

  // MARK: - The range of a formula

  /// A one-solution scenario whose `fte` is `formula`.
  static func solution(_ formula: String, inputs: String = "{x: 1..2, y: 3..4}") throws -> Solution {
    let text = """
      solutions:
        s:
          model: formula
          inputs: \(inputs)
          formulas: {fte: "\(formula)", project_cost: "0", operating_cost: "0"}
      """
    return try #require(try ScenarioLoader().decode(text, file: "f.yaml").solution("s"))
  }

  /// The formula evaluated on a grid of `steps + 1` points per uncertain input
  /// (with point intervals, so exactly), as (min, max).
  static func gridExtremes(_ solution: Solution, steps: Int = 40) -> (Double, Double) {
    let ranges = solution.arguments.map(\.quantity.deterministicRange)
    var low = Double.infinity
    var high = -Double.infinity
    var index = [Int](repeating: 0, count: ranges.count)
    while true {
      let point = ranges.indices.map { i in
        Interval(constant: ranges[i].low + (ranges[i].high - ranges[i].low) * Double(index[i]) / Double(steps))
      }
      let value = solution.model.evaluate(point).fte.low
      low = min(low, value)
      high = max(high, value)
      var i = 0
      while i < index.count {
        index[i] += 1
        if index[i] <= steps && !ranges[i].isPoint { break }
        index[i] = 0
        i += 1
      }
      if i == index.count { return (low, high) }
    }
  }

  /// Formulas and their exact ranges over x ∈ [1, 2], y ∈ [3, 4].
  static let exact: [(formula: String, low: Double, high: Double)] = [
    // x appears twice: plain interval arithmetic gives [1 − 1, 2 − 0.5] = [0, 1.5].
    ("x - 0.5 * x", 0.5, 1),
    // Monotone only on halves of the box: found by bisection. 1/2 and 2/3.
    ("x / (x + 1)", 0.5, 2.0 / 3),
    // y·x − x = x·(y − 1): increasing in both; 1·2 = 2 to 2·3 = 6.
    ("y * x - x", 2, 6),
    // min(x, y) = x here; x + x² from 2 to 6.
    ("min(x, y) + x ^ 2", 2, 6),
    // Condition on x only; at x ≤ 1.5: 1·y·1000 + round(10y, −1) ≥ 3030; at x = 2, y = 4: 8040.
    ("if(x > 1.5, 2, 1) * y * 1k + round(y * 10, -1)", 3030, 8040),
    // (x + y − 3.5)² over x + y ∈ [4, 6]: from 0.25 to 6.25.
    ("(x + y - 3.5) ^ 2", 0.25, 6.25),
    // max(0, a − b) with a − b < 0 everywhere: 0.
    ("max(0, x - y)", 0, 0),
  ]

  @Test(arguments: exact)
  func rangesAreExactWhenTheFormulaIsMonotone(_ example: (formula: String, low: Double, high: Double)) throws {
    let solution = try Self.solution(example.formula)
    let range = solution.ranges().fte
    #expect(abs(range.low - example.low) <= 1e-12 * max(1, abs(example.low)), "\(example.formula): \(range)")
    #expect(abs(range.high - example.high) <= 1e-12 * max(1, abs(example.high)), "\(example.formula): \(range)")
    let (low, high) = Self.gridExtremes(solution)
    #expect(range.low <= low + 1e-12 && high <= range.high + 1e-12, "\(example.formula) grid \(low)…\(high)")
  }

  @Test func aRangeWithAnInteriorMaximumStillEnclosesTheTruth() throws {
    // x·(3 − x) over [0, 3] peaks at x = 1.5 with 2.25; the ends give 0.
    let solution = try Self.solution("x * (3 - x)", inputs: "{x: 0..3}")
    let range = solution.ranges().fte
    #expect(range.low == 0)
    #expect(range.high >= 2.25)
    #expect(range.high <= 2.26)  // plain interval arithmetic says 9
    let (low, high) = Self.gridExtremes(solution, steps: 300)
    #expect(range.low <= low && high <= range.high)
  }

  @Test func theSpeechRecognitionExampleIsExactWhereIntervalsAreNot() throws {
    // recognised = d·s; fte = (recognised·t/60 − recognised·c/60) / 1450.
    // Lowest at d = 1.5 mio, s = 60 %, t = 4, c = 1.5: 900,000 · 2.5 / 60 / 1450 = 25.862…
    // Highest at d = 2.5 mio, s = 80 %, t = 6, c = 0.5: 2,000,000 · 5.5 / 60 / 1450 = 126.436…
    let scenario = try bundledScenario("speech-recognition.yaml")
    let fte = try #require(scenario.solution("speech")).ranges().fte
    #expect(close(fte.low, 900_000 * 2.5 / 60 / 1450))
    #expect(close(fte.high, 2_000_000 * 5.5 / 60 / 1450))
    // Plain interval arithmetic: (60,000 − 50,000) / 1450 = 6.9 at the low end.
    #expect(fte.low > 25)
  }

  // MARK: - Traces

  @Test func tracesRecordTheNewOperationsAndTheNarrowedValues() throws {
    let solution = try Self.solution("min(x, y, 5) - -x + round(x ^ 2, 1)")
    let explanation = SolutionExplanation(solution)
    let fte = try #require(explanation.steps.last { $0.name == "fte" })
    guard case .operation(.add, let difference, let rounded) = fte.expression.term,
      case .operation(.subtract, let minimum, let negation) = difference.term,
      case .function("min", let arguments) = minimum.term,
      case .negation = negation.term,
      case .function("round", let roundArguments) = rounded.term,
      case .operation(.power, _, _) = roundArguments.first?.term
    else {
      Issue.record("unexpected trace")
      return
    }
    #expect(arguments.count == 3)  // min(min(x, y), 5) reads as min(x, y, 5)
    #expect(roundArguments.count == 2)
    // x + x + x²: 1 + 1 + 1 = 3 to 2 + 2 + 4 = 8; the trace shows the run's range.
    #expect(fte.value == solution.ranges().fte)
    #expect(fte.value == Interval(3, 8))
  }
}
