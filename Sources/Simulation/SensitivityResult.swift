/// Which inputs drive each output.
public struct SensitivityResult: Sendable {
  /// One input's effect on one output.
  public struct Entry: Sendable {
    /// The variable key, `ward.share` or `assumptions.hours_per_fte`.
    public var input: String
    /// First-order Sobol index S_i (share of variance explained by the input alone).
    public var firstOrder: Double?
    public var firstOrderInterval: ClosedRange<Double>?
    /// Total Sobol index T_i (share of variance involving the input).
    public var total: Double?
    public var totalInterval: ClosedRange<Double>?
    /// Spearman's rank correlation between input and output samples.
    public var rankCorrelation: Double
    /// The output with this input at its 5th and 95th percentile, all other
    /// inputs at their medians.
    public var tornadoLow: Double
    public var tornadoHigh: Double

    /// |high − low|, the tornado bar's length, for ranking.
    public var swing: Double { abs(tornadoHigh - tornadoLow) }
  }

  /// For each output key, the entries of the inputs it depends on, largest
  /// tornado swing first.
  public var outputs: [(key: String, baseline: Double, entries: [Entry])]
  /// Sobol base sample size (0 when Sobol indices were not computed).
  public var sobolSamples: Int
  /// Iterations the rank correlations were computed on.
  public var rankSamples: Int
  /// True when the scenario correlates inputs: the Sobol indices are then
  /// computed as if the inputs were independent.
  public var sobolAssumesIndependence: Bool
}
