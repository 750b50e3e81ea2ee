/// Chooses the solutions that free the most årsværk within a grant pool: a
/// 0/1 knapsack, solved exactly by branch and bound for any number of
/// candidates.
///
/// Among selections that free equally many årsværk (within a relative
/// tolerance of 10⁻⁹, so that sums of the same numbers in another order
/// count as equal), the cheaper one wins; then the one with fewer solutions;
/// then the one whose candidate indices come first.
package enum PortfolioOptimizer {
  /// A candidate: årsværk it frees and the grant it needs (whole kroner).
  package struct Item: Sendable, Hashable {
    package var value: Double
    package var cost: Int

    package init(value: Double, cost: Int) {
      self.value = value
      self.cost = cost
    }
  }

  /// A chosen set of candidates.
  package struct Selection: Sendable, Hashable {
    /// Indices into the candidates, ascending.
    package var indices: [Int]
    /// Σ value, summed in index order.
    package var value: Double
    /// Σ cost.
    package var cost: Int

    package init(indices: [Int], items: [Item]) {
      self.indices = indices.sorted()
      value = self.indices.reduce(0) { $0 + items[$1].value }
      cost = self.indices.reduce(0) { $0 + items[$1].cost }
    }
  }

  static func tolerance(_ value: Double) -> Double { 1e-9 * max(1, abs(value)) }

  /// True when `a` is the better selection by the rules above.
  package static func isBetter(_ a: Selection, than b: Selection) -> Bool {
    let tolerance = tolerance(max(abs(a.value), abs(b.value)))
    if a.value > b.value + tolerance { return true }
    if a.value < b.value - tolerance { return false }
    if a.cost != b.cost { return a.cost < b.cost }
    if a.indices.count != b.indices.count { return a.indices.count < b.indices.count }
    return a.indices.lexicographicallyPrecedes(b.indices)
  }

  /// The best selection within `budget`, by branch and bound.
  ///
  /// Candidates are taken in order of årsværk per krone; a branch is cut when
  /// even filling the rest of the budget with fractions of the best remaining
  /// candidates (the linear-programming bound) could not reach the best
  /// selection found so far.
  ///
  /// - Parameters:
  ///   - items: candidates with non-negative value and cost.
  ///   - budget: the pool, whole kroner.
  /// - Complexity: O(2ⁿ) in the worst case, usually far less.
  package static func best(_ items: [Item], budget: Int) -> Selection {
    let usable = items.indices.filter { items[$0].cost <= budget && items[$0].cost >= 0 && items[$0].value >= 0 }
    let order = usable.sorted { a, b in
      let ra = ratio(items[a])
      let rb = ratio(items[b])
      return ra != rb ? ra > rb : a < b
    }
    var best = Selection(indices: [], items: items)
    var chosen: [Int] = []
    func bound(from position: Int, capacity: Int, value: Double) -> Double {
      var total = value
      var room = capacity
      for index in order[position...] {
        let item = items[index]
        if item.cost <= room {
          total += item.value
          room -= item.cost
        } else {
          total += item.value * Double(room) / Double(item.cost)
          break
        }
      }
      return total
    }
    func explore(_ position: Int, capacity: Int, value: Double) {
      if position == order.count {
        let candidate = Selection(indices: chosen, items: items)
        if isBetter(candidate, than: best) { best = candidate }
        return
      }
      if bound(from: position, capacity: capacity, value: value) < best.value - tolerance(best.value) { return }
      let index = order[position]
      let item = items[index]
      if item.cost <= capacity {
        chosen.append(index)
        explore(position + 1, capacity: capacity - item.cost, value: value + item.value)
        chosen.removeLast()
      }
      explore(position + 1, capacity: capacity, value: value)
    }
    explore(0, capacity: budget, value: 0)
    return best
  }

  /// The best selection by trying every subset (for tests; n ≤ 24).
  package static func bruteForce(_ items: [Item], budget: Int) -> Selection {
    precondition(items.count <= 24, "brute force is for small instances")
    var best = Selection(indices: [], items: items)
    for mask in 0..<(1 << items.count) {
      let indices = items.indices.filter { mask & (1 << $0) != 0 }
      guard indices.allSatisfy({ items[$0].value >= 0 && items[$0].cost >= 0 }) else { continue }
      let candidate = Selection(indices: indices, items: items)
      if candidate.cost <= budget, isBetter(candidate, than: best) { best = candidate }
    }
    return best
  }

  static func ratio(_ item: Item) -> Double {
    item.cost == 0 ? (item.value > 0 ? .infinity : 0) : item.value / Double(item.cost)
  }
}
