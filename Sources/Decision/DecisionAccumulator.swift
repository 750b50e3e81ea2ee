import Dispatch
import Foundation

/// Takes the draws of a decision problem block by block (in block order) and
/// turns them into a ``DecisionResult``.
///
/// Per draw the optimum is solved exactly at every pool size (``PoolSolver``,
/// chunks of a block on all threads, each draw's answer stored by its index,
/// so the result does not depend on the thread count). Everything but the
/// EVPPI is streamed: integer counts, and sums shifted by the first draw.
///
/// Memory: O(n × steps) counts plus the distinct optimal portfolios at the
/// pool; the EVPPI keeps the first `evppiDraws` draws of every input,
/// candidate and NPV: 8 × evppiDraws × (inputs + candidates + 4 × appraisals)
/// bytes (50,000 draws × 50 columns = 20 MB); a block's per-draw answers take
/// 8 × 8,192 × (steps + 1) bytes.
package final class DecisionAccumulator: @unchecked Sendable {
  let problem: DecisionProblem
  let threads: Int
  let evppiLimit: Int
  let mainStep: Int
  let steps: [Int]
  var solvers: [PoolSolver]
  var draws = 0
  var poolCounts: [[Int]]
  var optimumSums: [Double]
  var optimumSquares: [Double]
  var selectionCounts: [UInt64: Int] = [:]
  var committedOptimal = 0
  let committedMask: UInt64
  var loss = RunningMoments()
  var committedValue = RunningMoments()
  var candidateMoments: [RunningMoments]
  // Cross moments for the portfolio EVPI, shifted by the first draw.
  var shift: [Double] = []
  var shiftOptimum = 0.0
  var cross: [[Double]]
  var crossOptimum: [Double]
  var sumsShifted: [Double]
  var optimumShifted = 0.0
  var optimumSquaresShifted = 0.0
  // Per appraisal.
  var npvMoments: [RunningMoments]
  var positivePart: [RunningMoments]
  var negativePart: [RunningMoments]
  var acceptCounts: [[Int]]
  // The EVPPI sample.
  var sampleValues: [[Double]]
  var sampleNPV: [[Double]]
  var sampleInputs: [[Double]]

  /// - Parameters:
  ///   - threads: worker threads (results do not depend on it).
  ///   - evppiDraws: how many of the first draws the EVPPI regressions use.
  package init(_ problem: DecisionProblem, threads: Int, evppiDraws: Int) {
    self.problem = problem
    self.threads = max(1, threads)
    evppiLimit = max(0, evppiDraws)
    var steps = problem.poolSteps
    if let index = steps.firstIndex(of: problem.pool) {
      mainStep = index
    } else {
      mainStep = steps.count
      steps.append(problem.pool)
    }
    self.steps = steps
    let costs = problem.candidates.map(\.grant)
    solvers = (0..<self.threads).map { _ in PoolSolver(costs: costs, capacities: steps) }
    let n = problem.candidates.count
    poolCounts = [[Int]](repeating: [Int](repeating: 0, count: n), count: steps.count)
    optimumSums = [Double](repeating: 0, count: steps.count)
    optimumSquares = optimumSums
    committedMask = problem.committed.reduce(0) { $0 | (1 << UInt64($1)) }
    candidateMoments = [RunningMoments](repeating: RunningMoments(), count: n)
    cross = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
    crossOptimum = [Double](repeating: 0, count: n)
    sumsShifted = [Double](repeating: 0, count: n)
    let s = problem.appraisals.count
    npvMoments = [RunningMoments](repeating: RunningMoments(), count: s)
    positivePart = npvMoments
    negativePart = npvMoments
    acceptCounts = [[Int]](repeating: [Int](repeating: 0, count: problem.valueGrid.count), count: s)
    sampleValues = [[Double]](repeating: [], count: n)
    sampleNPV = [[Double]](repeating: [], count: s)
    sampleInputs = [[Double]](repeating: [], count: problem.variables.count)
  }

  /// The solver's method, for the report.
  package var method: String {
    switch solvers.first?.method {
    case .enumeration: "enumeration"
    case .dynamicProgramme: "dynamic programme"
    case .branchAndBound, nil: "branch and bound"
    }
  }

  /// Adds one block of draws (call in block order).
  package func add(_ block: DecisionBlock) {
    let n = problem.candidates.count
    let count = block.count
    let width = steps.count
    let masks = SharedBuffer<UInt64>(count: count * width)
    let optima = SharedBuffer<Double>(count: count * width)
    let chunks = min(threads, max(1, count / 256))
    let solverBox = SharedBuffer(solvers)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      let start = count * chunk / chunks
      let end = count * (chunk + 1) / chunks
      var solver = solverBox[chunk]
      var values = [Double](repeating: 0, count: n)
      for j in start..<end {
        for i in 0..<n { values[i] = block.values[i][j] }
        values.withUnsafeBufferPointer { v in
          solver.solve(v, masks: masks.slice(j * width, width), optima: optima.slice(j * width, width))
        }
      }
      solverBox[chunk] = solver
    }
    solvers = solverBox.array
    for j in 0..<count {
      if draws == 0 {
        shift = (0..<n).map { block.values[$0][j] }
        shiftOptimum = optima[j * width + mainStep]
      }
      draws += 1
      for k in 0..<width {
        let mask = masks[j * width + k]
        var m = mask
        while m != 0 {
          let i = m.trailingZeroBitCount
          poolCounts[k][i] += 1
          m &= m - 1
        }
        let value = optima[j * width + k]
        optimumSums[k] += value
        optimumSquares[k] += value * value
      }
      let mask = masks[j * width + mainStep]
      let optimum = optima[j * width + mainStep]
      selectionCounts[mask, default: 0] += 1
      if mask == committedMask { committedOptimal += 1 }
      var committed = 0.0
      for i in problem.committed { committed += block.values[i][j] }
      committedValue.add(committed)
      loss.add(max(0, optimum - committed))
      let o = optimum - shiftOptimum
      optimumShifted += o
      optimumSquaresShifted += o * o
      for i in 0..<n {
        let v = block.values[i][j]
        candidateMoments[i].add(v)
        let d = v - shift[i]
        sumsShifted[i] += d
        crossOptimum[i] += o * d
        for k in i..<n { cross[i][k] += d * (block.values[k][j] - shift[k]) }
      }
      for (a, appraisal) in problem.appraisals.enumerated() {
        let npv = block.npv[a][j]
        npvMoments[a].add(npv)
        positivePart[a].add(max(npv, 0))
        negativePart[a].add(max(npv, 0) - npv)
        let slope = block.fte[a][j] * appraisal.effectWeight
        let intercept =
          -block.operatingCost[a][j] * appraisal.effectWeight - block.projectCost[a][j] * appraisal.projectWeight
        for (g, v) in problem.valueGrid.enumerated() where slope * v + intercept > 0 { acceptCounts[a][g] += 1 }
      }
    }
    let room = max(0, evppiLimit - (sampleValues.first?.count ?? sampleInputs.first?.count ?? 0))
    let take = min(room, count)
    if take > 0 {
      for i in 0..<n { sampleValues[i] += block.values[i].prefix(take) }
      for a in problem.appraisals.indices { sampleNPV[a] += block.npv[a].prefix(take) }
      for v in problem.variables.indices { sampleInputs[v] += block.inputs[v].prefix(take) }
    }
  }

  /// The estimates.
  package func finish(seed: UInt64) -> DecisionResult {
    let n = problem.candidates.count
    let total = draws
    let names = problem.candidates.map(\.id)
    func ids(_ mask: UInt64) -> [String] { (0..<n).filter { mask & (1 << UInt64($0)) != 0 }.map { names[$0] } }
    func grant(_ mask: UInt64) -> Int {
      (0..<n).filter { mask & (1 << UInt64($0)) != 0 }.reduce(0) { $0 + problem.candidates[$1].grant }
    }
    func mean(_ sum: Double, _ squares: Double) -> DecisionResult.Estimate {
      guard total > 0 else { return .init(0, 0) }
      let m = sum / Double(total)
      let variance = total > 1 ? max(0, (squares - sum * m) / Double(total - 1)) : 0
      return .init(m, (variance / Double(total)).squareRoot())
    }
    let candidates = problem.candidates.enumerated().map { i, c in
      DecisionResult.Candidate(
        id: c.id, title: c.title, grant: c.grant,
        inclusion: .proportion(poolCounts[mainStep][i], of: total), expectedFTE: candidateMoments[i].estimate)
    }
    let ranked = selectionCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    let selections = ranked.prefix(10).map {
      DecisionResult.Selection(
        solutions: ids($0.key), grant: grant($0.key), probability: .proportion($0.value, of: total))
    }
    let committed = DecisionResult.Committed(
      solutions: ids(committedMask), grant: grant(committedMask), expectedFTE: committedValue.estimate,
      probabilityOptimal: .proportion(committedOptimal, of: total), expectedLoss: loss.estimate)
    let curve = problem.poolSteps.indices.map { k in
      DecisionResult.PoolPoint(
        pool: steps[k], inclusion: (0..<n).map { .proportion(poolCounts[k][$0], of: total) },
        expectedOptimum: mean(optimumSums[k], optimumSquares[k]))
    }
    // The portfolio EVPI: E[optimum] − E[best portfolio on expected values].
    let means = candidateMoments.map(\.mean)
    var expectedSolver = PoolSolver(costs: problem.candidates.map(\.grant), capacities: [problem.pool])
    let bestOnMeans = expectedSolver.solve(means)[0].mask
    let members = (0..<n).filter { bestOnMeans & (1 << UInt64($0)) != 0 }
    var evpi: [DecisionResult.Information] = []
    if total > 0 {
      let t = Double(total)
      let meanO = optimumShifted / t
      var meanD = 0.0
      for i in members { meanD += sumsShifted[i] / t }
      var variance = optimumSquaresShifted / t - meanO * meanO
      for i in members {
        variance -= 2 * (crossOptimum[i] / t - meanO * sumsShifted[i] / t)
        for k in members {
          let (a, b) = i <= k ? (i, k) : (k, i)
          variance += cross[a][b] / t - (sumsShifted[a] / t) * (sumsShifted[b] / t)
        }
      }
      let value = max(0, (meanO + shiftOptimum) - (meanD + members.reduce(0) { $0 + shift[$1] }))
      let se = total > 1 ? (max(0, variance) * t / (t - 1) / t).squareRoot() : 0
      evpi.append(.init(decision: "portfolio", unit: "fte", value: .init(value, se)))
    } else {
      evpi.append(.init(decision: "portfolio", unit: "fte", value: .init(0, 0)))
    }
    var solutionEVPI: [Double] = []
    for (a, appraisal) in problem.appraisals.enumerated() {
      let fund = npvMoments[a].mean > 0
      let e = fund ? negativePart[a].estimate : positivePart[a].estimate
      solutionEVPI.append(e.value)
      evpi.append(.init(decision: appraisal.solution, unit: "kroner", value: e))
    }
    let acceptability = problem.appraisals.enumerated().map { a, appraisal in
      let points = problem.valueGrid.enumerated().map { g, v in
        (value: v, probability: DecisionResult.Estimate.proportion(acceptCounts[a][g], of: total))
      }
      return DecisionResult.Acceptability(
        solution: appraisal.solution, points: points, crossing: Self.crossing(points, draws: total))
    }
    let evppi = partialInformation(
      bestOnMeans: bestOnMeans, portfolioEVPI: evpi[0].value.value, solutionEVPI: solutionEVPI)
    return DecisionResult(
      scenario: problem.scenario, iterations: total, seed: seed, pool: problem.pool, candidates: candidates,
      selections: selections, distinctSelections: selectionCounts.count, committed: committed, poolCurve: curve,
      acceptability: acceptability, evpi: evpi, evppi: evppi,
      evppiDraws: sampleValues.first?.count ?? sampleInputs.first?.count ?? 0,
      method: method)
  }

  /// Where an increasing (or decreasing) curve crosses 50 %, by linear
  /// interpolation; its standard error is that of a median,
  /// √(0.25 ÷ N) ÷ the curve's slope there.
  static func crossing(_ points: [(value: Double, probability: DecisionResult.Estimate)], draws: Int) -> DecisionResult
    .Estimate?
  {
    for k in points.indices.dropLast() {
      let (v0, p0) = (points[k].value, points[k].probability.value)
      let (v1, p1) = (points[k + 1].value, points[k + 1].probability.value)
      guard (p0 - 0.5) * (p1 - 0.5) <= 0, p0 != p1 else { continue }
      let x = v0 + (0.5 - p0) / (p1 - p0) * (v1 - v0)
      let slope = abs(p1 - p0) / (v1 - v0)
      let se = draws > 0 ? (0.25 / Double(draws)).squareRoot() / slope : 0
      return .init(x, se)
    }
    return nil
  }

  /// The EVPPI of every input and group by the regression estimator.
  ///
  /// For a group S each candidate's årsværk and each solution's NPV is
  /// regressed on the draws of S (``RegressionSmoother``); the portfolio's
  /// EVPPI is the mean over draws of (the optimum on the fitted values − the
  /// fitted value of the portfolio best on expected values), each solution's
  /// is the mean of max(fitted NPV, 0) − the fitted NPV of the decision on
  /// the expected NPV. Each per-draw term is ≥ 0, so the estimate is; it is
  /// capped at the EVPI. The standard error is that of the mean of the terms.
  func partialInformation(bestOnMeans: UInt64, portfolioEVPI: Double, solutionEVPI: [Double]) -> [DecisionResult
    .PartialInformation]
  {
    let m = sampleValues.first?.count ?? sampleInputs.first?.count ?? 0
    guard m > 1 else { return [] }
    let groups: [(name: String, members: [Int], isGroup: Bool)] =
      problem.variables.indices.map { (problem.variables[$0], [$0], false) }
      + problem.groups.filter { !$0.members.isEmpty }.map { ($0.name, $0.members, true) }
    let n = problem.candidates.count
    let fundOnMeans = sampleNPV.map { column in column.reduce(0, +) > 0 }
    let results = SharedBuffer([DecisionResult.PartialInformation?](repeating: nil, count: groups.count))
    let costs = problem.candidates.map(\.grant)
    let pool = problem.pool
    DispatchQueue.concurrentPerform(iterations: min(threads, groups.count)) { worker in
      var solver = PoolSolver(costs: costs, capacities: [pool])
      var g = worker
      while g < groups.count {
        let group = groups[g]
        let xs = group.members.map { sampleInputs[$0] }
        let fitted = (0..<n).map { RegressionSmoother.fit(inputs: xs, y: sampleValues[$0]) }
        var terms = RunningMoments()
        var values = [Double](repeating: 0, count: n)
        for j in 0..<m {
          var chosen = 0.0
          for i in 0..<n {
            values[i] = fitted[i][j]
            if bestOnMeans & (1 << UInt64(i)) != 0 { chosen += values[i] }
          }
          let optimum = solver.solve(values)[0].value
          terms.add(max(0, optimum - chosen))
        }
        var portfolio = terms.estimate
        portfolio.value = min(portfolio.value, portfolioEVPI)
        var perSolution: [(solution: String, value: DecisionResult.Estimate)] = []
        for (a, appraisal) in problem.appraisals.enumerated() {
          let smooth = RegressionSmoother.fit(inputs: xs, y: sampleNPV[a])
          var t = RunningMoments()
          for v in smooth { t.add(max(v, 0) - (fundOnMeans[a] ? v : 0)) }
          var e = t.estimate
          e.value = max(0, min(e.value, solutionEVPI[a]))
          perSolution.append((appraisal.solution, e))
        }
        results[g] = .init(
          key: group.name, isGroup: group.isGroup, members: group.members.map { problem.variables[$0] },
          portfolio: portfolio, solutions: perSolution)
        g += threads
      }
    }
    return results.array.compactMap { $0 }
  }
}

