/// The continuous uniform distribution on [min, max]; a point mass when
/// min == max.
package struct UniformDistribution: ContinuousDistribution, Hashable {
  /// The lower end.
  package let min: Double
  /// The upper end.
  package let max: Double

  /// Creates U(min, max).
  ///
  /// - Precondition: `min <= max`, both finite (the caller validates input).
  package init(min: Double, max: Double) {
    precondition(min.isFinite && max.isFinite && min <= max, "uniform needs finite min <= max")
    self.min = min
    self.max = max
  }

  package var mean: Double { 0.5 * (min + max) }
  package var variance: Double { (max - min) * (max - min) / 12 }
  package var support: ClosedRange<Double> { min...max }

  package func cdf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    if x < min { return 0 }
    if x >= max { return 1 }
    return (x - min) / (max - min)
  }

  package func quantile(_ p: Double) -> Double {
    guard p >= 0, p <= 1 else { return .nan }
    return Swift.min(max, min + p * (max - min))
  }

  /// Inversion: `min + (max − min) · U`, U uniform on the 2^−53 grid of [0, 1).
  ///
  /// - Complexity: O(n), one generator call per sample.
  package func fill(_ out: UnsafeMutableBufferPointer<Double>, using rng: inout Xoshiro256StarStar) {
    var g = rng
    defer { rng = g }
    let width = max - min
    let lower = min
    for i in out.indices {
      out[i] = lower + width * g.nextUnit()
    }
  }
}
