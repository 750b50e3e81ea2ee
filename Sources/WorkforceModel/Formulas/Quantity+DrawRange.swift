import Foundation

extension Quantity {
  /// How many standard deviations (of the normal, or of the logarithm for the
  /// log-normal) ``drawRange`` reaches: a draw falls outside with a chance of
  /// about 2·10⁻⁹.
  package static let drawRangeDeviations = 6.0

  /// The values a Monte Carlo draw of this quantity can practically take: the
  /// support of a bounded distribution (a number, a range, uniform, triangular,
  /// PERT), and mean ± 6 sd for `normal` (for `lognormal`, the same on the log
  /// scale).
  ///
  /// The scenario loader checks formula divisors and powers over these ranges,
  /// not only over the deterministic ranges, so that a simulation cannot divide
  /// by zero where a deterministic run would not.
  package var drawRange: Interval {
    switch self {
    case .normal(let mean, let sd):
      return Interval(mean - Self.drawRangeDeviations * sd, mean + Self.drawRangeDeviations * sd)
    case .lognormal(let p5, let p95):
      let mu = (log(p5) + log(p95)) / 2
      let sigma = (log(p95) - log(p5)) / (2 * Quantity.z95)
      return Interval(exp(mu - Self.drawRangeDeviations * sigma), exp(mu + Self.drawRangeDeviations * sigma))
    default:
      return deterministicRange
    }
  }
}
