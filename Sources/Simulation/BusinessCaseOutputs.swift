import BusinessCase
import WorkforceModel

/// The business-case outputs of a Monte Carlo run: for a scenario with a
/// `business_case:` block, `<solution>.npv` and `total.npv`, and with an
/// optimism bias or risks also `<solution>.npv_risk_adjusted` and
/// `total.npv_risk_adjusted`.
///
/// Each is computed from the block's columns of freed årsværk, project cost
/// and operating cost by the one business-case formula
/// (``BusinessCaseSettings/presentValues(_:plan:discountFactors:)``), so the
/// same seed gives the same numbers whatever the thread count. Uncertain
/// business-case quantities (a value per årsværk written as a range, the
/// optimism-bias uplifts, a risk's probability or consequence) are sampled as
/// variables of their own, appended after the model inputs so that the draws
/// of every model input stay exactly as without a business case.
struct BusinessCaseOutputs: Sendable {
  /// Where one business-case number comes from.
  enum Source: Sendable {
    case constant(Double)
    case variable(Int)
  }

  struct Entry: Sendable {
    var plan: BusinessCaseSettings.Plan
    var values: [(share: Double, source: Source)]
    var projectUplift: Source
    var durationUplift: Source
    var risks: [(probability: Source, consequence: Source)]
    /// The variables this solution's business quantities use.
    var variables: [Int]
  }

  let discountFactors: [Double]
  /// One entry per solution of the scenario (`nil` when it has no plan).
  let entries: [Entry?]
  let riskAdjusted: Bool
  /// The variables to append to the plan's.
  let variables: [InputVariable]
  /// Output keys in order: per solution `npv` (and `npv_risk_adjusted`), then the totals.
  let keys: [String]

  /// - Parameters:
  ///   - binding: the scenario's binding of inputs to business-case quantities.
  ///   - firstVariable: the index the first appended variable will have.
  init?(_ scenario: Scenario, binding: CaseBinding, firstVariable: Int) {
    guard let settings = scenario.businessCase else { return nil }
    discountFactors = settings.discountFactors
    riskAdjusted = binding.isRiskAdjusted
    var variables: [InputVariable] = []
    var index: [CaseVariableKey: Int] = [:]
    func source(_ term: CaseBinding.Term, _ used: inout [Int]) -> Source {
      // A number, or a distribution of zero width, is a constant (as for model inputs).
      let range = term.input.quantity.deterministicRange
      if range.isPoint { return .constant(range.low) }
      if let existing = index[term.key] {
        used.append(existing)
        return .variable(existing)
      }
      let v = firstVariable + variables.count
      index[term.key] = v
      variables.append(
        InputVariable(
          key: term.key, quantity: term.input.quantity, spec: term.spec, ranges: scenario.simulation.ranges))
      used.append(v)
      return .variable(v)
    }
    var entries: [Entry?] = []
    var keys: [String] = []
    for (solution, terms) in zip(scenario.solutions, binding.solutions) {
      guard let plan = terms.plan else {
        entries.append(nil)
        continue
      }
      var used: [Int] = []
      let values = terms.values.map { ($0.share, source($0.term, &used)) }
      let projectUplift = binding.projectUplift.map { source($0, &used) } ?? .constant(0)
      let durationUplift = binding.durationUplift.map { source($0, &used) } ?? .constant(0)
      let risks = terms.risks.map { (source($0.probability, &used), source($0.consequence, &used)) }
      entries.append(
        Entry(
          plan: plan, values: values, projectUplift: projectUplift, durationUplift: durationUplift, risks: risks,
          variables: used))
      keys.append("\(solution.id).npv")
      if riskAdjusted { keys.append("\(solution.id).npv_risk_adjusted") }
    }
    guard !keys.isEmpty else { return nil }
    keys.append("\(Solution.totalID).npv")
    if riskAdjusted { keys.append("\(Solution.totalID).npv_risk_adjusted") }
    self.entries = entries
    self.variables = variables
    self.keys = keys
  }

  /// For each output, the variables it depends on: the model inputs of its
  /// solution (`modelDependencies[s]`) and the business-case variables.
  func dependencies(modelDependencies: [[Int]]) -> [[Int]] {
    var result: [[Int]] = []
    var all = Set<Int>()
    for (s, entry) in entries.enumerated() {
      guard let entry else { continue }
      let used = Array(Set(modelDependencies[s] + entry.variables)).sorted()
      all.formUnion(used)
      result.append(used)
      if riskAdjusted { result.append(used) }
    }
    result.append(all.sorted())
    if riskAdjusted { result.append(all.sorted()) }
    return result
  }

  /// The business-case figures of solution `s` at draw `i`.
  func figures(
    _ entry: Entry, fte: Double, projectCost: Double, operatingCost: Double, at i: Int, _ columns: [SampleColumn]
  ) -> BusinessCaseSettings.PointFigures {
    func value(_ source: Source) -> Double {
      switch source {
      case .constant(let value): value
      case .variable(let v): columns[v][i]
      }
    }
    var valuePerFTE = 0.0
    for part in entry.values { valuePerFTE += part.share * value(part.source) }
    var pool = 0.0
    for risk in entry.risks { pool += value(risk.probability) * value(risk.consequence) }
    return .init(
      fte: fte, projectCost: projectCost, operatingCost: operatingCost, valuePerFTE: valuePerFTE,
      projectUplift: value(entry.projectUplift), durationUplift: value(entry.durationUplift), riskPool: pool)
  }

