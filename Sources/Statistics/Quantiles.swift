import Foundation
import SpecialFunctions

/// Exact sample quantiles by selection, and distribution-free confidence
/// intervals for them.
///
/// Quantiles follow Hyndman & Fan's definition 7 (numpy's and R's default):
/// for n values and probability p, let h = (n − 1)·p; the quantile is
/// x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎), with x₍k₎ the k-th smallest
/// (0-based). Only the needed order statistics are found, by multi-selection
/// with Floyd & Rivest's SELECT (CACM 18(3), 1975, Algorithm 489), which
/// needs about n + min(k, n − k) comparisons on average.
///
/// NaNs are ordered after +∞ (IEEE 754 totalOrder for positive NaN): they are
/// moved to the end first, and a quantile that needs one is NaN.
package enum Quantiles {
  /// The type-7 quantiles of `values` at `probabilities`, reordering
  /// `values` in place.
  ///
  /// Every order statistic needed (⌊h⌋ and ⌊h⌋ + 1 for each p) is put in its
  /// sorted position by recursive multi-selection: select the middle
  /// requested rank, then recurse into the two sides with the ranks that
  /// fall there. Each selection is Floyd–Rivest; a selection that has not
  /// finished after 2·log₂(n) + 16 partitioning rounds finishes its range by
  /// heapsort, so the worst case is O(n log n), never O(n²).
  ///
  /// - Parameters:
  ///   - values: The sample; left partially ordered.
  ///   - probabilities: Probabilities in [0, 1], in any order.
  /// - Returns: One quantile per probability, in the same order; NaN for an
  ///   empty sample or a probability outside [0, 1].
  /// - Complexity: Expected O(n · log m) for m distinct requested ranks
  ///   (about 2n–3n comparisons for p5, p50 and p95), worst case O(n log n).
  package static func select(
    _ values: UnsafeMutableBufferPointer<Double>, probabilities: [Double]
  ) -> [Double] {
    let n = values.count
    guard n > 0 else { return probabilities.map { _ in .nan } }
    let finiteCount = partitionNaNsToEnd(values)
    var ranks: [Int] = []
    ranks.reserveCapacity(2 * probabilities.count)
    for p in probabilities where p >= 0 && p <= 1 {
      let (low, fraction) = position(p, count: n)
      ranks.append(low)
      if fraction > 0 && low + 1 < n { ranks.append(low + 1) }
    }
    ranks = Array(Set(ranks.filter { $0 < finiteCount })).sorted()
    ranks.withUnsafeBufferPointer { ranks in
      multiSelect(values, left: 0, right: finiteCount - 1, ranks: ranks)
    }
    return probabilities.map { p in
      guard p >= 0 && p <= 1 else { return .nan }
      let (low, fraction) = position(p, count: n)
      let lowValue = values[low]
      if fraction == 0 || low + 1 >= n { return lowValue }
      return interpolate(lowValue, values[low + 1], fraction)
    }
  }

  /// The type-7 quantiles of an array, reordering it in place.
  package static func select(_ values: inout [Double], probabilities: [Double]) -> [Double] {
    values.withUnsafeMutableBufferPointer { select($0, probabilities: probabilities) }
  }

  /// A distribution-free confidence interval for the p-quantile, as 0-based
  /// ranks into the sorted sample.
  ///
  /// The number B of observations at or below the true quantile ξ_p is
  /// Binomial(n, p). The 1-based order statistic x₍l₎ is ≤ ξ_p iff B ≥ l,
  /// and x₍u₎ ≥ ξ_p iff B ≤ u − 1. With the normal approximation
  /// B ≈ N(np, np(1−p)) and z = Φ⁻¹((1 + confidence)/2), this gives
  /// l = ⌊np − z·√(np(1−p))⌋ and u = ⌈np + z·√(np(1−p))⌉ + 1, returned
  /// 0-based (l − 1 … u − 1) and clamped to 0…n−1 (see Conover, *Practical
  /// Nonparametric Statistics*, §3.2).
  ///
  /// - Returns: The rank range; `0...0` when `count < 1`.
  package static func confidenceRanks(
    count n: Int, probability p: Double, confidence: Double
  ) -> ClosedRange<Int> {
    guard n >= 1 else { return 0...0 }
    let probability = min(1, max(0, p.isNaN ? 0.5 : p))
    let level = min(1, max(0, confidence.isNaN ? 0.95 : confidence))
    let z = SpecialFunctions.normalQuantile(0.5 + 0.5 * level)
    let center = Double(n) * probability
    let spread = z.isFinite ? z * (center * (1 - probability)).squareRoot() : Double(n)
    let lower = (center - spread).rounded(.down) - 1
    let upper = (center + spread).rounded(.up)
    let last = Double(n - 1)
    let low = Int(min(last, max(0, lower)))
    let high = Int(min(last, max(0, upper)))
    return low...max(low, high)
  }

  /// (⌊(n − 1)p⌋, fractional part) for type 7.
  @inline(__always)
  static func position(_ p: Double, count n: Int) -> (Int, Double) {
    let h = Double(n - 1) * p
    let low = min(n - 1, Int(h.rounded(.down)))
    return (low, h - Double(low))
  }

  /// a + t·(b − a), exact at t = 0 and when a == b (also for infinities).
  @inline(__always)
  static func interpolate(_ a: Double, _ b: Double, _ t: Double) -> Double {
    if a == b { return a }
    return a + t * (b - a)
  }

  /// Moves NaNs behind all other values, keeping the rest in any order.
  /// Returns the number of non-NaN values.
  static func partitionNaNsToEnd(_ values: UnsafeMutableBufferPointer<Double>) -> Int {
    guard let first = values.firstIndex(where: { $0.isNaN }) else { return values.count }
    var end = first
    for i in (first + 1)..<values.count where !values[i].isNaN {
      values.swapAt(i, end)
      end += 1
    }
    return end
  }

  /// Puts each of the sorted `ranks` (all within left...right) in place.
  static func multiSelect(
    _ a: UnsafeMutableBufferPointer<Double>, left: Int, right: Int,
    ranks: UnsafeBufferPointer<Int>
  ) {
    guard !ranks.isEmpty, left <= right else { return }
    let middle = ranks.count / 2
    let k = ranks[middle]
    assert(k >= left && k <= right)
    if k == left || k == right {
      // The neighbour of an already placed rank (type 7 needs ⌊h⌋ and
      // ⌊h⌋ + 1) is the minimum or maximum of its side: one linear scan
      // without swaps is about five times cheaper than a partition.
      placeExtreme(a, k: k, left: left, right: right)
    } else {
      select(a, k: k, left: left, right: right)
    }
    multiSelect(
      a, left: left, right: k - 1, ranks: UnsafeBufferPointer(rebasing: ranks[..<middle]))
    multiSelect(
      a, left: k + 1, right: right,
      ranks: UnsafeBufferPointer(rebasing: ranks[(middle + 1)...]))
  }

  /// Puts the minimum (k == left) or maximum (k == right) of left...right at k.
  static func placeExtreme(
    _ a: UnsafeMutableBufferPointer<Double>, k: Int, left: Int, right: Int
  ) {
    var best = left
    if k == left {
      for i in left...right where a[i] < a[best] { best = i }
    } else {
      best = right
      for i in left...right where a[i] > a[best] { best = i }
    }
    a.swapAt(k, best)
  }

  /// Floyd–Rivest SELECT: afterwards a[k] is the value of rank k within
  /// left...right, everything before it is ≤ and everything after is ≥.
  ///
  /// For ranges above 600 elements it first recursively selects within a
  /// sample-sized window around the expected position of k, which makes the
  /// pivot land within O(√n) ranks of k. The partition stops on equal keys
  /// from both sides, so many ties still split evenly.
  static func select(_ a: UnsafeMutableBufferPointer<Double>, k: Int, left: Int, right: Int) {
    var left = left
    var right = right
    var rounds = 0
    let budget = 2 * Int.bitWidth - (right - left + 1).leadingZeroBitCount * 2 + 16
    while right > left {
      assert(left >= 0 && right < a.count && k >= left && k <= right)
      rounds += 1
      if rounds > budget {
        heapSort(a, left: left, right: right)
        return
      }
      if right - left > 600 {
        let n = Double(right - left + 1)
        let i = Double(k - left + 1)
        let z = log(n)
        let s = 0.5 * exp(2 * z / 3)
        let sd = 0.5 * (z * s * (n - s) / n).squareRoot() * (i - n / 2 < 0 ? -1 : 1)
        let newLeft = max(left, Int((Double(k) - i * s / n + sd).rounded(.down)))
        let newRight = min(right, Int((Double(k) + (n - i) * s / n + sd).rounded(.down)))
        select(a, k: k, left: newLeft, right: newRight)
      }
      let t = a[k]
      var i = left
      var j = right
      a.swapAt(left, k)
      if a[right] > t { a.swapAt(right, left) }
      while i < j {
        a.swapAt(i, j)
        i += 1
        j -= 1
        while a[i] < t { i += 1 }
        while a[j] > t { j -= 1 }
      }
      if a[left] == t {
        a.swapAt(left, j)
      } else {
        j += 1
        a.swapAt(j, right)
      }
      if j <= k { left = j + 1 }
      if k <= j { right = j - 1 }
    }
  }

  /// In-place heapsort of left...right: the O(n log n) fallback.
  static func heapSort(_ a: UnsafeMutableBufferPointer<Double>, left: Int, right: Int) {
    let count = right - left + 1
    guard count > 1 else { return }
    func siftDown(_ start: Int, _ end: Int) {
      var root = start
      while true {
        var child = 2 * root + 1
        if child >= end { return }
        if child + 1 < end && a[left + child] < a[left + child + 1] { child += 1 }
        if a[left + root] < a[left + child] {
          a.swapAt(left + root, left + child)
          root = child
        } else {
          return
        }
      }
    }
    var start = count / 2 - 1
    while start >= 0 {
      siftDown(start, count)
      start -= 1
    }
    var end = count - 1
    while end > 0 {
      a.swapAt(left, left + end)
      siftDown(0, end)
      end -= 1
    }
  }
}
