/// How a Monte Carlo run is made.
package struct SimulationOptions: Sendable {
  /// How the uniforms behind each input's samples are drawn.
  package enum Sampling: String, Sendable, CaseIterable {
    /// Independent draws.
    case random
    /// Latin hypercube: each block of draws is stratified per input.
    case lhs
  }

  /// How much sensitivity analysis to add.
  package enum SensitivityLevel: String, Sendable, CaseIterable {
    case none
    /// Tornado and rank correlations.
    case tornado
    /// Tornado, rank correlations and Sobol indices with bootstrap intervals.
    case full
  }

  /// The most iterations (or, with `precision`, the most before stopping).
  package var iterations: Int
  package var seed: UInt64
  /// Worker threads; the results do not depend on it.
  package var threads: Int
  package var sampling: Sampling
  /// Percentiles to report, as probabilities (0.05, 0.5, 0.95).
  package var percentiles: [Double]
  /// With a value, run blocks until every output's mean has a 95 % confidence
  /// half-width within this share of the mean (e.g. 0.005), or `iterations` is reached.
  package var precision: Double?
  package var sensitivity: SensitivityLevel
  /// Base sample size for Sobol indices (evaluations: size × (inputs + 2)).
  package var sobolSamples: Int
  /// Bootstrap resamples for the Sobol confidence intervals.
  package var bootstrapResamples: Int

  package init(
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
  package static let blockSize = 8_192
  /// Blocks computed between progress reports and precision checks.
  package static let blocksPerRound = 16
  /// Iterations whose input and output samples are kept for rank correlations.
  package static let rankSampleSize = 65_536
}