  /// The outputs for one batch, in `keys` order.
  ///
  /// - Parameters:
  ///   - solutions: each solution's model outputs for the batch.
  ///   - columns: every variable's column (model inputs and these outputs' own).
  /// - Complexity: O(count × solutions × horizon) when the duration uplift is
  ///   uncertain, O(count × solutions) otherwise.
  func evaluate(_ solutions: [SolutionOutputs<SampleColumn>], columns: [SampleColumn], count: Int) -> [SampleColumn] {
    var result: [SampleColumn] = []
    var totals = [Double](repeating: 0, count: count)
    var riskTotals = [Double](repeating: 0, count: riskAdjusted ? count : 0)
    for (s, entry) in entries.enumerated() {
      guard let entry else { continue }
      let outputs = solutions[s]
      var npv = [Double](repeating: 0, count: count)
      var adjusted = [Double](repeating: 0, count: riskAdjusted ? count : 0)
      // The plan's present-value weights: once per batch, and once per draw
      // only when the duration uplift is itself uncertain.
      let base = entry.plan.weights(discountFactors: discountFactors)
      var fixedStretch: (effect: Double, project: Double)?
      if case .constant(let u) = entry.durationUplift {
        fixedStretch = u == 0 ? base : entry.plan.weights(discountFactors: discountFactors, stretch: u)
      }
      for i in 0..<count {
        let figures = figures(
          entry, fte: outputs.fte[i], projectCost: outputs.projectCost[i], operatingCost: outputs.operatingCost[i],
          at: i, columns)
        let stretched =
          fixedStretch ?? entry.plan.weights(discountFactors: discountFactors, stretch: figures.durationUplift)
        let values = BusinessCaseSettings.presentValues(figures, base: base, stretched: stretched)
        npv[i] = values.npv
        totals[i] += values.npv
        if riskAdjusted {
          adjusted[i] = values.riskAdjusted
          riskTotals[i] += values.riskAdjusted
        }
      }
      result.append(SampleColumn(samples: npv))
      if riskAdjusted { result.append(SampleColumn(samples: adjusted)) }
    }
    result.append(SampleColumn(samples: totals))
    if riskAdjusted { result.append(SampleColumn(samples: riskTotals)) }
    return result
  }

  /// Ranges that contain (nearly) every sample, to size the histograms: the
  /// NPV is monotone in each figure, so its extremes are at the corners of
  /// the figures' ranges; the risk-adjusted NPV is also scanned over the
  /// duration uplift and padded. Samples outside still count exactly (the
  /// histogram keeps them aside).
  func bounds(figureBounds: [SolutionOutputs<Interval>], variableRanges: [Interval]) -> [Interval] {
    func range(_ source: Source) -> Interval {
      switch source {
      case .constant(let value): Interval(constant: value)
      case .variable(let v): variableRanges[v]
      }
    }
    var result: [Interval] = []
    var total = Interval(constant: 0)
    var riskTotal = Interval(constant: 0)
    for (s, entry) in entries.enumerated() {
      guard let entry else { continue }
      let f = figureBounds[s]
      var value = Interval(constant: 0)
      for part in entry.values { value = value + Interval(constant: part.share) * range(part.source) }
      var pool = Interval(constant: 0)
      for risk in entry.risks { pool = pool + range(risk.probability) * range(risk.consequence) }
      let projectUplift = range(entry.projectUplift)
      let durationUplift = range(entry.durationUplift)
      var low = Double.infinity
      var high = -Double.infinity
      var riskLow = Double.infinity
      var riskHigh = -Double.infinity
      for step in 0...8 {
        let u = durationUplift.low + Double(step) / 8 * (durationUplift.high - durationUplift.low)
        let worst = BusinessCaseSettings.presentValues(
          .init(
            fte: f.fte.low, projectCost: f.projectCost.high, operatingCost: f.operatingCost.high,
            valuePerFTE: value.low,
            projectUplift: projectUplift.high, durationUplift: u, riskPool: pool.high),
          plan: entry.plan, discountFactors: discountFactors)
        let best = BusinessCaseSettings.presentValues(
          .init(
            fte: f.fte.high, projectCost: f.projectCost.low, operatingCost: f.operatingCost.low,
            valuePerFTE: value.high,
            projectUplift: projectUplift.low, durationUplift: u, riskPool: pool.low),
          plan: entry.plan, discountFactors: discountFactors)
        low = min(low, worst.npv, best.npv)
        high = max(high, worst.npv, best.npv)
        riskLow = min(riskLow, worst.riskAdjusted, best.riskAdjusted)
        riskHigh = max(riskHigh, worst.riskAdjusted, best.riskAdjusted)
      }
      let npv = Interval(low, high)
      let pad = 0.05 * (riskHigh - riskLow)
      let adjusted = Interval(riskLow - pad, riskHigh + pad)
      result.append(npv)
      total = total + npv
      if riskAdjusted {
        result.append(adjusted)
        riskTotal = riskTotal + adjusted
      }
    }
    result.append(total)
    if riskAdjusted { result.append(riskTotal) }
    // Histograms need finite bounds; a sample beyond them is still counted exactly.
    let limit = Double.greatestFiniteMagnitude / 4
    func clamp(_ x: Double, _ fallback: Double) -> Double { x.isNaN ? fallback : min(max(x, -limit), limit) }
    return result.map { bound in
      let low = clamp(bound.low, -limit)
      return Interval(low, max(low, clamp(bound.high, limit)))
    }
  }
}
