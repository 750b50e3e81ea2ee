import Statistics

/// What a Monte Carlo run found for each output.
public struct SimulationResult: Sendable {
  /// One output's summary.
  public struct Output: Sendable {
    /// A percentile and its distribution-free 95 % confidence interval.
    public struct Percentile: Sendable {
      /// The probability, e.g. 0.05.
      public var probability: Double
      public var value: Double
      public var interval: ClosedRange<Double>
    }

    /// `ward.fte` … `total.operating_cost`.
    public var key: String
    public var mean: Double
    public var standardDeviation: Double
    /// The Monte Carlo standard error of the mean, sd ÷ √n.
    public var standardError: Double
    public var percentiles: [Percentile]
    /// The streamed histogram the percentiles were read from.
    public var histogram: Histogram
    /// The share of samples below zero, for outputs where the sign matters
    /// (a net present value); `nil` for the others.
    public var probabilityNegative: Double? = nil
  }

  public var scenario: String
  public var iterations: Int
  public var seed: UInt64
  public var sampling: SimulationOptions.Sampling
  /// The relative precision asked for with `--precision` (e.g. 0.005).
  public var precision: Double? = nil
  /// True when `--precision` was reached before the iteration limit.
  public var reachedPrecision: Bool?
  public var outputs: [Output]
  public var sensitivity: SensitivityResult?
  /// The variable keys in sampling order.
  public var variables: [String]

  /// The output called `key`.
  public func output(_ key: String) -> Output? { outputs.first { $0.key == key } }
}
