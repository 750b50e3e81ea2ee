/// How a Monte Carlo run is made.
public struct SimulationOptions: Sendable {
  /// How the uniforms behind each input's samples are drawn.
  public enum Sampling: String, Sendable, CaseIterable {
    /// Independent draws.
    case random
    /// Latin hypercube: each block of draws is stratified per input.
    case lhs
  }

  /// How much sensitivity analysis to add.
  public enum SensitivityLevel: String, Sendable, CaseIterable {
    case none
    /// Tornado and rank correlations.
    case tornado
    /// Tornado, rank correlations and Sobol indices with bootstrap intervals.
    case full
  }

  /// The most iterations (or, with `precision`, the most before stopping).
  public var iterations: Int
  public var seed: UInt64
  /// Worker threads; the results do not depend on it.
  public var threads: Int
  public var sampling: Sampling
  /// Percentiles to report, as probabilities (0.05, 0.5, 0.95).
  public var percentiles: [Double]
  /// With a value, run blocks until every output's mean has a 95 % confidence
  /// half-width within this share of the mean (e.g. 0.005), or `iterations` is reached.
  public var precision: Double?
  public var sensitivity: SensitivityLevel
  /// Base sample size for Sobol indices (evaluations: size × (inputs + 2)).
  public var sobolSamples: Int
  /// Bootstrap resamples for the Sobol confidence intervals.
  public var bootstrapResamples: Int

  public init(
    iterations: Int = 100_000, seed: UInt64 = 1, threads: Int = 1, sampling: Sampling = .random,
    percentiles: [Double] = [0.05, 0.5, 0.95], precision: Double? = nil, sensitivity: SensitivityLevel = .full,
    sobolSamples: Int = 4_096, bootstrapResamples: Int = 100
  ) {
    self.iterations = iterations
    self.seed = seed
    self.threads = threads
    self.sampling = sampling
    self.percentiles = percentiles
    self.precision = precision
    self.sensitivity = sensitivity
    self.sobolSamples = sobolSamples
    self.bootstrapResamples = bootstrapResamples
  }

  /// Draws per block: each block has its own generator derived from
  /// (seed, block index), so results do not depend on how blocks are shared
  /// among threads.
  public static let blockSize = 8_192
  /// Blocks computed between progress reports and precision checks.
  public static let blocksPerRound = 16
  /// Iterations whose input and output samples are kept for rank correlations.
  public static let rankSampleSize = 65_536
}
