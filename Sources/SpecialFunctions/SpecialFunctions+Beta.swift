import Foundation

// MARK: - Gamma and beta functions

extension SpecialFunctions {
  /// ln Γ(x) for x > 0, by the Lanczos approximation with g = 607/128 and the
  /// 15 coefficients of Godfrey (as in Numerical Recipes, 3rd ed., §6.1).
  ///
  /// ln Γ(x) = (x + ½) ln(x + g + ½) − (x + g + ½) + ln(√(2π) · S(x) / x),
  /// where S is a partial-fraction sum. The relative error of Γ is below
  /// 1e−15 over x > 0; near the zeros of ln Γ (x = 1, 2) the error is
  /// absolute, about 1e−15. Implemented here rather than calling the C
  /// library's `lgamma`, which writes the global `signgam` and is therefore
  /// not safe to call concurrently.
  ///
  /// - Returns: ln Γ(x); NaN for x ≤ 0 or NaN; +∞ for x = +∞.
  package static func logGamma(_ x: Double) -> Double {
    guard x > 0 else { return .nan }
    if x == .infinity { return .infinity }
    let base = x + 5.242_187_5  // x + g + 1/2, g = 607/128
    let leading = (x + 0.5) * log(base) - base
    var series = 0.999_999_999_999_997_092
    var shifted = x
    for coefficient in lanczosCoefficients {
      shifted += 1
      series += coefficient / shifted
    }
    return leading + log(2.506_628_274_631_000_5 * series / x)
  }

  /// Godfrey's Lanczos coefficients for g = 607/128 (Numerical Recipes, 3rd
  /// ed., `gammln`).
  static let lanczosCoefficients: [Double] = [
    57.156_235_665_862_923_5, -59.597_960_355_475_491_2, 14.136_097_974_741_747_1,
    -0.491_913_816_097_620_199, 0.339_946_499_848_118_887e-4, 0.465_236_289_270_485_756e-4,
    -0.983_744_753_048_795_646e-4, 0.158_088_703_224_912_494e-3, -0.210_264_441_724_104_883e-3,
    0.217_439_618_115_212_643e-3, -0.164_318_106_536_763_890e-3, 0.844_182_239_838_527_433e-4,
    -0.261_908_384_015_814_087e-4, 0.368_991_826_595_316_234e-5,
  ]

  /// ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0.
  package static func logBeta(_ a: Double, _ b: Double) -> Double {
    logGamma(a) + logGamma(b) - logGamma(a + b)
  }

  /// The regularized incomplete beta function
  /// I_x(a, b) = (1 / B(a, b)) ∫₀ˣ t^(a−1) (1 − t)^(b−1) dt, the CDF of
  /// Beta(a, b) at x.
  ///
  /// Evaluates the continued fraction of Didonato and Morris (the form in
  /// Numerical Recipes §6.4) by the modified Lentz method, on whichever of
  /// I_x(a, b) and 1 − I_{1−x}(b, a) converges fast: the fraction converges
  /// rapidly for x < (a + 1)/(a + b + 2), in O(√max(a, b)) terms. The
  /// prefactor xᵃ(1−x)ᵇ / B(a, b) is formed with `pow`, `log1p` and `exp`
  /// (see `betaPowerTerm`). Relative accuracy is about 1e−15 for shapes up
  /// to about 10 and degrades like (a + b)·1e−16 beyond, from the
  /// cancellation in ln B(a, b) (e.g. 1e−14 at a = b = 50).
  ///
  /// - Returns: I_x(a, b) in [0, 1]; 0 for x ≤ 0, 1 for x ≥ 1; NaN if a or b
  ///   is not positive or anything is NaN.
  package static func regularizedIncompleteBeta(_ x: Double, a: Double, b: Double) -> Double {
    guard a > 0, b > 0, !x.isNaN, a.isFinite, b.isFinite else { return .nan }
    if x <= 0 { return 0 }
    if x >= 1 { return 1 }
    let front = betaPowerTerm(x, a: a, b: b)
    if x < (a + 1) / (a + b + 2) {
      return front * betaContinuedFraction(x, a: a, b: b) / a
    }
    return 1 - front * betaContinuedFraction(1 - x, a: b, b: a) / b
  }

  /// xᵃ(1−x)ᵇ / B(a, b), the prefactor of the continued fraction.
  ///
  /// Forming it as exp(a ln x + b ln(1−x) − ln B) loses about
  /// |a ln x|·1e−16 relative when the sum is large (e.g. x = 1e−6, a = 10).
  /// So the factor with the larger logarithm is taken from `pow`, which is
  /// correctly rounded to about an ulp, and only the remaining, smaller part
  /// goes through `exp`. (1 − x)ᵇ uses `pow` only when 1 − x is exact
  /// (x ≥ ½, by Sterbenz's lemma). For very large shapes the cancellation in
  /// ln B itself remains: the relative error grows like (a + b)·1e−16.
  static func betaPowerTerm(_ x: Double, a: Double, b: Double) -> Double {
    let logX = log(x)
    let log1mX = log1p(-x)
    let logNorm = logBeta(a, b)
    if -a * logX >= -b * log1mX {
      let power = pow(x, a)
      if power >= Double.leastNormalMagnitude && power.isFinite {
        return power * exp(b * log1mX - logNorm)
      }
    } else if x >= 0.5 {
      let power = pow(1 - x, b)
      if power >= Double.leastNormalMagnitude && power.isFinite {
        return power * exp(a * logX - logNorm)
      }
    }
    return exp(a * logX + b * log1mX - logNorm)
  }

