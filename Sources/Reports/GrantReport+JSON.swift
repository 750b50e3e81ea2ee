/// The application as JSON.
extension GrantReport {
  /// The documented shape (README.md, "JSON shape of workforce grant"): `{"scenario", "title", "file",
  /// "grant": {…}, "business_case": {…} or null, "assumptions": […]}`.
  package func json() -> JSONValue {
    let regions = application.regions
    func byRegion(_ parts: [Int]) -> JSONValue {
      .object(zip(regions, parts).map { ($0, .number(Double($1))) })
    }
    let lines: [JSONValue] = application.lines.map { line in
      .object([
        ("solution", .string(line.solution)), ("title", .optional(line.title)), ("lead", .optional(line.lead)),
        ("project_cost", .range(line.projectCost.low, line.projectCost.high)), ("budget", .number(Double(line.budget))),
        ("budget_basis", .string(line.budgetBasis)), ("grant", .number(Double(line.grant))),
        ("own_contribution", .number(Double(line.ownContribution))), ("grant_by_region", byRegion(line.grantByRegion)),
        ("own_by_region", byRegion(line.ownByRegion)), ("fte", .range(line.fte.low, line.fte.high)),
        ("fte_basis", .number(line.fteBasis)), ("goal_share", .range(line.goalShare.low, line.goalShare.high)),
        ("fte_per_million_grant", BusinessCaseReport.json(line.ftePerMillionGrant)),
        ("npv", BusinessCaseReport.json(line.npv)),
      ])
    }
    let fte = application.totalFTE
    let grant: JSONValue = .object([
      ("pool", .number(Double(application.pool))), ("co_financing", .number(application.coFinancing)),
      ("goal_fte", .number(application.goal)), ("period", .optional(settings.period)),
      ("basis", .string(settings.basis.rawValue)),
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
      (
        "total",
        .object([
          ("budget", .number(Double(application.totalBudget))), ("grant", .number(Double(application.totalGrant))),
          ("own_contribution", .number(Double(application.totalOwnContribution))),
          ("grant_by_region", byRegion(application.totalGrantByRegion)),
          ("own_by_region", byRegion(application.totalOwnByRegion)), ("fte", .range(fte.low, fte.high)),
        ])
      ),
      (
        "portfolio",
        .object([
          ("solutions", .array(application.selectedLines.map { .string($0.solution) })),
          ("grant", .number(Double(application.selection.cost))), ("fte_basis", .number(application.selection.value)),
          ("fte", .range(application.selectedFTE.low, application.selectedFTE.high)),
          ("remaining_pool", .number(Double(application.remainingPool))),
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
    return .object([
      ("scenario", .string(scenario.id)), ("title", .optional(scenario.title)), ("file", .string(scenario.file)),
      ("grant", grant), ("business_case", businessCase?.json() ?? .null), ("assumptions", .array(assumptions)),
    ])
  }
}
