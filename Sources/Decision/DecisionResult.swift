/// What `workforce decide` reports: the pool's portfolio decision under
/// uncertainty. Every probability and expected value carries its Monte Carlo
/// standard error.
package struct DecisionResult: Sendable {
  /// A Monte Carlo estimate and its standard error.
  package struct Estimate: Sendable, Hashable {
    package var value: Double
    package var standardError: Double

    package init(_ value: Double, _ standardError: Double) {
      self.value = value
      self.standardError = standardError
    }

    /// A proportion of `count` out of `total` draws, SE √(p(1−p)/N).
    static func proportion(_ count: Int, of total: Int) -> Estimate {
      guard total > 0 else { return Estimate(0, 0) }
      let p = Double(count) / Double(total)
      return Estimate(p, (p * (1 - p) / Double(total)).squareRoot())
    }
  }

  /// A candidate of the pool (a line of `grant`'s application).
  package struct Candidate: Sendable {
    package var id: String
    package var title: String?
    /// The grant applied for, whole kroner.
    package var grant: Int
    /// The probability that it is in the draw's optimal portfolio.
    package var inclusion: Estimate
    /// Its expected freed årsværk after ramp-up.
    package var expectedFTE: Estimate
  }

  /// A portfolio that is optimal in some draws.
  package struct Selection: Sendable {
    package var solutions: [String]
    package var grant: Int
    package var probability: Estimate
  }

  /// The portfolio `grant` chooses and what committing to it costs.
  package struct Committed: Sendable {
    package var solutions: [String]
    package var grant: Int
    /// Its expected freed årsværk per year.
    package var expectedFTE: Estimate
    /// The probability that it is the draw's optimum.
    package var probabilityOptimal: Estimate
    /// E[optimum − committed], årsværk per year.
    package var expectedLoss: Estimate
  }

  /// Inclusion probabilities at one pool size.
  package struct PoolPoint: Sendable {
    package var pool: Int
    /// One per candidate, in candidate order.
    package var inclusion: [Estimate]
    /// E[optimal årsværk] at this pool.
    package var expectedOptimum: Estimate
  }

  /// One solution's cost-effectiveness acceptability curve.
  package struct Acceptability: Sendable {
    package var solution: String
    /// (value per freed årsværk, P(NPV > 0)).
    package var points: [(value: Double, probability: Estimate)]
    /// Where the curve crosses 50 % (linear interpolation between grid
    /// points), `nil` when it does not within the grid.
    package var crossing: Estimate?
  }

  /// EVPI of one decision.
  package struct Information: Sendable {
    /// `portfolio` or a solution id.
    package var decision: String
    /// `fte` (årsværk per year) or `kroner`.
    package var unit: String
    package var value: Estimate
  }

  /// The EVPPI of one input or group of inputs.
  package struct PartialInformation: Sendable {
    /// A variable key (`ward.share`) or `<solution>.*` for a solution's inputs.
    package var key: String
    package var isGroup: Bool
    /// The variables in the group.
    package var members: [String]
    /// For the portfolio decision, årsværk per year.
    package var portfolio: Estimate
    /// For each solution's fund/don't-fund decision, kroner (solution id → EVPPI).
    package var solutions: [(solution: String, value: Estimate)]
  }

  package var scenario: String
  package var iterations: Int
  package var seed: UInt64
  /// The pool the regions can apply to, whole kroner.
  package var pool: Int
  package var candidates: [Candidate]
  /// The top selections by probability (at most 10).
  package var selections: [Selection]
  /// How many distinct optimal portfolios occurred.
  package var distinctSelections: Int
  package var committed: Committed
  package var poolCurve: [PoolPoint]
  package var acceptability: [Acceptability]
  /// The portfolio's EVPI first, then each solution's.
  package var evpi: [Information]
  /// Inputs first, then groups; in scenario order.
  package var evppi: [PartialInformation]
  /// How many draws the EVPPI regressions use.
  package var evppiDraws: Int
  /// The solver used per draw (`enumeration`, `dynamic programme`, `branch and bound`).
  package var method: String

  /// The inputs ranked by their portfolio EVPPI (largest first), groups excluded.
  package var measureFirst: [PartialInformation] {
    evppi.filter { !$0.isGroup }.sorted {
      $0.portfolio.value != $1.portfolio.value ? $0.portfolio.value > $1.portfolio.value : $0.key < $1.key
    }
  }
}
