import BusinessCase

/// The exact optimum of the pool's portfolio problem for one draw, at every
/// pool size of a grid in one pass: the problem `grant` solves
/// (``PortfolioOptimizer``), with the same objective (freed årsværk), the
/// same constraint (Σ grant ≤ pool) and the same order among ties (cheaper,
/// then fewer solutions, then earlier candidates).
///
/// The grants are the same in every draw, only the årsværk change, so the
/// structure is worked out once and each draw reuses it. Three exact methods,
/// chosen once by their cost per draw:
///
/// - **enumeration** (up to 16 candidates): the subsets' grants are summed and
///   sorted once; per draw the subsets' values are built incrementally (one
///   addition each, summed in index order as ``PortfolioOptimizer/Selection``
///   does) and swept in order of grant, so every pool size of the grid is read
///   off in the same pass: O(2ⁿ) per draw for all pool sizes;
/// - **dynamic programme** over the candidates in index order and the pool in
///   units of the grants' greatest common divisor (500,000 kr. for the
///   bundled portfolio): O(n × K) per draw for all pool sizes, K = largest
///   pool ÷ unit;
/// - otherwise ``PortfolioOptimizer/best(_:budget:)`` itself (branch and
///   bound) for each pool size.
///
/// Candidates with a negative value in a draw are never chosen, as in
/// ``PortfolioOptimizer``. At most 64 candidates (a selection is a bit mask).
struct PoolSolver: Sendable {
  enum Method: Sendable, Equatable {
    case enumeration
    case dynamicProgramme(unit: Int)
    case branchAndBound
  }

  /// The grant of each candidate, whole kroner.
  let costs: [Int]
  /// The pool sizes, whole kroner, in the caller's order.
  let capacities: [Int]
  let method: Method
  /// Enumeration: the subsets within the largest pool, by grant ascending.
  private let masksByCost: [UInt64]
  private let maskCosts: [Int]
  /// Capacities' indices in ascending order of size.
  private let capacityOrder: [Int]
  /// Dynamic programme: each candidate's grant and each capacity in units.
  private let unitCosts: [Int]
  private let unitCapacities: [Int]
  private let units: Int
  // Scratch space, reused across draws.
  private var subsetValues: [Double] = []
  private var dpValue: [Double] = []
  private var dpCost: [Int] = []
  private var dpMask: [UInt64] = []

  /// The largest number of candidates.
  static let maximumCandidates = 64

  /// - Parameters:
  ///   - costs: grants, whole kroner, ≥ 0; at most 64.
  ///   - capacities: pool sizes, whole kroner, ≥ 0.
  ///   - method: force a method (tests); `nil` picks the cheapest.
  init(costs: [Int], capacities: [Int], method forced: Method? = nil) {
    precondition(costs.count <= Self.maximumCandidates)
    self.costs = costs
    self.capacities = capacities
    capacityOrder = capacities.indices.sorted {
      capacities[$0] != capacities[$1] ? capacities[$0] < capacities[$1] : $0 < $1
    }
    let largest = capacities.max() ?? 0
    let n = costs.count
    let positive = costs.filter { $0 > 0 && $0 <= largest }
    let unit = positive.reduce(0) { Self.gcd($0, $1) }
    let k = unit > 0 ? largest / unit : 0
    let enumerationCost = n <= 16 ? Double(2 << n) : .infinity
    let dpCost = Double(max(1, n)) * Double(k + 1) + Double(capacities.count)
    let chosen: Method
    if let forced {
      chosen = forced
    } else if enumerationCost <= dpCost {
      chosen = .enumeration
    } else if k <= 1 << 20 {
      chosen = .dynamicProgramme(unit: max(1, unit))
    } else {
      chosen = .branchAndBound
    }
    method = chosen
    var masks: [UInt64] = []
    var sums: [Int] = []
    if chosen == .enumeration {
      var all = [Int](repeating: 0, count: 1 << n)
      for mask in 1..<max(1, 1 << n) {
        let high = Int.bitWidth - 1 - mask.leadingZeroBitCount
        all[mask] = min(all[mask & ~(1 << high)] + costs[high], Int.max / 2)
      }
      let feasible = (0..<(1 << n)).filter { all[$0] <= largest }
      let sorted = feasible.sorted { all[$0] != all[$1] ? all[$0] < all[$1] : $0 < $1 }
      masks = sorted.map { UInt64($0) }
      sums = sorted.map { all[$0] }
      subsetValues = [Double](repeating: 0, count: 1 << n)
    }
    masksByCost = masks
    maskCosts = sums
    if case .dynamicProgramme(let u) = chosen {
      unitCosts = costs.map { $0 <= largest ? $0 / u : -1 }
      unitCapacities = capacities.map { $0 / u }
      units = largest / u
      dpValue = [Double](repeating: 0, count: units + 1)
      self.dpCost = [Int](repeating: 0, count: units + 1)
      dpMask = [UInt64](repeating: 0, count: units + 1)
    } else {
      unitCosts = []
      unitCapacities = []
      units = 0
    }
  }

