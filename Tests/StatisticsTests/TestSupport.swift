import Foundation
import RandomSampling

/// |actual − expected| ≤ tolerance · max(|expected|, floor).
func isClose(
  _ actual: Double, _ expected: Double, relative tolerance: Double, absoluteFloor: Double = 1e-300
) -> Bool {
  abs(actual - expected) <= tolerance * max(abs(expected), absoluteFloor)
}

/// The type-7 quantile straight from the definition on a fully sorted copy:
/// h = (n − 1)p, x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎).
func referenceQuantile(_ values: [Double], _ p: Double) -> Double {
  let sorted = values.sorted { a, b in
    // NaNs last, as documented for Quantiles.
    if a.isNaN { return false }
    if b.isNaN { return true }
    return a < b
  }
  let h = Double(sorted.count - 1) * p
  let low = Int(h.rounded(.down))
  let fraction = h - Double(low)
  if fraction == 0 || low + 1 >= sorted.count { return sorted[low] }
  if sorted[low] == sorted[low + 1] { return sorted[low] }
  return sorted[low] + fraction * (sorted[low + 1] - sorted[low])
}

/// n uniforms in [lower, upper) from a seeded generator.
func uniforms(_ n: Int, _ lower: Double, _ upper: Double, seed: UInt64) -> [Double] {
  var rng = Xoshiro256StarStar(seed: seed)
  return (0..<n).map { _ in lower + (upper - lower) * rng.nextUnit() }
}
