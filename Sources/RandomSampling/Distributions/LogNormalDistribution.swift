import Foundation
import SpecialFunctions

/// The log-normal distribution: ln X ~ N(μ, σ²).
///
/// Scenario files give it by its 5th and 95th percentiles; since
/// ln p₅ = μ − z·σ and ln p₉₅ = μ + z·σ with z = Φ⁻¹(0.95) =
/// 1.6448536269514722, μ = (ln p₅ + ln p₉₅)/2 and σ = (ln p₉₅ − ln p₅)/(2z).
package struct LogNormalDistribution: ContinuousDistribution, Hashable {
  /// The mean of ln X.
  package let mu: Double
  /// The standard deviation of ln X.
  package let sigma: Double

  /// Φ⁻¹(0.95), the z of the 90 % central interval.
  package static let z95 = 1.644_853_626_951_472_2

  /// Creates the log-normal with ln X ~ N(mu, sigma²).
  ///
  /// - Precondition: finite mu, finite sigma ≥ 0.
  package init(mu: Double, sigma: Double) {
    precondition(
      mu.isFinite && sigma.isFinite && sigma >= 0, "log-normal needs finite mu, sigma >= 0")
    self.mu = mu
    self.sigma = sigma
  }

  /// Creates the log-normal whose 5th and 95th percentiles are `p5`, `p95`.
  ///
  /// - Precondition: 0 < p5 ≤ p95, both finite.
  package init(p5: Double, p95: Double) {
    precondition(p5 > 0 && p5 <= p95 && p95.isFinite, "log-normal needs 0 < p5 <= p95")
    let low = log(p5)
    let high = log(p95)
    self.init(mu: 0.5 * (low + high), sigma: (high - low) / (2 * Self.z95))
  }

  /// exp(μ + σ²/2).
  package var mean: Double { exp(mu + 0.5 * sigma * sigma) }
  /// (e^(σ²) − 1)·e^(2μ + σ²), with `expm1` for small σ.
  package var variance: Double { expm1(sigma * sigma) * exp(2 * mu + sigma * sigma) }
  package var support: ClosedRange<Double> {
    sigma == 0 ? exp(mu)...exp(mu) : 0...Double.infinity
  }

  package func cdf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    if x <= 0 { return 0 }
    if sigma == 0 { return x < exp(mu) ? 0 : 1 }
    return SpecialFunctions.normalCDF((log(x) - mu) / sigma)
  }

  /// exp(μ + σ·Φ⁻¹(p)).
  package func quantile(_ p: Double) -> Double {
    guard p >= 0, p <= 1 else { return .nan }
    if sigma == 0 { return exp(mu) }
    return exp(mu + sigma * SpecialFunctions.normalQuantile(p))
  }

  /// exp of polar-method normals.
  ///
  /// - Complexity: O(n), plus one `exp` per sample.
  package func fill(_ out: UnsafeMutableBufferPointer<Double>, using rng: inout Xoshiro256StarStar) {
    NormalDistribution.fillStandard(out, mean: mu, scale: sigma, using: &rng)
    for i in out.indices {
      out[i] = exp(out[i])
    }
  }
}