  /// A rough count of the elementary steps one draw takes (for sizing work).
  var workPerDraw: Double {
    switch method {
    case .enumeration: Double(2 << costs.count)
    case .dynamicProgramme: Double(max(1, costs.count)) * Double(units + 1)
    case .branchAndBound: Double(capacities.count) * Double(costs.count) * Double(costs.count) * 64
    }
  }

  static func gcd(_ a: Int, _ b: Int) -> Int {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return x
  }

  /// True when selection a is better than b by ``PortfolioOptimizer/isBetter(_:than:)``'s rules,
  /// on bit masks: more årsværk (relative tolerance 10⁻⁹), then cheaper, then
  /// fewer, then the one whose first differing candidate comes first.
  @inline(__always)
  static func isBetter(_ av: Double, _ ac: Int, _ am: UInt64, than bv: Double, _ bc: Int, _ bm: UInt64) -> Bool {
    let tolerance = 1e-9 * max(1, max(abs(av), abs(bv)))
    if av > bv + tolerance { return true }
    if av < bv - tolerance { return false }
    if ac != bc { return ac < bc }
    let na = am.nonzeroBitCount
    let nb = bm.nonzeroBitCount
    if na != nb { return na < nb }
    let difference = am ^ bm
    return difference != 0 && am & (difference & (~difference &+ 1)) != 0
  }

  /// Solves one draw.
  ///
  /// - Parameters:
  ///   - values: each candidate's freed årsværk in this draw.
  ///   - masks: filled with the optimal selection per capacity (caller's order).
  ///   - optima: filled with the optimal value per capacity.
  /// - Complexity: see the type's discussion.
  mutating func solve(
    _ values: UnsafeBufferPointer<Double>, masks: UnsafeMutableBufferPointer<UInt64>,
    optima: UnsafeMutableBufferPointer<Double>
  ) {
    let n = costs.count
    var negative: UInt64 = 0
    for i in 0..<n where values[i] < 0 || values[i].isNaN { negative |= 1 << UInt64(i) }
    switch method {
    case .enumeration:
      subsetValues.withUnsafeMutableBufferPointer { sums in
        if n > 0 {
          for mask in 1..<(1 << n) {
            let high = Int.bitWidth - 1 - mask.leadingZeroBitCount
            sums[mask] = sums[mask & ~(1 << high)] + values[high]
          }
        }
        var bestValue = 0.0
        var bestCost = 0
        var bestMask: UInt64 = 0
        var position = 0
        for k in capacityOrder {
          let capacity = capacities[k]
          while position < masksByCost.count, maskCosts[position] <= capacity {
            let mask = masksByCost[position]
            if mask & negative == 0 {
              let value = sums[Int(mask)]
              if Self.isBetter(value, maskCosts[position], mask, than: bestValue, bestCost, bestMask) {
                bestValue = value
                bestCost = maskCosts[position]
                bestMask = mask
              }
            }
            position += 1
          }
          masks[k] = bestMask
          optima[k] = bestValue
        }
      }
    case .dynamicProgramme:
      for c in 0...units {
        dpValue[c] = 0
        dpCost[c] = 0
        dpMask[c] = 0
      }
      for j in 0..<n where unitCosts[j] >= 0 && negative & (1 << UInt64(j)) == 0 {
        let w = unitCosts[j]
        let v = values[j]
        let cost = costs[j]
        let bit: UInt64 = 1 << UInt64(j)
        var c = units
        while c >= w {
          let value = dpValue[c - w] + v
          let total = dpCost[c - w] + cost
          let mask = dpMask[c - w] | bit
          if Self.isBetter(value, total, mask, than: dpValue[c], dpCost[c], dpMask[c]) {
            dpValue[c] = value
            dpCost[c] = total
            dpMask[c] = mask
          }
          c -= 1
        }
      }
      for k in capacities.indices {
        masks[k] = dpMask[unitCapacities[k]]
        optima[k] = dpValue[unitCapacities[k]]
      }
    case .branchAndBound:
      let items = (0..<n).map { PortfolioOptimizer.Item(value: values[$0], cost: costs[$0]) }
      for k in capacities.indices {
        let selection = PortfolioOptimizer.best(items, budget: capacities[k])
        masks[k] = selection.indices.reduce(0) { $0 | (1 << UInt64($1)) }
        optima[k] = selection.value
      }
    }
  }

  /// ``solve(_:masks:optima:)`` on arrays (tests, single draws).
  mutating func solve(_ values: [Double]) -> [(mask: UInt64, value: Double)] {
    var masks = [UInt64](repeating: 0, count: capacities.count)
    var optima = [Double](repeating: 0, count: capacities.count)
    values.withUnsafeBufferPointer { v in
      masks.withUnsafeMutableBufferPointer { m in
        optima.withUnsafeMutableBufferPointer { o in solve(v, masks: m, optima: o) }
      }
    }
    return Array(zip(masks, optima))
  }
}