  /// The continued fraction for I_x(a, b) (NR `betacf`), modified Lentz.
  static func betaContinuedFraction(_ x: Double, a: Double, b: Double) -> Double {
    let tiny = 1e-300
    let epsilon = 1e-16
    let qab = a + b
    let qap = a + 1
    let qam = a - 1
    var c = 1.0
    var d = 1 - qab * x / qap
    if abs(d) < tiny { d = tiny }
    d = 1 / d
    var h = d
    for m in 1...10_000 {
      let m = Double(m)
      let m2 = 2 * m
      var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
      d = 1 + aa * d
      if abs(d) < tiny { d = tiny }
      c = 1 + aa / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      h *= d * c
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
      d = 1 + aa * d
      if abs(d) < tiny { d = tiny }
      c = 1 + aa / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      h *= delta
      if abs(delta - 1) <= epsilon { break }
    }
    return h
  }

  /// The inverse of the regularized incomplete beta function: the x in
  /// [0, 1] with I_x(a, b) = p, i.e. the p-quantile of Beta(a, b).
  ///
  /// Starts from the initial guess of Numerical Recipes §6.14 (a Cornish–
  /// Fisher-type normal approximation when a, b ≥ 1, the two power-law tails
  /// otherwise) and refines with Halley's method on f(x) = I_x(a, b) − p,
  /// using f′ = x^(a−1)(1−x)^(b−1)/B(a, b) and f″/f′ = (a−1)/x − (b−1)/(1−x).
  /// A bracket [lo, hi] with I_lo ≤ p ≤ I_hi is kept from the signs of f; any
  /// step that leaves it is replaced by bisection, so the iteration always
  /// converges. It stops when a step is below 1e−15 relative (cubic
  /// convergence makes the result accurate to ~1e−15 relative) or the bracket
  /// collapses.
  ///
  /// - Returns: x in [0, 1]; 0 for p = 0, 1 for p = 1; NaN for p outside
  ///   [0, 1] or invalid a, b.
  package static func inverseRegularizedIncompleteBeta(
    _ p: Double, a: Double, b: Double
  ) -> Double {
    guard a > 0, b > 0, a.isFinite, b.isFinite, p >= 0, p <= 1 else { return .nan }
    if p == 0 { return 0 }
    if p == 1 { return 1 }
    var x = initialInverseBetaGuess(p, a: a, b: b)
    let logNorm = logBeta(a, b)
    var lo = 0.0
    var hi = 1.0
    for _ in 0..<200 {
      if !(x > lo && x < hi) { x = 0.5 * (lo + hi) }
      let f = regularizedIncompleteBeta(x, a: a, b: b) - p
      if f == 0 { return x }
      if f < 0 { lo = x } else { hi = x }
      let density = exp((a - 1) * log(x) + (b - 1) * log1p(-x) - logNorm)
      var next: Double
      if density > 0, density.isFinite {
        let newton = f / density
        let curvature = (a - 1) / x - (b - 1) / (1 - x)
        let halley = newton / (1 - 0.5 * min(1, max(-1, newton * curvature)))
        next = x - halley
      } else {
        next = 0.5 * (lo + hi)
      }
      if !(next > lo && next < hi) { next = 0.5 * (lo + hi) }
      let step = abs(next - x)
      x = next
      if step <= 1e-15 * x || hi - lo <= 2e-16 * hi { break }
    }
    return x
  }

  /// Numerical Recipes' starting point for the inverse incomplete beta.
  static func initialInverseBetaGuess(_ p: Double, a: Double, b: Double) -> Double {
    var x: Double
    if a >= 1, b >= 1 {
      let pp = p < 0.5 ? p : 1 - p
      let t = (-2 * log(pp)).squareRoot()
      var z = (2.307_53 + t * 0.270_61) / (1 + t * (0.992_29 + t * 0.044_81)) - t
      if p < 0.5 { z = -z }
      let al = (z * z - 3) / 6
      let h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1))
      let w =
        z * (al + h).squareRoot() / h
        - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5.0 / 6 - 2 / (3 * h))
      x = a / (a + b * exp(2 * w))
    } else {
      let lna = log(a / (a + b))
      let lnb = log(b / (a + b))
      let t = exp(a * lna) / a
      let u = exp(b * lnb) / b
      let w = t + u
      if p < t / w {
        x = pow(a * w * p, 1 / a)
      } else {
        x = 1 - pow(b * w * (1 - p), 1 / b)
      }
    }
    if !(x > 0 && x < 1) { x = 0.5 }
    return x
  }
}
