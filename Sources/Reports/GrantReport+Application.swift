import BusinessCase
import WorkforceModel

/// The list of tables and the application table (grant, own contribution, årsværk per solution).
extension GrantReport {
  /// Every table, in the order of the document.
  package func tables() -> [ReportTable] {
    var tables = [applicationTable()]
    if !application.elsewhere.isEmpty { tables.append(elsewhereTable()) }
    tables += [regionsTable(grant: true), regionsTable(grant: false), portfolioTable(), riskAssessmentTable()]
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
    let periodEnd = settings.periodYears?.upperBound
    let flagsAfter = hasBusinessCase && periodEnd != nil
    if flagsAfter, let periodEnd {
      columns.append(
        .init(language.pick("Projektudgift efter \(periodEnd), kr.", "Project spending after \(periodEnd), DKK")))
    }
    columns.append(.init(language.pick("Risikovurdering (It-rådet)", "Risk assessment (IT council)"), .left))
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
      if flagsAfter { row.append(.optional(line.spendingAfterPeriod.map(Double.init), .kroner)) }
      row.append(.text(councilFlag(line)))
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
      total.append(
        allSolutions && application.elsewhere.isEmpty ? .optional(analysis?.portfolio.npv, .millions) : .empty)
    }
    if flagsAfter {
      total.append(.number(Double(application.lines.reduce(0) { $0 + ($1.spendingAfterPeriod ?? 0) }), .kroner))
    }
    total.append(.empty)
    table.append(total)
    if !application.elsewhere.isEmpty {
      let all = application.allFTE
      var row: [ReportTable.Cell] = [
        .text(
          language.pick(
            "Alle løsninger, også finansieret uden for puljen", "All solutions, also those funded elsewhere")),
        .empty, .empty, .empty, .empty, .range(all, .fte),
        .range(Interval(all.low / application.goal, all.high / application.goal), .percent(decimals: 2)), .empty,
      ]
      if hasBusinessCase {
        let allSolutions = Set(application.allLines.map(\.solution)) == Set(scenario.solutions.map(\.id))
        row.append(allSolutions ? .optional(analysis?.portfolio.npv, .millions) : .empty)
      }
      if flagsAfter { row.append(.empty) }
      row.append(.empty)
      table.append(row)
    }
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
    table.notes.append(
      language.pick(
        "Antagelse (analytikerens, ingen kilde): budgettet er projektomkostningen (engangsudgiften) alene; driftsudgifter søges ikke. Giv en ansøgers eget 'budget:' under 'applicants:' for at ændre det.",
        "Assumption (the analyst's, no source): the budget is the one-off project cost only; operating costs are not applied for. An applicant's own 'budget:' under 'applicants:' replaces it."
      ))
    if !application.elsewhere.isEmpty {
      let names = application.elsewhere.map { "\(name($0)) (\(fundingText($0.funding.kind)))" }.joined(separator: "; ")
      table.notes.append(
        language.pick(
          "Søger ikke puljen, fordi de finansieres på anden vis: \(names). De tæller med i business casen og i årsværkene for alle løsninger (se Finansieret uden for puljen).",
          "Not applied for, because they are funded elsewhere: \(names). They count in the business case and in the FTE of all solutions (see Funded elsewhere)."
        ))
    }
    if flagsAfter, let periodEnd, let years = settings.periodYears {
      let late = application.allLines.filter { ($0.spendingAfterPeriod ?? 0) > 0 }
      let style = NumberStyle(language)
      let list = late.map { line in
        "\(name(line)) \(style.number(Double(line.spendingAfterPeriod ?? 0), decimals: 0)) "
          + language.pick(
            "kr. (sidste projektår \(line.lastSpendingYear ?? periodEnd))",
            "DKK (last project year \(line.lastSpendingYear ?? periodEnd))")
      }.joined(separator: "; ")
      let period = "\(years.lowerBound)–\(years.upperBound)"
      table.notes.append(
        late.isEmpty
          ? language.pick(
            "Puljen udbetales \(period); ingen løsning har projektudgifter efter \(periodEnd) (startår og projektudgiftens fordeling fra business casen).",
            "The pool pays out in \(period); no solution has project spending after \(periodEnd) (start year and the project cost's spread from the business case)."
          )
          : language.pick(
            "⚠ Puljen udbetales \(period) (\(Self.clause(GrantSettings.boardPaper))), men disse udrulninger har projektudgifter efter \(periodEnd): \(list). Udgiften efter \(periodEnd) = budget × projektudgiftens andele i årene efter (startår og fordeling fra business casen).",
            "⚠ The pool pays out in \(period) (\(Self.clause(GrantSettings.boardPaper))), but these roll-outs spend project money after \(periodEnd): \(list). Spending after \(periodEnd) = budget × the project cost's shares of the years after (start year and spread from the business case)."
          ))
    } else if settings.periodYears != nil {
      table.notes.append(
        language.pick(
          "Uden 'business_case:' kendes udrulningens år ikke, så projektudgifter efter puljeperioden kan ikke markeres.",
          "Without a 'business_case:' the roll-out's years are unknown, so project spending after the pool's period cannot be flagged."
        ))
    }
    let over = application.allLines.filter(\.overITCouncilLimit).map(name)
    let limitText = NumberStyle(language).number(settings.itCouncilLimit.quantity.central / 1e6, decimals: 0)
    table.notes.append(
      over.isEmpty
        ? language.pick(
          "Ingen løsning har et budget over It-rådets grænse på \(limitText) mio. kr. (\(source(settings.itCouncilLimit))).",
          "No solution has a budget over the IT council's limit of \(limitText) m DKK (\(source(settings.itCouncilLimit)))."
        )
        : language.pick(
          "⚠ Budget over \(limitText) mio. kr., så Regionernes It-råd skal risikovurdere projektet: \(over.joined(separator: ", ")) (\(source(settings.itCouncilLimit))).",
          "⚠ Budget over \(limitText) m DKK, so Regionernes It-råd must risk-assess the project: \(over.joined(separator: ", ")) (\(source(settings.itCouncilLimit)))."
        ))
    for line in application.lines {
      guard let budget = line.applicantBudget else { continue }
      table.notes.append(
        "\(line.solution): " + language.pick("ansøgerens eget budget", "the applicant's own budget")
          + (budget.source.map { " (\(Self.clause($0)))" } ?? "") + ".")
    }
    return table
  }

  /// "påkrævet" when the budget is over the It-råd's limit, otherwise "–".
  func councilFlag(_ line: GrantApplication.Line) -> String {
    line.overITCouncilLimit ? language.pick("påkrævet (over grænsen)", "required (over the limit)") : "–"
  }

  /// The funding source in words.
  func fundingText(_ kind: Funding.Kind) -> String {
    switch kind {
    case .pool: language.pick("puljen", "the pool")
    case .economyAgreement2024: language.pick("økonomiaftalen for 2024", "the 2024 economy agreement")
    case .own: language.pick("egne midler", "own funds")
    case .other: language.pick("anden finansiering", "other funding")
    }
  }

  /// The solutions funded outside the pool: how, from what source, and their årsværk.
  package func elsewhereTable() -> ReportTable {
    var columns: [ReportTable.Column] = [
      .init(language.pick("Løsning", "Solution"), .left), .init(language.pick("Finansiering", "Funding"), .left),
      .init(language.pick("Projektomkostning, kr.", "Project cost, DKK"), range: true),
      .init(language.pick("Frigjorte årsværk pr. år", "Freed FTE per year"), range: true),
      .init(language.pick("Kilde", "Source"), .left),
    ]
    if analysis != nil {
      columns.insert(
        .init(
          language.pick("Nutidsværdi, mio. kr.", "NPV, m DKK"), range: true,
          machine: language.pick("Nutidsværdi, kr.", "NPV, DKK")), at: 4)
    }
    var table = ReportTable(
      id: "elsewhere", sheet: language.pick("Uden for puljen", "Elsewhere"),
      title: language.pick("Finansieret uden for puljen", "Funded outside the pool"), columns: columns)
    for line in application.elsewhere {
      var row: [ReportTable.Cell] = [
        .text(name(line)), .text(fundingText(line.funding.kind)), .range(line.projectCost, .kroner),
        .range(line.fte, .fte),
      ]
      if analysis != nil { row.append(.optional(line.npv, .millions)) }
      row.append(.text(line.funding.source ?? language.pick("(ingen kilde angivet)", "(no source given)")))
      table.append(row)
    }
    table.notes = [
      language.pick(
        "Disse løsninger søger ikke puljen og indgår ikke i porteføljen inden for puljen; deres årsværk tæller med i målet for alle løsninger.",
        "These solutions do not apply to the pool and are not in the portfolio within the pool; their FTE count towards the goal for all solutions."
      )
    ]
    return table
  }

  /// The basis's name in the output's language (the file's key is `prudent`, …).
  static func basisName(_ basis: GrantSettings.Basis, _ language: Language) -> String {
    switch basis {
    case .prudent: language.pick("forsigtigt", "prudent")
    case .central: language.pick("centralt", "central")
    case .optimistic: language.pick("optimistisk", "optimistic")
    }
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
