import BusinessCase

/// The application as JSON.
extension GrantReport {
  /// The documented shape (README.md, "JSON shape of workforce grant"): `{"scenario", "title", "file",
  /// "grant": {…}, "business_case": {…} or null, "assumptions": […]}`.
  package func json() -> JSONValue {
    let regions = application.regions
    func byRegion(_ parts: [Int]) -> JSONValue {
      .object(zip(regions, parts).map { ($0, .number(Double($1))) })
    }
    func lineJSON(_ line: GrantApplication.Line) -> JSONValue {
      .object([
        ("solution", .string(line.solution)), ("title", .optional(line.title)), ("lead", .optional(line.lead)),
        ("project_cost", .range(line.projectCost.low, line.projectCost.high)), ("budget", .number(Double(line.budget))),
        ("budget_basis", .string(line.budgetBasis)), ("grant", .number(Double(line.grant))),
        ("own_contribution", .number(Double(line.ownContribution))), ("grant_by_region", byRegion(line.grantByRegion)),
        ("own_by_region", byRegion(line.ownByRegion)), ("fte", .range(line.fte.low, line.fte.high)),
        ("fte_basis", .number(line.fteBasis)), ("goal_share", .range(line.goalShare.low, line.goalShare.high)),
        ("fte_per_million_grant", BusinessCaseReport.json(line.ftePerMillionGrant)),
        ("npv", BusinessCaseReport.json(line.npv)),
        ("funding", .string(line.funding.kind.rawValue)), ("funding_source", .optional(line.funding.source)),
        ("last_project_year", line.lastSpendingYear.map { .number(Double($0)) } ?? .null),
        ("spending_after_period", line.spendingAfterPeriod.map { .number(Double($0)) } ?? .null),
        ("it_council_risk_assessment", .bool(line.overITCouncilLimit)),
      ])
    }
    let lines = application.lines.map(lineJSON)
    func selectionJSON(_ selection: PortfolioOptimizer.Selection, _ amount: Int) -> JSONValue {
      .object([
        ("available_pool", .number(Double(amount))),
        ("solutions", .array(selection.indices.map { .string(application.lines[$0].solution) })),
        ("grant", .number(Double(selection.cost))), ("fte_basis", .number(selection.value)),
      ])
    }
    let fte = application.totalFTE
    let grant: JSONValue = .object([
      ("pool", .number(Double(application.pool))), ("co_financing", .number(application.coFinancing)),
      ("goal_fte", .number(application.goal)), ("period", .optional(settings.period)),
      ("basis", .string(settings.basis.rawValue)),
      ("period_years", settings.periodYears.map { .range(Double($0.lowerBound), Double($0.upperBound)) } ?? .null),
      (
        "regions_share",
        settings.regionsShare.map {
          let range = $0.quantity.deterministicRange
          return .range(range.low, range.high)
        } ?? .null
      ),
      ("available_pool", .number(Double(application.available))),
      ("it_council_limit", .number(settings.itCouncilLimit.quantity.central)),
      (
        "regions",
        .array(
          settings.regionalKey.map { region in
            .object([
              ("name", .string(region.name)), ("weight", .number(region.weight)),
              ("share", .number(settings.totalWeight > 0 ? region.weight / settings.totalWeight : 0)),
            ])
          })
      ),
      ("applications", .array(lines)),
      ("funded_elsewhere", .array(application.elsewhere.map(lineJSON))),
      (
        "total",
        .object([
          ("budget", .number(Double(application.totalBudget))), ("grant", .number(Double(application.totalGrant))),
          ("own_contribution", .number(Double(application.totalOwnContribution))),
          ("grant_by_region", byRegion(application.totalGrantByRegion)),
          ("own_by_region", byRegion(application.totalOwnByRegion)), ("fte", .range(fte.low, fte.high)),
          ("fte_all_solutions", .range(application.allFTE.low, application.allFTE.high)),
        ])
      ),
      (
        "portfolio",
        .object([
          ("solutions", .array(application.selectedLines.map { .string($0.solution) })),
          ("grant", .number(Double(application.selection.cost))), ("fte_basis", .number(application.selection.value)),
          ("fte", .range(application.selectedFTE.low, application.selectedFTE.high)),
          ("remaining_pool", .number(Double(application.remainingPool))),
          (
            "at_regions_share_ends",
            application.selectionAtEnds.map { ends in
              .object([
                ("low", selectionJSON(ends.low, application.availableRange?.low ?? 0)),
                ("high", selectionJSON(ends.high, application.availableRange?.high ?? 0)),
              ])
            } ?? .null
          ),
        ])
      ),
    ])
    let assumptions: [JSONValue] = assumptionsTable().rows.map { row in
      let texts = row.map { cell -> String in
        if case .text(let text) = cell { return text }
        return ""
      }
      return .object([
        ("assumption", .string(texts.first ?? "")), ("value", .string(texts.count > 1 ? texts[1] : "")),
        ("source", .string(texts.count > 2 ? texts[2] : "")),
      ])
    }
    return .object(
      [
        ("scenario", .string(scenario.id)), ("title", .optional(scenario.title)), ("file", .string(scenario.file)),
        ("grant", grant), ("business_case", businessCase?.json() ?? .null), ("assumptions", .array(assumptions)),
      ] + OmittedSolutions.jsonMembers(scenario))
  }
}
