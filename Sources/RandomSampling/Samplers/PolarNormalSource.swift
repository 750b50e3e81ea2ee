import Foundation

/// Standard normal variates by Marsaglia's polar method (Marsaglia & Bray,
/// SIAM Review 6, 1964), one at a time, keeping the spare of each pair.
///
/// Draw (x, y) uniform in the square [−1, 1)², reject unless
/// 0 < s = x² + y² < 1 (probability π/4), and return x·f and y·f with
/// f = √(−2 ln s / s): two independent exact N(0, 1) variates for one `log`
/// and one square root.
///
/// A local value, created per batch: it holds no reference to any generator.
struct PolarNormalSource: Sendable {
  private var spare = 0.0
  private var hasSpare = false

  /// The next N(0, 1) variate.
  @inline(__always)
  mutating func next(using g: inout Xoshiro256StarStar) -> Double {
    if hasSpare {
      hasSpare = false
      return spare
    }
    let (first, second) = Self.pair(using: &g)
    spare = second
    hasSpare = true
    return first
  }

  /// One pair of independent N(0, 1) variates.
  @inline(__always)
  static func pair(using g: inout Xoshiro256StarStar) -> (Double, Double) {
    while true {
      let x = g.nextSignedUnit()
      let y = g.nextSignedUnit()
      let s = x * x + y * y
      if s < 1 && s > 0 {
        let factor = (-2 * log(s) / s).squareRoot()
        return (x * factor, y * factor)
      }
    }
  }
}
