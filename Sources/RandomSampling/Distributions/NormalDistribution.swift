import SpecialFunctions

/// The normal distribution N(μ, σ²); a point mass at μ when σ = 0.
package struct NormalDistribution: ContinuousDistribution, Hashable {
  package let mean: Double
  package let standardDeviation: Double

  /// Creates N(mean, standardDeviation²).
  ///
  /// - Precondition: finite mean, finite standardDeviation ≥ 0.
  package init(mean: Double, standardDeviation: Double) {
    precondition(
      mean.isFinite && standardDeviation.isFinite && standardDeviation >= 0,
      "normal needs finite mean and standard deviation >= 0")
    self.mean = mean
    self.standardDeviation = standardDeviation
  }

  package var variance: Double { standardDeviation * standardDeviation }
  package var support: ClosedRange<Double> {
    standardDeviation == 0 ? mean...mean : -Double.infinity...Double.infinity
  }

  /// Φ((x − μ)/σ), via `erfc` (accurate in both tails).
  package func cdf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    if standardDeviation == 0 { return x < mean ? 0 : 1 }
    return SpecialFunctions.normalCDF((x - mean) / standardDeviation)
  }

  /// μ + σ·Φ⁻¹(p) by AS 241; ±∞ at p = 0, 1.
  package func quantile(_ p: Double) -> Double {
    guard p >= 0, p <= 1 else { return .nan }
    if standardDeviation == 0 { return mean }
    return mean + standardDeviation * SpecialFunctions.normalQuantile(p)
  }

  /// Marsaglia's polar method: pairs of exact N(0, 1) variates, one `log`
  /// and one square root per pair, 4/π ≈ 1.27 pairs of uniforms per pair.
  ///
  /// - Complexity: O(n).
  package func fill(_ out: UnsafeMutableBufferPointer<Double>, using rng: inout Xoshiro256StarStar) {
    Self.fillStandard(out, mean: mean, scale: standardDeviation, using: &rng)
  }

  /// Fills `out` with `mean + scale · Z`, Z ~ N(0, 1) by the polar method.
  static func fillStandard(
    _ out: UnsafeMutableBufferPointer<Double>, mean: Double, scale: Double,
    using rng: inout Xoshiro256StarStar
  ) {
    var g = rng
    defer { rng = g }
    var i = 0
    let n = out.count
    while i + 1 < n {
      let (z0, z1) = PolarNormalSource.pair(using: &g)
      out[i] = mean + scale * z0
      out[i + 1] = mean + scale * z1
      i += 2
    }
    if i < n {
      out[i] = mean + scale * PolarNormalSource.pair(using: &g).0
    }
  }
}
