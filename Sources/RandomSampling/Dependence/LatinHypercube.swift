/// Latin hypercube sampling (McKay, Beckman & Conover, Technometrics 21,
/// 1979) of one coordinate.
///
/// Splits [0, 1) into n equal strata and puts exactly one point in each, in
/// random order: u_i = (π(i) + U_i)/n with π a uniformly random permutation
/// (Fisher–Yates, with Lemire's unbiased bounded integers from the standard
/// library's `next(upperBound:)`) and U_i independent uniforms. Filling each
/// input's column independently gives a Latin hypercube design; feeding the
/// result through `quantile` gives stratified samples of any distribution.
package enum LatinHypercube {
  /// Overwrites `out` with n = `out.count` stratified uniforms in (0, 1).
  ///
  /// The open uniforms U_i ∈ (0, 1) keep every value strictly inside (0, 1)
  /// (the result is clamped below 1 against rounding of π(i) + U_i), so the
  /// values are safe to pass to quantile functions with infinite tails.
  ///
  /// - Complexity: O(n) time, no allocation.
  package static func fillStratifiedUnits(
    _ out: UnsafeMutableBufferPointer<Double>, using rng: inout Xoshiro256StarStar
  ) {
    let n = out.count
    guard n > 0 else { return }
    var g = rng
    defer { rng = g }
    for i in 0..<n {
      out[i] = Double(i)
    }
    // Fisher–Yates: swap position i with a uniform position in 0...i.
    var i = n - 1
    while i > 0 {
      let j = Int(g.next(upperBound: UInt64(i + 1)))
      out.swapAt(i, j)
      i -= 1
    }
    let count = Double(n)
    let belowOne = 1.0.nextDown
    for k in 0..<n {
      out[k] = min(belowOne, (out[k] + g.nextOpenUnit()) / count)
    }
  }
}
