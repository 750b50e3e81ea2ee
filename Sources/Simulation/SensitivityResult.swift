import BusinessCase

/// Which inputs drive each output.
package struct SensitivityResult: Sendable {
  /// One input's effect on one output.
  package struct Entry: Sendable {
    /// The input's key.
    package var variable: CaseVariableKey
    /// First-order Sobol index S_i (share of variance explained by the input alone).
    package var firstOrder: Double?
    package var firstOrderInterval: ClosedRange<Double>?
    /// Total Sobol index T_i (share of variance involving the input).
    package var total: Double?
    package var totalInterval: ClosedRange<Double>?
    /// Spearman's rank correlation between input and output samples.
    package var rankCorrelation: Double
    /// The output with this input at its 5th and 95th percentile, all other
    /// inputs at their medians.
    package var tornadoLow: Double
    package var tornadoHigh: Double

    /// The input's name, `ward.share` or `assumptions.hours_per_fte`.
    package var input: String { variable.name }

    /// |high − low|, the tornado bar's length, for ranking.
    package var swing: Double { abs(tornadoHigh - tornadoLow) }
  }

  /// For each output key, the entries of the inputs it depends on, largest
  /// tornado swing first.
  package var outputs: [(key: String, baseline: Double, entries: [Entry])]
  /// Sobol base sample size (0 when Sobol indices were not computed).
  package var sobolSamples: Int
  /// Iterations the rank correlations were computed on.
  package var rankSamples: Int
  /// True when the scenario correlates inputs: the Sobol indices are then
  /// computed as if the inputs were independent.
  package var sobolAssumesIndependence: Bool
}
