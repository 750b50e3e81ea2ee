/// What `workforce decide` reports: the pool's portfolio decision under
/// uncertainty. Every probability and expected value carries its Monte Carlo
/// standard error.
public struct DecisionResult: Sendable {
  /// A Monte Carlo estimate and its standard error.
  public struct Estimate: Sendable, Hashable {
    public var value: Double
    public var standardError: Double

    public init(_ value: Double, _ standardError: Double) {
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
  public struct Candidate: Sendable {
    public var id: String
    public var title: String?
    /// The grant applied for, whole kroner.
    public var grant: Int
    /// The probability that it is in the draw's optimal portfolio.
    public var inclusion: Estimate
    /// Its expected freed årsværk after ramp-up.
    public var expectedFTE: Estimate
  }

  /// A portfolio that is optimal in some draws.
  public struct Selection: Sendable {
    public var solutions: [String]
    public var grant: Int
    public var probability: Estimate
  }

  /// The portfolio `grant` chooses and what committing to it costs.
  public struct Committed: Sendable {
    public var solutions: [String]
    public var grant: Int
    /// Its expected freed årsværk per year.
    public var expectedFTE: Estimate
    /// The probability that it is the draw's optimum.
    public var probabilityOptimal: Estimate
    /// E[optimum − committed], årsværk per year.
    public var expectedLoss: Estimate
  }

  /// Inclusion probabilities at one pool size.
  public struct PoolPoint: Sendable {
    public var pool: Int
    /// One per candidate, in candidate order.
    public var inclusion: [Estimate]
    /// E[optimal årsværk] at this pool.
    public var expectedOptimum: Estimate
  }

  /// One solution's cost-effectiveness acceptability curve.
  public struct Acceptability: Sendable {
    public var solution: String
    /// (value per freed årsværk, P(NPV > 0)).
    public var points: [(value: Double, probability: Estimate)]
    /// Where the curve crosses 50 % (linear interpolation between grid
    /// points), `nil` when it does not within the grid.
    public var crossing: Estimate?
  }

  /// EVPI of one decision.
  public struct Information: Sendable {
    /// `portfolio` or a solution id.
    public var decision: String
    /// `fte` (årsværk per year) or `kroner`.
    public var unit: String
    public var value: Estimate
  }

  /// The EVPPI of one input or group of inputs.
  public struct PartialInformation: Sendable {
    /// A variable key (`ward.share`) or `<solution>.*` for a solution's inputs.
    public var key: String
    public var isGroup: Bool
    /// The variables in the group.
    public var members: [String]
    /// For the portfolio decision, årsværk per year.
    public var portfolio: Estimate
    /// For each solution's fund/don't-fund decision, kroner (solution id → EVPPI).
    public var solutions: [(solution: String, value: Estimate)]
  }

  public var scenario: String
  public var iterations: Int
  public var seed: UInt64
  /// The pool the regions can apply to, whole kroner.
  public var pool: Int
  public var candidates: [Candidate]
  /// The top selections by probability (at most 10).
  public var selections: [Selection]
  /// How many distinct optimal portfolios occurred.
  public var distinctSelections: Int
  public var committed: Committed
  public var poolCurve: [PoolPoint]
  public var acceptability: [Acceptability]
  /// The portfolio's EVPI first, then each solution's.
  public var evpi: [Information]
  /// Inputs first, then groups; in scenario order.
  public var evppi: [PartialInformation]
  /// How many draws the EVPPI regressions use.
  public var evppiDraws: Int
  /// The solver used per draw (`enumeration`, `dynamic programme`, `branch and bound`).
  public var method: String

  /// The inputs ranked by their portfolio EVPPI (largest first), groups excluded.
  public var measureFirst: [PartialInformation] {
    evppi.filter { !$0.isGroup }.sorted {
      $0.portfolio.value != $1.portfolio.value ? $0.portfolio.value > $1.portfolio.value : $0.key < $1.key
    }
  }
}
