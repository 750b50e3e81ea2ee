import Foundation
import SpecialFunctions
import Testing

/// The gamma and beta functions of `SpecialFunctions+Beta.swift`, against
/// closed forms and mpmath.
@Suite("Special functions: gamma and beta")
struct GammaBetaFunctionTests {
  @Test(
    "log-gamma against mpmath.loggamma",
    arguments: [
      (0.5, 0.572_364_942_924_700_087_07),  // ln √π
      (10.0, 12.801_827_480_081_469_611),  // ln 9!
      (100.0, 359.134_205_369_575_398_78),  // ln 99!
      (0.1, 2.252_712_651_734_205_902),
      (3.7, 1.428_072_326_665_388_129_2),
      (1e-5, 11.512_919_692_895_825_626),
      (171.5, 709.143_163_030_928_242_27),
    ])
  func logGamma(x: Double, expected: Double) {
    #expect(isClose(SpecialFunctions.logGamma(x), expected, relative: 2e-15))
  }

  @Test("log-gamma at its zeros and outside its domain")
  func logGammaEdges() {
    #expect(abs(SpecialFunctions.logGamma(1)) < 1e-15)
    #expect(abs(SpecialFunctions.logGamma(2)) < 1e-15)
    #expect(SpecialFunctions.logGamma(0).isNaN)
    #expect(SpecialFunctions.logGamma(-1).isNaN)
  }

  @Test("incomplete beta closed forms")
  func incompleteBetaClosedForms() {
    let xs = [1e-6, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999]
    for x in xs {
      for b in [0.5, 1.0, 2.0, 3.7, 10.0] {
        // I_x(1, b) = 1 − (1 − x)^b, from ∫₀ˣ b(1−t)^(b−1) dt.
        let expected = -expm1(b * log1p(-x))
        #expect(
          isClose(
            SpecialFunctions.regularizedIncompleteBeta(x, a: 1, b: b), expected,
            relative: 1e-14), "I_\(x)(1, \(b))")
        // I_x(a, 1) = x^a, from ∫₀ˣ a·t^(a−1) dt.
        #expect(
          isClose(
            SpecialFunctions.regularizedIncompleteBeta(x, a: b, b: 1), pow(x, b),
            relative: 1e-14), "I_\(x)(\(b), 1)")
      }
      // Integer shapes: I_x(a, b) = P(Binomial(a+b−1, x) ≥ a), so
      // I_x(2, 2) = 3x² − 2x³ and I_x(3, 3) = 10x³ − 15x⁴ + 6x⁵.
      let x2 = x * x
      let x3 = x2 * x
      #expect(
        isClose(
          SpecialFunctions.regularizedIncompleteBeta(x, a: 2, b: 2),
          3 * x2 - 2 * x3, relative: 1e-13))
      #expect(
        isClose(
          SpecialFunctions.regularizedIncompleteBeta(x, a: 3, b: 3),
          x3 * (10 - 15 * x + 6 * x2), relative: 1e-13))
    }
    // Symmetry: I_½(a, a) = ½, to about (a + b)·1e−16 (the documented
    // growth of the error with the shapes).
    for a in [0.3, 1.0, 2.5, 7.0, 50.0] {
      let value = SpecialFunctions.regularizedIncompleteBeta(0.5, a: a, b: a)
      #expect(abs(value - 0.5) <= 2e-15 + 2e-16 * 2 * a, "a = \(a)")
    }
  }

  @Test(
    "incomplete beta against mpmath.betainc",
    arguments: [
      (0.3, 2.5, 1.5, 0.088_943_723_170_665_591_581),
      (0.7, 0.5, 0.7, 0.736_759_020_055_199_206_83),
      (0.2, 1.8, 4.2, 0.331_581_861_785_518_771_26),
      (0.9, 30.0, 5.0, 0.750_408_283_787_877_380_12),
      (0.001, 0.3, 2.0, 0.163_622_535_770_887_924_51),
      (0.5, 200.0, 300.0, 0.999_996_456_519_735_607_46),
    ])
  func incompleteBetaReference(x: Double, a: Double, b: Double, expected: Double) {
    #expect(
      isClose(
        SpecialFunctions.regularizedIncompleteBeta(x, a: a, b: b), expected,
        relative: 1e-13))
  }

  @Test(
    "inverse incomplete beta against mpmath",
    arguments: [
      (0.05, 1.8, 4.2, 0.058_977_387_611_817_245_779),
      (0.95, 1.8, 4.2, 0.621_276_724_016_190_224),
      (0.5, 0.5, 0.7, 0.361_083_913_132_043_736_38),
      (1e-6, 2.5, 1.5, 0.002_996_222_488_947_198_791_8),
      (0.999, 200.0, 300.0, 0.468_552_357_114_498_905_71),
    ])
  func inverseIncompleteBetaReference(p: Double, a: Double, b: Double, expected: Double) {
    #expect(
      isClose(
        SpecialFunctions.inverseRegularizedIncompleteBeta(p, a: a, b: b), expected,
        relative: 1e-12))
  }

  @Test("inverse incomplete beta inverts the function over a grid")
  func inverseRoundTrip() {
    let shapes = [0.2, 0.5, 1.0, 1.8, 3.0, 4.2, 12.0]
    let ps = [1e-12, 1e-6, 0.001, 0.05, 0.3, 0.5, 0.77, 0.95, 0.999, 1 - 1e-9]
    for a in shapes {
      for b in shapes {
        for p in ps {
          let x = SpecialFunctions.inverseRegularizedIncompleteBeta(p, a: a, b: b)
          let back = SpecialFunctions.regularizedIncompleteBeta(x, a: a, b: b)
          #expect(x >= 0 && x <= 1)
          // The root is within 1e−13 relative of x: either I(x) matches p
          // to 1e−12 relative (in p, or in 1 − p near 1), or p is bracketed
          // by I at x(1 ∓ 1e−13). (Near x = 1 with β < 1 the CDF is so steep
          // that neighbouring doubles differ in I by far more than 1e−12.)
          let tolerance = 1e-12 * min(p, 1 - p) + 1e-15
          let below = SpecialFunctions.regularizedIncompleteBeta(x * (1 - 1e-13), a: a, b: b)
          let above = SpecialFunctions.regularizedIncompleteBeta(
            min(1, x * (1 + 1e-13)), a: a, b: b)
          let bracketed = below <= p && p <= above
          #expect(
            abs(back - p) <= tolerance || bracketed,
            "a=\(a) b=\(b) p=\(p) x=\(x) I=\(back)")
        }
      }
    }
    #expect(SpecialFunctions.inverseRegularizedIncompleteBeta(0, a: 2, b: 3) == 0)
    #expect(SpecialFunctions.inverseRegularizedIncompleteBeta(1, a: 2, b: 3) == 1)
    #expect(SpecialFunctions.inverseRegularizedIncompleteBeta(1.5, a: 2, b: 3).isNaN)
  }
}