/// Mean and variance by Welford's method, with the standard error of the mean.
struct RunningMoments: Sendable {
  var count = 0
  var mean = 0.0
  var m2 = 0.0

  mutating func add(_ x: Double) {
    count += 1
    let delta = x - mean
    mean += delta / Double(count)
    m2 += delta * (x - mean)
  }

  var estimate: DecisionResult.Estimate {
    guard count > 1 else { return .init(mean, 0) }
    return .init(mean, (max(0, m2 / Double(count - 1)) / Double(count)).squareRoot())
  }
}

/// A fixed-size buffer that threads write at disjoint indices.
final class SharedBuffer<Element>: @unchecked Sendable {
  let pointer: UnsafeMutablePointer<Element>
  let count: Int

  init(count: Int) where Element: Numeric {
    self.count = count
    pointer = .allocate(capacity: max(1, count))
    pointer.initialize(repeating: 0, count: count)
  }

  init(_ items: [Element]) {
    count = items.count
    pointer = .allocate(capacity: max(1, count))
    pointer.initialize(from: items, count: count)
  }

  deinit {
    pointer.deinitialize(count: count)
    pointer.deallocate()
  }

  subscript(index: Int) -> Element {
    get {
      precondition(index >= 0 && index < count)
      return pointer[index]
    }
    set {
      precondition(index >= 0 && index < count)
      pointer[index] = newValue
    }
  }

  var array: [Element] { Array(UnsafeBufferPointer(start: pointer, count: count)) }

  func slice(_ start: Int, _ length: Int) -> UnsafeMutableBufferPointer<Element> {
    precondition(start >= 0 && start + length <= count)
    return UnsafeMutableBufferPointer(start: pointer + start, count: length)
  }
}
