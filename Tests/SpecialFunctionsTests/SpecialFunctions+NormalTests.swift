import Foundation
import SpecialFunctions
import Testing

/// The normal CDF and quantile of `SpecialFunctions+Normal.swift`, against
/// published values and each other.
@Suite("Special functions: normal distribution")
struct NormalFunctionTests {
  @Test(
    "normal quantile against published values",
    arguments: [
      // Φ⁻¹(0.95), Φ⁻¹(0.975): standard tables (and scipy.special.ndtri).
      (0.95, 1.644_853_626_951_472_2),
      (0.975, 1.959_963_984_540_054),
      (0.025, -1.959_963_984_540_054),
      (0.5, 0.0),
      // mpmath at 40 digits: findroot(ncdf(z) − p).
      (0.05, -1.644_853_626_951_472_688),
      (0.3, -0.524_400_512_708_040_815_97),
      (1e-10, -6.361_340_902_404_056_199_1),
      (1e-20, -9.262_340_089_798_409),
      (1e-300, -37.047_096_299_361_199_237),
    ])
  func normalQuantile(p: Double, expected: Double) {
    // The published values are for the exact decimal p; the double nearest
    // 0.95 is 0.95 − 4.4e−17, which moves Φ⁻¹ by −4.4e−17/φ(1.645) =
    // −4.3e−16. Hence 1e−15 relative (about 4 ulps), not 1 ulp.
    let value = SpecialFunctions.normalQuantile(p)
    #expect(abs(value - expected) <= 1e-15 * max(1, abs(expected)), "Φ⁻¹(\(p)) = \(value)")
  }

  @Test("normal quantile edge cases never trap")
  func normalQuantileEdges() {
    #expect(SpecialFunctions.normalQuantile(0) == -.infinity)
    #expect(SpecialFunctions.normalQuantile(1) == .infinity)
    #expect(SpecialFunctions.normalQuantile(-0.1).isNaN)
    #expect(SpecialFunctions.normalQuantile(1.5).isNaN)
    #expect(SpecialFunctions.normalQuantile(.nan).isNaN)
  }

  @Test("normal CDF against published values and as the inverse of AS 241")
  func normalCDF() {
    // Φ(−1) and Φ(−10) by mpmath.ncdf at 40 digits.
    #expect(isClose(SpecialFunctions.normalCDF(-1), 0.158_655_253_931_457_051_41, relative: 1e-15))
    #expect(
      isClose(SpecialFunctions.normalCDF(-10), 7.619_853_024_160_526_066e-24, relative: 1e-14))
    #expect(SpecialFunctions.normalCDF(0) == 0.5)
    // Two independent algorithms (erfc and AS 241) must agree. A relative
    // error ε in x changes Φ(x) by a relative x²·ε in the tail
    // (d ln Φ/dx ≈ −x), so the tolerance scales with max(1, x²).
    for p in [1e-300, 1e-100, 1e-20, 1e-10, 0.001, 0.01, 0.2, 0.5, 0.7, 0.9, 0.99] {
      let x = SpecialFunctions.normalQuantile(p)
      #expect(
        isClose(SpecialFunctions.normalCDF(x), p, relative: 1e-15 * max(4, x * x)),
        "p = \(p)")
    }
  }
}
