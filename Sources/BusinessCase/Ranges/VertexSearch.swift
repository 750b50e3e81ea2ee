import WorkforceModel

/// Exact ranges of a business case by enumerating the corners of the input box.
///
/// Every built-in model, and the business case on top of it, is monotone in
/// each input taken alone (sums, products and quotients of non-negative
/// numbers; each input pushes all years the same way). A function monotone in
/// each coordinate takes its minimum and maximum over a box at corners, so the
/// exact range of every cell is its minimum and maximum over the 2^k corners of
/// the k uncertain inputs.
///
/// Solutions share few inputs (an assumption such as `hours_per_fte`, a staff
/// group's value per årsværk, the optimism bias). The search enumerates the
/// corners of the shared inputs once and, for each, every solution's private
/// corners separately: a portfolio cell's minimum is
/// `min over shared corners of Σ_solutions min over private corners`, which
/// costs `2^shared × Σ 2^private` evaluations instead of `2^(all inputs)`.
///
/// Ratios (benefit/cost, cost per freed årsværk) are not sums; their exact
/// bounds come from Dinkelbach's parametrisation: `min B/C ≥ λ` exactly when
/// `min (B − λ·C) ≥ 0`, a sum again, found by bisection on λ.
///
/// A solution with more than ``privateLimit`` uncertain inputs of its own, or
/// a scenario with more than ``sharedLimit`` shared ones, is searched over its
/// figures instead (freed årsværk, project cost, operating cost, value per
/// årsværk and risk pool, each over its own range): still a range that
/// contains every possible value, but no longer exact when those figures move
/// together. ``isExact`` says which.
struct VertexSearch: Sendable {
  static let privateLimit = 10
  static let sharedLimit = 8

  /// Present values that ratios are built from.
  struct Pair: Sendable {
    var benefits: Double
    var costs: Double
    var fteYears: Double
  }

  struct Block: Sendable {
    var solution: Int
    var plan: BusinessCaseSettings.Plan
    /// Variables enumerated for this solution alone (exact mode).
    var privateVariables: [Int]
    /// The figures' ranges, when the block is searched over its figures.
    var collapsed: [Interval]?
  }

  let layout: CaseCells
  let shared: [Int]
  let blocks: [Block]
  /// [shared corner][block][cell]
  private(set) var cellMin: [[[Double]]] = []
  private(set) var cellMax: [[[Double]]] = []
  /// [shared corner][block][private corner]
  private(set) var pairs: [[[Pair]]] = []

  var isExact: Bool { blocks.allSatisfy { $0.collapsed == nil } }

  init(scenario: Scenario, settings: BusinessCaseSettings, inputs: CaseInputs) {
    layout = CaseCells(horizon: settings.horizon.value)
    let uncertain = inputs.variables.indices.filter { inputs.variables[$0].isUncertain }
    var shared = uncertain.filter { inputs.variables[$0].solutions.count > 1 }
    var collapseAll = false
    if shared.count > Self.sharedLimit {
      collapseAll = true
      shared = shared.filter {
        if case .optimismBias = inputs.variables[$0].key { true } else { false }
      }
    }
    var blocks: [Block] = []
    for (s, solution) in scenario.solutions.enumerated() {
      guard let plan = settings.plans[solution.id] else { continue }
      let own = uncertain.filter { inputs.variables[$0].solutions == [s] }
      if collapseAll || own.count > Self.privateLimit {
        blocks.append(
          Block(solution: s, plan: plan, privateVariables: [], collapsed: Self.figureRanges(s, solution, inputs)))
      } else {
        blocks.append(Block(solution: s, plan: plan, privateVariables: own, collapsed: nil))
      }
    }
    self.shared = shared
    self.blocks = blocks
    search(scenario: scenario, settings: settings, inputs: inputs)
  }

  /// Freed årsværk, project cost, operating cost, value per årsværk and risk
  /// pool of solution `s`, each over its whole range.
  static func figureRanges(_ s: Int, _ solution: Solution, _ inputs: CaseInputs) -> [Interval] {
    let ranges = solution.ranges()
    let slots = inputs.slots[s]
    func range(_ slot: CaseSlot) -> Interval {
      switch slot {
      case .constant(let value): Interval(constant: value)
      case .variable(let v): inputs.variables[v].range
      }
    }
    var value = Interval(constant: 0)
    for part in slots.values { value = value + Interval(constant: part.share) * range(part.slot) }
    var pool = Interval(constant: 0)
    for risk in slots.risks { pool = pool + range(risk.probability) * range(risk.consequence) }
    return [ranges.fte, ranges.projectCost, ranges.operatingCost, value, pool]
  }

