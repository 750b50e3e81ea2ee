import WorkforceModel

/// The list of tables and the application table (grant, own contribution, årsværk per solution).
extension GrantReport {
  /// Every table, in the order of the document.
  package func tables() -> [ReportTable] {
    var tables = [applicationTable(), regionsTable(grant: true), regionsTable(grant: false), portfolioTable()]
    if let report = businessCase {
      tables.append(report.summaryTable())
      if let risk = report.riskTable() { tables.append(risk) }
      tables.append(report.yearlyTable(report.analysis.portfolio))
      tables += report.analysis.solutions.map(report.yearlyTable)
      tables.append(report.switchingTable())
    }
    tables.append(assumptionsTable())
    if let report = businessCase { tables.append(report.inputsTable()) }
    return tables
  }

  /// Per solution: budget, grant, own contribution, freed årsværk, share of the goal.
  package func applicationTable() -> ReportTable {
    var columns: [ReportTable.Column] = [
      .init(language.pick("Løsning", "Solution"), .left), .init(language.pick("Ansøger", "Applicant"), .left),
      .init(language.pick("Projektbudget, kr.", "Project budget, DKK")),
      .init(language.pick("Tilskud, kr.", "Grant, DKK")),
      .init(language.pick("Egenfinansiering, kr.", "Own contribution, DKK")),
      .init(language.pick("Frigjorte årsværk pr. år", "Freed FTE per year"), range: true),
      .init(language.pick("Andel af målet om \(goalText) årsværk", "Share of the \(goalText) FTE goal"), range: true),
      .init(language.pick("Årsværk pr. mio. kr. tilskud", "FTE per m DKK of grant"), range: true),
    ]
    let hasBusinessCase = analysis != nil
    if hasBusinessCase {
      columns.append(
        .init(
          language.pick("Nutidsværdi, mio. kr.", "NPV, m DKK"), range: true,
          machine: language.pick("Nutidsværdi, kr.", "NPV, DKK")))
    }
    var table = ReportTable(
      id: "grant", sheet: language.pick("Ansøgning", "Application"),
      title: language.pick(
        "Ansøgte løsninger: tilskud, egenfinansiering og frigjorte årsværk",
        "Solutions applied for: grant, own contribution and freed FTE"),
      columns: columns)
    for line in application.lines {
      var row: [ReportTable.Cell] = [
        .text(name(line)), .text(line.lead ?? "–"), .number(Double(line.budget), .kroner),
        .number(Double(line.grant), .kroner), .number(Double(line.ownContribution), .kroner), .range(line.fte, .fte),
        .range(line.goalShare, .percent(decimals: 2)), .optional(line.ftePerMillionGrant, .decimal(1)),
      ]
      if hasBusinessCase { row.append(.optional(line.npv, .millions)) }
      table.append(row)
    }
    let fte = application.totalFTE
    let million = Double(application.totalGrant) / 1e6
    var total: [ReportTable.Cell] = [
      .text(language.pick("I alt", "Total")), .empty, .number(Double(application.totalBudget), .kroner),
      .number(Double(application.totalGrant), .kroner), .number(Double(application.totalOwnContribution), .kroner),
      .range(fte, .fte),
      .range(Interval(fte.low / application.goal, fte.high / application.goal), .percent(decimals: 2)),
      million > 0 ? .range(Interval(fte.low / million, fte.high / million), .decimal(1)) : .empty,
    ]
    if hasBusinessCase {
      let allSolutions = Set(application.lines.map(\.solution)) == Set(scenario.solutions.map(\.id))
      total.append(allSolutions ? .optional(analysis?.portfolio.npv, .millions) : .empty)
    }
    table.append(total)
    let style = NumberStyle(language)
    let co = style.percent(application.coFinancing, maximum: 1)
    table.notes = [
      language.pick(
        "Projektbudget: \(GrantReport.basisText(settings.basis, language)). Egenfinansiering \(co) af budgettet (\(source(settings.coFinancing))); tilskud = budget − egenfinansiering, rundet ned til hele kroner, så de to giver budgettet præcist.",
        "Project budget: \(GrantReport.basisText(settings.basis, language)). Own contribution \(co) of the budget (\(source(settings.coFinancing))); grant = budget − own contribution, rounded down to whole kroner, so the two add up to the budget exactly."
      ),
      language.pick(
        analysis == nil
          ? "Frigjorte årsværk pr. år ved fuld effekt (modellens tal); mål: \(goalText) årsværk (\(source(settings.goalFTE)))."
          : "Frigjorte årsværk pr. år, når indfasningen er slut (modellens årsværk × den sidste andel i ramp_up); mål: \(goalText) årsværk (\(source(settings.goalFTE))).",
        analysis == nil
          ? "Freed FTE per year at full effect (the model's figure); goal: \(goalText) FTE (\(source(settings.goalFTE)))."
          : "Freed FTE per year once the ramp-up is over (the model's FTE × the last share of ramp_up); goal: \(goalText) FTE (\(source(settings.goalFTE)))."
      ),
    ]
    for line in application.lines {
      guard let budget = line.applicantBudget else { continue }
      table.notes.append(
        "\(line.solution): " + language.pick("ansøgerens eget budget", "the applicant's own budget")
          + (budget.source.map { " (\(Self.clause($0)))" } ?? "") + ".")
    }
    return table
  }

  static func basisText(_ basis: GrantSettings.Basis, _ language: Language) -> String {
    switch basis {
    case .prudent:
      language.pick(
        "den høje ende af projektomkostningen, og årsværk i den lave ende (forsigtigt grundlag)",
        "the high end of the project cost, with FTE at the low end (prudent basis)")
    case .central:
      language.pick(
        "midten af projektomkostningens interval (centralt grundlag)",
        "the midpoint of the project cost range (central basis)")
    case .optimistic:
      language.pick(
        "den lave ende af projektomkostningen, og årsværk i den høje ende (optimistisk grundlag)",
        "the low end of the project cost, with FTE at the high end (optimistic basis)")
    }
  }

  /// The input's source without a final full stop (it is quoted inside sentences).
  func source(_ input: ScenarioInput) -> String {
    Self.clause(input.source ?? language.pick("ingen kilde angivet", "no source given"))
  }

  static func clause(_ text: String) -> String {
    var text = text
    while text.last == "." || text.last == " " { text.removeLast() }
    return text
  }
}
