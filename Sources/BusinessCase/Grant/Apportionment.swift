/// Splits whole amounts by weights so that the parts add up to the whole
/// exactly: no rounding drift between a total and its split.
package enum Apportionment {
  /// Splits `total` (whole kroner) in proportion to `weights` by the largest
  /// remainder method (Hamilton): each part is the whole-krone part of its
  /// exact quota `total × weight ÷ Σ weights`, and the kroner left over go one
  /// each to the parts with the largest fractional remainders (ties to the
  /// earlier part).
  ///
  /// The parts add up to `total` exactly, and each differs from its exact
  /// quota by less than one krone. With whole-number weights (seats) the
  /// quotas are computed in exact integer arithmetic.
  ///
  /// ```swift
  /// Apportionment.largestRemainder(1_000, weights: [21, 62, 31, 43, 43])
  /// // quotas 105, 310, 155, 215, 215 → [105, 310, 155, 215, 215]
  /// ```
  ///
  /// - Parameters:
  ///   - total: the amount to split, ≥ 0.
  ///   - weights: non-negative weights, at least one positive.
  /// - Returns: one part per weight; all zero when no weight is positive.
  /// - Complexity: O(n log n) for n weights.
  package static func largestRemainder(_ total: Int, weights: [Double]) -> [Int] {
    guard total > 0, weights.contains(where: { $0 > 0 }) else { return weights.map { _ in 0 } }
    if let exact = integerSplit(total, weights: weights) { return exact }
    let sum = weights.reduce(0, +)
    var parts: [Int] = []
    var remainders: [Double] = []
    for weight in weights {
      let quota = Double(total) * (weight / sum)
      let whole = quota.rounded(.down)
      parts.append(Int(whole))
      remainders.append(quota - whole)
    }
    distribute(total - parts.reduce(0, +), into: &parts, remainders: remainders)
    return parts
  }

  /// The exact split when every weight is a whole number and no product overflows.
  static func integerSplit(_ total: Int, weights: [Double]) -> [Int]? {
    guard weights.allSatisfy({ $0 >= 0 && $0 == $0.rounded() && $0 < 1e12 }) else { return nil }
    let integers = weights.map { Int($0) }
    let sum = integers.reduce(0, +)
    var parts: [Int] = []
    var remainders: [Double] = []
    for weight in integers {
      let (product, overflow) = total.multipliedReportingOverflow(by: weight)
      if overflow { return nil }
      parts.append(product / sum)
      // Remainders compared as fractions of the same denominator: exact order.
      remainders.append(Double(product % sum))
    }
    distribute(total - parts.reduce(0, +), into: &parts, remainders: remainders)
    return parts
  }

  /// Gives `leftover` units one by one to the largest remainders (ties to the
  /// earlier part), or takes them back from the smallest when negative.
  static func distribute(_ leftover: Int, into parts: inout [Int], remainders: [Double]) {
    guard leftover != 0, !parts.isEmpty else { return }
    let order = remainders.indices.sorted { a, b in
      remainders[a] != remainders[b] ? remainders[a] > remainders[b] : a < b
    }
    var left = leftover
    var position = 0
    while left > 0 {
      parts[order[position % order.count]] += 1
      left -= 1
      position += 1
    }
    position = order.count - 1
    var guardCount = 0
    while left < 0, guardCount < 4 * order.count * max(1, -leftover) {
      let index = order[(position % order.count + order.count) % order.count]
      if parts[index] > 0 {
        parts[index] -= 1
        left += 1
      }
      position -= 1
      guardCount += 1
    }
  }
}