  private mutating func search(scenario: Scenario, settings: BusinessCaseSettings, inputs: CaseInputs) {
    let evaluator = PointEvaluator(scenario: scenario, inputs: inputs)
    let d = settings.discountFactors
    var point = inputs.centralPoint
    var cells = [Double](repeating: 0, count: layout.count)
    let benefitsIndex = layout.index(.presentBenefits)
    let costsIndex = layout.index(.presentCosts)
    let fteIndex = layout.index(.presentFTEYears)
    for corner in 0..<(1 << shared.count) {
      for (bit, v) in shared.enumerated() {
        point[v] = corner & (1 << bit) != 0 ? inputs.variables[v].range.high : inputs.variables[v].range.low
      }
      var mins: [[Double]] = []
      var maxs: [[Double]] = []
      var cornerPairs: [[Pair]] = []
      for block in blocks {
        let dimensions = block.collapsed?.count ?? block.privateVariables.count
        var low = [Double](repeating: .infinity, count: layout.count)
        var high = [Double](repeating: -.infinity, count: layout.count)
        var blockPairs: [Pair] = []
        blockPairs.reserveCapacity(1 << dimensions)
        for own in 0..<(1 << dimensions) {
          let figures: BusinessCaseSettings.PointFigures
          if let ranges = block.collapsed {
            func pick(_ i: Int) -> Double { own & (1 << i) != 0 ? ranges[i].high : ranges[i].low }
            var f = evaluator.figures(block.solution, fte: pick(0), projectCost: pick(1), operatingCost: pick(2), point)
            f.valuePerFTE = pick(3)
            f.riskPool = pick(4)
            figures = f
          } else {
            for (bit, v) in block.privateVariables.enumerated() {
              point[v] = own & (1 << bit) != 0 ? inputs.variables[v].range.high : inputs.variables[v].range.low
            }
            figures = evaluator.figures(block.solution, point)
          }
          layout.fill(&cells, figures: figures, plan: block.plan, discountFactors: d)
          for c in cells.indices {
            if cells[c] < low[c] { low[c] = cells[c] }
            if cells[c] > high[c] { high[c] = cells[c] }
          }
          blockPairs.append(Pair(benefits: cells[benefitsIndex], costs: cells[costsIndex], fteYears: cells[fteIndex]))
        }
        for v in block.privateVariables { point[v] = inputs.variables[v].central }
        mins.append(low)
        maxs.append(high)
        cornerPairs.append(blockPairs)
      }
      cellMin.append(mins)
      cellMax.append(maxs)
      pairs.append(cornerPairs)
    }
  }

  // MARK: - Ranges

  /// The exact range of `cell` summed over `blocks` (one block: a solution;
  /// all: the portfolio).
  func range(_ cell: Int, blocks chosen: [Int]) -> Interval {
    var low = Double.infinity
    var high = -Double.infinity
    for corner in cellMin.indices {
      var sumLow = 0.0
      var sumHigh = 0.0
      for b in chosen {
        sumLow += cellMin[corner][b][cell]
        sumHigh += cellMax[corner][b][cell]
      }
      low = min(low, sumLow)
      high = max(high, sumHigh)
    }
    return Interval(low, high)
  }

  /// `min` (or `max`) over the box of `Σ_blocks f(pair)`.
  private func extreme(_ chosen: [Int], maximum: Bool, _ f: (Pair) -> Double) -> Double {
    var best = maximum ? -Double.infinity : Double.infinity
    for corner in pairs.indices {
      var sum = 0.0
      for b in chosen {
        var inner = maximum ? -Double.infinity : Double.infinity
        for pair in pairs[corner][b] {
          let value = f(pair)
          inner = maximum ? max(inner, value) : min(inner, value)
        }
        sum += inner
      }
      best = maximum ? max(best, sum) : min(best, sum)
    }
    return best
  }

  /// The exact range of `Σ numerator / Σ denominator` over the box, or `nil`
  /// when the denominator can be zero.
  ///
  /// - Complexity: O(100 × corners) after the search.
  func ratio(
    _ chosen: [Int], numerator: (Pair) -> Double, denominator: (Pair) -> Double
  ) -> Interval? {
    guard !chosen.isEmpty else { return nil }
    let denominatorLow = extreme(chosen, maximum: false, denominator)
    guard denominatorLow > 0, denominatorLow.isFinite else { return nil }
    let numeratorRange = Interval(extreme(chosen, maximum: false, numerator), extreme(chosen, maximum: true, numerator))
    let denominatorRange = Interval(denominatorLow, extreme(chosen, maximum: true, denominator))
    let enclosure = numeratorRange / denominatorRange
    guard enclosure.isFinite else { return nil }
    // Dinkelbach: min N/D = sup{λ : min(N − λD) ≥ 0}; max N/D = inf{λ : max(N − λD) ≤ 0}.
    func bisect(_ condition: (Double) -> Bool, low: Double, high: Double, keepLow: Bool) -> Double {
      var low = low
      var high = high
      for _ in 0..<200 {
        let mid = low + (high - low) / 2
        if mid <= low || mid >= high { break }
        if condition(mid) == keepLow { low = mid } else { high = mid }
      }
      return keepLow ? low : high
    }
    let lowest = bisect(
      { λ in extreme(chosen, maximum: false) { numerator($0) - λ * denominator($0) } >= 0 },
      low: enclosure.low, high: enclosure.high, keepLow: true)
    let highest = bisect(
      { λ in extreme(chosen, maximum: true) { numerator($0) - λ * denominator($0) } <= 0 },
      low: enclosure.low, high: enclosure.high, keepLow: false)
    return Interval(min(lowest, highest), max(lowest, highest))
  }
}
