/// |actual − expected| ≤ tolerance · max(|expected|, tiny): a relative
/// comparison that degrades to an absolute one near zero.
func isClose(
  _ actual: Double, _ expected: Double, relative tolerance: Double, absoluteFloor: Double = 1e-300
) -> Bool {
  abs(actual - expected) <= tolerance * max(abs(expected), absoluteFloor)
}
