import Statistics
import WorkforceModel

/// What a Monte Carlo run found for each output.
package struct SimulationResult: Sendable {
  /// One output's summary.
  package struct Output: Sendable {
    /// A percentile and its distribution-free 95 % confidence interval.
    package struct Percentile: Sendable {
      /// The probability, e.g. 0.05.
      package var probability: Double
      package var value: Double
      package var interval: ClosedRange<Double>
    }

    /// `ward.fte` … `total.operating_cost`.
    package var key: String
    package var mean: Double
    package var standardDeviation: Double
    /// The Monte Carlo standard error of the mean, sd ÷ √n.
    package var standardError: Double
    /// Half the width of the 95 % confidence interval of the mean (z × standard error).
    package var marginOfError: Double
    package var percentiles: [Percentile]
    /// The streamed histogram the percentiles were read from.
    package var histogram: Histogram
    /// The share of samples below zero, for outputs where the sign matters
    /// (a net present value); `nil` for the others.
    package var probabilityNegative: Double? = nil
  }

  package var scenario: String
  package var iterations: Int
  package var seed: UInt64
  package var sampling: SimulationOptions.Sampling
  /// The relative precision asked for with `--precision` (e.g. 0.005).
  package var precision: Double? = nil
  /// True when `--precision` was reached before the iteration limit.
  package var reachedPrecision: Bool?
  package var outputs: [Output]
  package var sensitivity: SensitivityResult?
  /// The variable keys in sampling order.
  package var variables: [String]
  /// The solutions the scenario leaves out (not in any output or total).
  package var omitted: [Scenario.OmittedSolution] = []

  /// The output called `key`.
  package func output(_ key: String) -> Output? { outputs.first { $0.key == key } }
}
