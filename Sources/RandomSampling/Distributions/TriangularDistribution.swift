import Foundation

/// The triangular distribution on [min, max] with its peak at `mode`.
package struct TriangularDistribution: ContinuousDistribution, Hashable {
  package let min: Double
  package let mode: Double
  package let max: Double

  /// Creates Triangular(min, mode, max); a point mass when min == max.
  ///
  /// - Precondition: `min <= mode <= max`, all finite.
  package init(min: Double, mode: Double, max: Double) {
    precondition(
      min.isFinite && mode.isFinite && max.isFinite && min <= mode && mode <= max,
      "triangular needs finite min <= mode <= max")
    self.min = min
    self.mode = mode
    self.max = max
  }

  /// (min + mode + max) / 3.
  package var mean: Double { (min + mode + max) / 3 }
  /// (a² + b² + c² − ab − ac − bc) / 18, computed from differences to avoid
  /// cancellation: ((b−a)² + (b−c)² + (c−a)²)/36 equals the same quantity.
  package var variance: Double {
    let ab = max - min
    let ac = mode - min
    let cb = max - mode
    return (ab * ab + ac * ac + cb * cb) / 36
  }
  package var support: ClosedRange<Double> { min...max }

  package func cdf(_ x: Double) -> Double {
    if x.isNaN { return .nan }
    if x < min { return 0 }
    if x >= max { return 1 }
    let width = max - min
    if x <= mode {
      return (x - min) * (x - min) / (width * (mode - min))
    }
    return 1 - (max - x) * (max - x) / (width * (max - mode))
  }

  /// Closed-form inverse: `min + √(p·w·(c−a))` below F(c) = (c−a)/w, and
  /// `max − √((1−p)·w·(b−c))` above.
  package func quantile(_ p: Double) -> Double {
    guard p >= 0, p <= 1 else { return .nan }
    let width = max - min
    if width == 0 { return min }
    return value(forUnit: p, width: width)
  }

  @inline(__always)
  func value(forUnit p: Double, width: Double) -> Double {
    let split = (mode - min) / width
    if p < split {
      return min + (p * width * (mode - min)).squareRoot()
    }
    return max - ((1 - p) * width * (max - mode)).squareRoot()
  }

  /// Inversion with one uniform and one square root per sample.
  ///
  /// - Complexity: O(n).
  package func fill(_ out: UnsafeMutableBufferPointer<Double>, using rng: inout Xoshiro256StarStar) {
    let width = max - min
    if width == 0 {
      out.update(repeating: min)
      return
    }
    var g = rng
    defer { rng = g }
    for i in out.indices {
      out[i] = value(forUnit: g.nextUnit(), width: width)
    }
  }
}
