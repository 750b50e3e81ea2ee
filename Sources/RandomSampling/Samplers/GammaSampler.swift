import Foundation

/// Gamma(k, 1) variates by Marsaglia & Tsang's method ("A simple method for
/// generating gamma variables", ACM TOMS 26(3), 2000), returned as logarithms.
///
/// For k ≥ 1, with d = k − ⅓ and c = 1/√(9d): draw x ~ N(0, 1) and
/// v = (1 + c·x)³; if v > 0 and u ~ U(0, 1) satisfies
/// ln u < x²/2 + d − d·v + d·ln v (after the cheap squeeze
/// u < 1 − 0.0331·x⁴), then d·v is Gamma(k). Acceptance is above 95 %.
/// For k < 1, Gamma(k) = Gamma(k + 1) · U^(1/k); in logs,
/// ln G = ln Gamma(k + 1) + (ln U)/k, which cannot underflow.
enum GammaSampler {
  /// Precomputed Marsaglia–Tsang constants for a shape k ≥ 1.
  struct Constants: Sendable, Hashable {
    let d: Double
    let c: Double
    init(shape: Double) {
      d = shape - 1.0 / 3
      c = 1 / (9 * d).squareRoot()
    }
  }

  /// One Marsaglia–Tsang trial from a given normal `x`: d·v if accepted,
  /// `nil` if rejected (then the caller starts a fresh trial).
  @inline(__always)
  static func trial(
    _ constants: Constants, normal x: Double, using g: inout Xoshiro256StarStar
  ) -> Double? {
    let t = 1 + constants.c * x
    if t <= 0 { return nil }
    let v = t * t * t
    let u = g.nextOpenUnit()
    let x2 = x * x
    if u < 1 - 0.0331 * x2 * x2 || log(u) < 0.5 * x2 + constants.d * (1 - v + log(v)) {
      return constants.d * v
    }
    return nil
  }

  /// One Gamma(k, 1) variate for k ≥ 1 (not its logarithm).
  @inline(__always)
  static func sample(
    _ constants: Constants, normals: inout PolarNormalSource, using g: inout Xoshiro256StarStar
  ) -> Double {
    let d = constants.d
    let c = constants.c
    while true {
      let x = normals.next(using: &g)
      let t = 1 + c * x
      if t <= 0 { continue }
      let v = t * t * t
      let u = g.nextOpenUnit()
      let x2 = x * x
      if u < 1 - 0.0331 * x2 * x2 || log(u) < 0.5 * x2 + d * (1 - v + log(v)) {
        return d * v
      }
    }
  }

  /// ln of one Gamma(shape, 1) variate.
  static func logSample(
    shape: Double, normals: inout PolarNormalSource, using g: inout Xoshiro256StarStar
  ) -> Double {
    if shape < 1 {
      let boosted = logSample(shape: shape + 1, normals: &normals, using: &g)
      return boosted + log(g.nextOpenUnit()) / shape
    }
    let d = shape - 1.0 / 3
    let c = 1 / (9 * d).squareRoot()
    while true {
      let x = normals.next(using: &g)
      let t = 1 + c * x
      if t <= 0 { continue }
      let v = t * t * t
      let u = g.nextOpenUnit()
      let x2 = x * x
      if u < 1 - 0.0331 * x2 * x2 || log(u) < 0.5 * x2 + d * (1 - v + log(v)) {
        return log(d) + log(v)
      }
    }
  }
}
