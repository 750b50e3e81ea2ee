import Foundation
import SpecialFunctions

/// The beta distribution Beta(α, β) on [0, 1], density
/// x^(α−1)(1−x)^(β−1) / B(α, β).
///
/// Sampling is exact and picks the fastest method for the shapes once, at
/// initialisation (order statistics for small integer shapes, Cheng's BB for
/// shapes above 1, gamma ratios below 1); see `BetaSampler`. The CDF is the
/// regularized incomplete beta function and the quantile its inverse.
package struct BetaDistribution: ContinuousDistribution, Hashable {
  package let alpha: Double
  package let beta: Double
  let sampler: BetaSampler

  /// Creates Beta(α, β).
  ///
  /// - Precondition: α > 0 and β > 0, both finite.
  package init(alpha: Double, beta: Double) {
    precondition(
      alpha > 0 && beta > 0 && alpha.isFinite && beta.isFinite,
      "beta distribution needs finite positive shapes")
    self.alpha = alpha
    self.beta = beta
    sampler = BetaSampler(alpha: alpha, beta: beta)
  }

  /// α / (α + β).
  package var mean: Double { alpha / (alpha + beta) }
  /// αβ / ((α + β)²(α + β + 1)).
  package var variance: Double {
    let total = alpha + beta
    return alpha * beta / (total * total * (total + 1))
  }
  package var support: ClosedRange<Double> { 0...1 }

  /// I_x(α, β).
  package func cdf(_ x: Double) -> Double {
    SpecialFunctions.regularizedIncompleteBeta(x, a: alpha, b: beta)
  }

  /// I⁻¹_p(α, β) by safeguarded Halley iteration.
  package func quantile(_ p: Double) -> Double {
    SpecialFunctions.inverseRegularizedIncompleteBeta(p, a: alpha, b: beta)
  }

  /// - Complexity: O(n); see `BetaSampler` for the per-sample cost.
  package func fill(_ out: UnsafeMutableBufferPointer<Double>, using rng: inout Xoshiro256StarStar) {
    sampler.fill(out, offset: 0, scale: 1, using: &rng)
  }
}
