import WorkforceModel

/// The business case of a scenario: for each solution and for the portfolio
/// of all of them, yearly flows, net present value, payback year, benefit/cost
/// ratio, cost per freed årsværk, the risk adjustment and switching values.
///
/// Pure: it reads the scenario's `business_case:` settings and models and
/// computes; nothing is rounded.
///
/// ```swift
/// let scenario = try ScenarioLoader().load("Scenarios/portfolio.yaml")
/// if let analysis = BusinessCaseAnalysis(scenario) {
///   print(analysis.portfolio.npv)            // exact range, kroner
///   print(analysis.solution("rpa")?.payback)  // calendar years
/// }
/// ```
package struct BusinessCaseAnalysis: Sendable {
  package let scenario: Scenario
  package let settings: BusinessCaseSettings
  /// One result per solution with a plan, in scenario order.
  package let solutions: [CaseResult]
  /// The sum of all solutions.
  package let portfolio: CaseResult
  /// Per solution, then for the portfolio (`scope == "total"`).
  package let switchingValues: [SwitchingValue]

  let inputs: CaseInputs
  let search: VertexSearch

  /// - Returns: `nil` when the scenario has no `business_case:` block.
  package init?(_ scenario: Scenario) {
    guard let settings = scenario.businessCase else { return nil }
    self.init(scenario, settings: settings)
  }

  /// The business case of `scenario` under `settings`.
  package init(_ scenario: Scenario, settings: BusinessCaseSettings) {
    self.scenario = scenario
    self.settings = settings
    let inputs = CaseInputs(scenario, settings: settings)
    let search = VertexSearch(scenario: scenario, settings: settings, inputs: inputs)
    self.inputs = inputs
    self.search = search
    let evaluator = PointEvaluator(scenario: scenario, inputs: inputs)
    let layout = search.layout
    let d = settings.discountFactors
    let central = inputs.centralPoint
    var centralCells: [[Double]] = []
    for block in search.blocks {
      var cells: [Double] = []
      layout.fill(&cells, figures: evaluator.figures(block.solution, central), plan: block.plan, discountFactors: d)
      centralCells.append(cells)
    }
    let hasRisk = inputs.isRiskAdjusted
    func result(_ chosen: [Int], id: String, title: String?) -> CaseResult {
      Self.result(
        chosen, id: id, title: title, search: search, centralCells: chosen.map { centralCells[$0] },
        settings: settings, hasRisk: hasRisk)
    }
    var solutions: [CaseResult] = []
    for (b, block) in search.blocks.enumerated() {
      let solution = scenario.solutions[block.solution]
      solutions.append(result([b], id: solution.id, title: solution.title))
    }
    var portfolio = result(Array(search.blocks.indices), id: Solution.totalID, title: nil)
    portfolio.valuePerFTE = nil
    self.solutions = solutions
    self.portfolio = portfolio
    switchingValues = SwitchingSearch(scenario: scenario, settings: settings, inputs: inputs, blocks: search.blocks)
      .all()
  }

  /// The result of solution `id`.
  package func solution(_ id: String) -> CaseResult? { solutions.first { $0.id == id } }

  /// True when every range is exact (see ``CaseResult/isExact``).
  package var isExact: Bool { search.isExact }

  // MARK: - Assembling a result

  static func result(
    _ chosen: [Int], id: String, title: String?, search: VertexSearch, centralCells: [[Double]],
    settings: BusinessCaseSettings, hasRisk: Bool
  ) -> CaseResult {
    let layout = search.layout
    func range(_ cell: Int) -> Interval { search.range(cell, blocks: chosen) }
    func scalar(_ s: CaseCells.Scalar) -> Interval { range(layout.index(s)) }
    func centralValue(_ cell: Int) -> Double { centralCells.reduce(0) { $0 + $1[cell] } }
    let d = settings.discountFactors
    let start = settings.startYear.value
    var years: [CaseResult.Year] = []
    var earliest: Int?
    var latest: Int?
    var centralPayback: Int?
    for t in 0..<layout.horizon {
      let cumulative = range(layout.index(.cumulativePresentValue, year: t))
      if earliest == nil, cumulative.high >= 0 { earliest = start + t }
      if latest == nil, cumulative.low >= 0 { latest = start + t }
      if centralPayback == nil, centralValue(layout.index(.cumulativePresentValue, year: t)) >= 0 {
        centralPayback = start + t
      }
      years.append(
        .init(
          year: start + t, offset: t, discountFactor: d[t], projectCost: range(layout.index(.projectCost, year: t)),
          operatingCost: range(layout.index(.operatingCost, year: t)), fte: range(layout.index(.fte, year: t)),
          value: range(layout.index(.value, year: t)), net: range(layout.index(.net, year: t)),
          cumulativePresentValue: cumulative))
    }
    let bcr = search.ratio(chosen, numerator: { $0.benefits }, denominator: { $0.costs })
    let costPerFTE = search.ratio(chosen, numerator: { $0.costs }, denominator: { $0.fteYears })
    let centralCosts = centralValue(layout.index(.presentCosts))
    let centralFTEYears = centralValue(layout.index(.presentFTEYears))
    let risk: CaseResult.RiskAdjustment? =
      hasRisk
      ? .init(
        delay: scalar(.delay), optimismCost: scalar(.optimismCost), riskPool: scalar(.riskPool),
        riskPoolNominal: scalar(.riskPoolNominal), riskAdjustedNPV: scalar(.riskAdjustedNPV))
      : nil
    return CaseResult(
      id: id, title: title, years: years,
      totals: .init(
        projectCost: scalar(.totalProjectCost), operatingCost: scalar(.totalOperatingCost), fte: scalar(.totalFTE),
        value: scalar(.totalValue), net: scalar(.totalNet)),
      fullFTE: scalar(.fullFTE), steadyFTE: scalar(.steadyFTE), projectCost: scalar(.projectCost),
      operatingCost: scalar(.operatingCost), valuePerFTE: scalar(.valuePerFTE), npv: scalar(.npv),
      presentBenefits: scalar(.presentBenefits), presentCosts: scalar(.presentCosts), benefitCostRatio: bcr,
      costPerFTEYear: costPerFTE, payback: .init(earliest: earliest, latest: latest), risk: risk,
      central: .init(
        years: (0..<layout.horizon).map { t in
          .init(
            year: start + t, projectCost: centralValue(layout.index(.projectCost, year: t)),
            operatingCost: centralValue(layout.index(.operatingCost, year: t)),
            fte: centralValue(layout.index(.fte, year: t)),
            value: centralValue(layout.index(.value, year: t)), net: centralValue(layout.index(.net, year: t)),
            cumulativePresentValue: centralValue(layout.index(.cumulativePresentValue, year: t)))
        },
        npv: centralValue(layout.index(.npv)), riskAdjustedNPV: centralValue(layout.index(.riskAdjustedNPV)),
        benefitCostRatio: centralCosts > 0 ? centralValue(layout.index(.presentBenefits)) / centralCosts : nil,
        costPerFTEYear: centralFTEYears > 0 ? centralCosts / centralFTEYears : nil, paybackYear: centralPayback,
        steadyFTE: centralValue(layout.index(.steadyFTE))),
      isExact: chosen.allSatisfy { search.blocks[$0].collapsed == nil })
  }
}
