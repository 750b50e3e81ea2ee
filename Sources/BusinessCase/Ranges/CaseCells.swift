import WorkforceModel

/// The numbers one solution's business case computes at one point of its
/// inputs, laid out as a flat vector so that ranges can be taken cell by cell
/// and portfolio figures are sums of solutions' cells.
///
/// Layout for a horizon of `H` years: six yearly rows of `H` cells each, then
/// the nominal totals and the scalar results of ``Scalar``.
struct CaseCells: Sendable {
  /// The yearly rows.
  enum Row: Int, CaseIterable, Sendable {
    case projectCost, operatingCost, fte, value, net
    /// Σ_{k ≤ t} d_k · net_k: the running present value, for the payback year.
    case cumulativePresentValue
  }

  /// The single numbers after the rows.
  enum Scalar: Int, CaseIterable, Sendable {
    /// Nominal sums over the horizon.
    case totalProjectCost, totalOperatingCost, totalFTE, totalValue, totalNet
    /// The model's figures at full effect.
    case fullFTE, projectCost, operatingCost
    /// Freed årsværk once the ramp-up has ended (full effect × last ramp-up share).
    case steadyFTE
    case valuePerFTE
    case npv
    /// Present values of the value of freed capacity, of all costs, and of the freed årsværk-years.
    case presentBenefits, presentCosts, presentFTEYears
    /// The risk adjustment, each as a present value: the effect of the
    /// duration uplift, the project-cost uplift, the risk pool; and the sum with the NPV.
    case delay, optimismCost, riskPool, riskAdjustedNPV
    /// Σ probability × consequence, nominal.
    case riskPoolNominal
  }

  let horizon: Int

  var count: Int { Row.allCases.count * horizon + Scalar.allCases.count }

  func index(_ row: Row, year: Int) -> Int { row.rawValue * horizon + year }
  func index(_ scalar: Scalar) -> Int { Row.allCases.count * horizon + scalar.rawValue }

  /// Fills `cells` with solution figures at one point.
  ///
  /// - Complexity: O(horizon).
  func fill(
    _ cells: inout [Double], figures f: BusinessCaseSettings.PointFigures, plan: BusinessCaseSettings.Plan,
    discountFactors d: [Double]
  ) {
    if cells.count != count { cells = [Double](repeating: 0, count: count) }
    var totals = (project: 0.0, operating: 0.0, fte: 0.0, value: 0.0)
    var present = (benefits: 0.0, costs: 0.0, fteYears: 0.0, net: 0.0)
    for t in 0..<horizon {
      let effect = plan.effect(year: t)
      let project = f.projectCost * plan.projectShare(year: t)
      let operating = f.operatingCost * effect
      let fte = f.fte * effect
      let value = fte * f.valuePerFTE
      let net = value - project - operating
      cells[index(.projectCost, year: t)] = project
      cells[index(.operatingCost, year: t)] = operating
      cells[index(.fte, year: t)] = fte
      cells[index(.value, year: t)] = value
      cells[index(.net, year: t)] = net
      present.net += d[t] * net
      cells[index(.cumulativePresentValue, year: t)] = present.net
      totals.project += project
      totals.operating += operating
      totals.fte += fte
      totals.value += value
      present.benefits += d[t] * value
      present.costs += d[t] * (project + operating)
      present.fteYears += d[t] * fte
    }
    let values = BusinessCaseSettings.presentValues(f, plan: plan, discountFactors: d)
    cells[index(.totalProjectCost)] = totals.project
    cells[index(.totalOperatingCost)] = totals.operating
    cells[index(.totalFTE)] = totals.fte
    cells[index(.totalValue)] = totals.value
    cells[index(.totalNet)] = totals.value - totals.project - totals.operating
    cells[index(.fullFTE)] = f.fte
    cells[index(.projectCost)] = f.projectCost
    cells[index(.operatingCost)] = f.operatingCost
    cells[index(.steadyFTE)] = f.fte * (plan.rampUp.value.last ?? 1)
    cells[index(.valuePerFTE)] = f.valuePerFTE
    cells[index(.npv)] = values.npv
    cells[index(.presentBenefits)] = present.benefits
    cells[index(.presentCosts)] = present.costs
    cells[index(.presentFTEYears)] = present.fteYears
    cells[index(.delay)] = values.delay
    cells[index(.optimismCost)] = values.optimismCost
    cells[index(.riskPool)] = values.riskPool
    cells[index(.riskAdjustedNPV)] = values.riskAdjusted
    cells[index(.riskPoolNominal)] = f.riskPool
  }
}

/// Turns a point (one value per ``CaseVariable``) into a solution's figures.
struct PointEvaluator: Sendable {
  let scenario: Scenario
  let inputs: CaseInputs

  func value(_ slot: CaseSlot, _ point: [Double]) -> Double {
    switch slot {
    case .constant(let value): value
    case .variable(let v): point[v]
    }
  }

  /// Solution `s`'s figures with every variable at `point`.
  func figures(_ s: Int, _ point: [Double]) -> BusinessCaseSettings.PointFigures {
    let slots = inputs.slots[s]
    let outputs = scenario.solutions[s].model.evaluate(slots.arguments.map { Interval(constant: value($0, point)) })
    return figures(
      s, fte: outputs.fte.low, projectCost: outputs.projectCost.low, operatingCost: outputs.operatingCost.low, point)
  }

  /// Solution `s`'s figures from given model figures and the business-case
  /// variables at `point`.
  func figures(
    _ s: Int, fte: Double, projectCost: Double, operatingCost: Double, _ point: [Double]
  ) -> BusinessCaseSettings.PointFigures {
    let slots = inputs.slots[s]
    var valuePerFTE = 0.0
    for part in slots.values { valuePerFTE += part.share * value(part.slot, point) }
    var pool = 0.0
    for risk in slots.risks { pool += value(risk.probability, point) * value(risk.consequence, point) }
    return .init(
      fte: fte, projectCost: projectCost, operatingCost: operatingCost, valuePerFTE: valuePerFTE,
      projectUplift: value(slots.projectUplift, point), durationUplift: value(slots.durationUplift, point),
      riskPool: pool)
  }
}
