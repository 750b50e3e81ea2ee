/// The comparison of computed figures with the figures the source published,
/// for `workforce check`.
package struct PublishedCheck: Sendable {
  /// One published figure against its computed value.
  package struct Row: Sendable {
    /// How well the computed value matches.
    package enum Verdict: Sendable, Hashable {
      /// Equal up to floating-point noise (relative 1e-9).
      case reproduced
      /// Equal once the computed value is rounded to `unit`, half away from zero
      /// (for a bound: the rounded value keeps to the bound).
      case withinRounding(unit: Double)
      /// A published bound ("mindst 84") that the computed range keeps to: for
      /// `at_least` its low end is not below the bound, for `at_most` its high
      /// end not above it (up to a relative 1e-9).
      case boundHolds
      /// Neither.
      case differs
    }

    package var solution: Solution
    package var published: PublishedFigure
    package var computed: Interval
    package var verdict: Verdict
    /// The relative deviation of the end (low or high) that deviates most,
    /// `(computed − published) / |published|`; for a bound, of the end the
    /// bound constrains (the low end for `at_least`).
    package var deviation: Double
    /// The unit of the published name (a figure's, an input's or an intermediate's).
    package var unit: InputSpec.Unit?

    /// True unless the figure differs without a stated `discrepancy`.
    package var isExplained: Bool { verdict != .differs || published.discrepancy != nil }
  }

  package var rows: [Row]
  /// Every `notes:` remark, with the solution it belongs to (nil: the scenario).
  package var notes: [(solution: Solution?, note: SourceNote)]

  /// True when every figure is reproduced, within rounding, or a known discrepancy.
  package var passed: Bool { rows.allSatisfy(\.isExplained) }

  package init(_ scenario: Scenario) {
    var rows: [Row] = []
    var notes: [(solution: Solution?, note: SourceNote)] = scenario.notes.map { (nil, $0) }
    for solution in scenario.solutions {
      let outputs = solution.ranges()
      for figure in solution.published {
        guard let computed = solution.computedValue(named: figure.name, outputs: outputs) else {
          continue  // the loader rejects unknown names, so this cannot happen
        }
        rows.append(
          Row(
            solution: solution, published: figure, computed: computed,
            verdict: Self.verdict(computed: computed, published: figure),
            deviation: Self.deviation(computed: computed, published: figure),
            unit: solution.unit(of: figure.name, details: outputs.details)))
      }
      notes += solution.notes.map { (solution, $0) }
    }
    self.rows = rows
    self.notes = notes
  }

  static func verdict(computed: Interval, published: PublishedFigure) -> Row.Verdict {
    if let bound = published.bound {
      // A bound is one number; the end of the computed range it constrains must keep to it.
      let limit = published.value.low
      func keeps(_ x: Double) -> Bool {
        agrees(x, limit) || (bound == .atLeast ? x >= limit : x <= limit)
      }
      let end = bound == .atLeast ? computed.low : computed.high
      if keeps(end) { return .boundHolds }
      if keeps(published.rounded(end)) { return .withinRounding(unit: published.roundingUnit) }
      return .differs
    }
    let target = published.value
    if agrees(computed.low, target.low) && agrees(computed.high, target.high) { return .reproduced }
    if agrees(published.rounded(computed.low), target.low) && agrees(published.rounded(computed.high), target.high) {
      return .withinRounding(unit: published.roundingUnit)
    }
    return .differs
  }

  /// Equality up to a relative 1e-9, the noise of a few floating-point operations.
  static func agrees(_ a: Double, _ b: Double) -> Bool {
    abs(a - b) <= 1e-9 * max(abs(a), abs(b))
  }

  static func deviation(computed: Interval, published figure: PublishedFigure) -> Double {
    func relative(_ value: Double, _ target: Double) -> Double {
      if target == 0 { return value == 0 ? 0 : (value > 0 ? 1 : -1) }
      return (value - target) / abs(target)
    }
    let published = figure.value
    switch figure.bound {
    case .atLeast: return relative(computed.low, published.low)
    case .atMost: return relative(computed.high, published.high)
    case nil: break
    }
    let low = relative(computed.low, published.low)
    let high = relative(computed.high, published.high)
    return abs(low) >= abs(high) ? low : high
  }
}

extension Solution {
  /// The computed value of a figure, a model intermediate or an input, by the
  /// name a `published:` block uses; nil for an unknown name.
  package func computedValue(named name: String, outputs: SolutionOutputs<Interval>? = nil)
    -> Interval?
  {
    let outputs = outputs ?? ranges()
    if let figure = Figure(rawValue: name) { return outputs[figure] }
    if let detail = outputs.details.first(where: { $0.name == name }) { return detail.value }
    return argument(named: name)?.quantity.deterministicRange
  }

  /// Every name a `published:` block may use for this solution.
  package var publishableNames: [String] {
    Figure.allCases.map(\.rawValue) + ranges().details.map(\.name) + arguments.map(\.name)
  }
}
