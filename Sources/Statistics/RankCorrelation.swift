/// Spearman rank correlation, for sensitivity rankings.
package enum RankCorrelation {
  /// The 1-based ranks of `x`, tied values getting the average of the ranks
  /// they span (the "fractional" ranking used by Spearman's ρ).
  ///
  /// Values are ordered by their IEEE 754 total order with −0 = +0 and all
  /// NaNs equal and largest, so the result is well defined for any input.
  ///
  /// - Complexity: O(n log n): one sort of (key, index) pairs.
  package static func ranks(_ x: [Double]) -> [Double] {
    let n = x.count
    var keyed = [KeyedIndex]()
    keyed.reserveCapacity(n)
    for (index, value) in x.enumerated() {
      keyed.append(KeyedIndex(key: orderKey(value), index: index))
    }
    keyed.sort()
    var result = [Double](repeating: 0, count: n)
    var start = 0
    while start < n {
      var end = start + 1
      while end < n && keyed[end].key == keyed[start].key { end += 1 }
      // Positions start..<end hold ranks start+1 ... end; their mean:
      let average = 0.5 * Double(start + 1 + end)
      for position in start..<end { result[keyed[position].index] = average }
      start = end
    }
    return result
  }

  /// Spearman's ρ: the Pearson correlation of the average ranks.
  ///
  /// - Returns: ρ in [−1, 1]; 0 when there are fewer than two values or
  ///   either sample is constant (the correlation is undefined there), never
  ///   NaN.
  /// - Precondition: `x.count == y.count`.
  package static func spearman(_ x: [Double], _ y: [Double]) -> Double {
    precondition(x.count == y.count, "spearman needs samples of equal length")
    guard x.count >= 2 else { return 0 }
    return pearson(ranks(x), ranks(y))
  }

  /// Pearson's product-moment correlation by two passes (means, then
  /// centred cross-products).
  ///
  /// - Returns: r in [−1, 1]; 0 for fewer than two values, a constant
  ///   sample, or non-finite data.
  /// - Precondition: `x.count == y.count`.
  package static func pearson(_ x: [Double], _ y: [Double]) -> Double {
    precondition(x.count == y.count, "pearson needs samples of equal length")
    let n = x.count
    guard n >= 2 else { return 0 }
    var sumX = 0.0
    var sumY = 0.0
    for i in 0..<n {
      sumX += x[i]
      sumY += y[i]
    }
    let meanX = sumX / Double(n)
    let meanY = sumY / Double(n)
    var sxx = 0.0
    var syy = 0.0
    var sxy = 0.0
    for i in 0..<n {
      let dx = x[i] - meanX
      let dy = y[i] - meanY
      sxx += dx * dx
      syy += dy * dy
      sxy += dx * dy
    }
    guard sxx > 0, syy > 0 else { return 0 }
    let r = sxy / (sxx.squareRoot() * syy.squareRoot())
    guard r.isFinite else { return 0 }
    return Swift.min(1, Swift.max(-1, r))
  }

  /// A key whose unsigned order is the total order of doubles, with −0 = +0
  /// and every NaN mapped to the largest key.
  static func orderKey(_ value: Double) -> UInt64 {
    if value.isNaN { return .max }
    let bits = (value == 0 ? 0.0 : value).bitPattern
    return bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
  }

  struct KeyedIndex: Comparable {
    let key: UInt64
    let index: Int
    static func < (lhs: KeyedIndex, rhs: KeyedIndex) -> Bool {
      lhs.key < rhs.key || (lhs.key == rhs.key && lhs.index < rhs.index)
    }
  }
}
