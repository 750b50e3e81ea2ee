import WorkforceModel

/// Every assumption of the application with its source.
extension GrantReport {
  /// The grant settings and the business case's assumptions, each with its source.
  package func assumptionsTable() -> ReportTable {
    let style = NumberStyle(language)
    var table = ReportTable(
      id: "assumptions", sheet: language.pick("Forudsætninger", "Assumptions"),
      title: language.pick("Forudsætninger og kilder", "Assumptions and sources"),
      columns: [
        .init(language.pick("Forudsætning", "Assumption"), .left), .init(language.pick("Værdi", "Value"), .left),
        .init(language.pick("Kilde", "Source"), .left),
      ])
    table.append([
      .text(language.pick("Pulje", "Pool")),
      .text(
        style.number(Double(application.pool), decimals: 0) + " " + language.pick("kr.", "DKK")
          + (settings.period.map { " (\($0))" } ?? "")),
      .text(source(settings.pool)),
    ])
    table.append([
      .text(language.pick("Egenfinansiering", "Co-financing")),
      .text(style.percent(application.coFinancing, maximum: 1)),
      .text(source(settings.coFinancing)),
    ])
    table.append([
      .text(language.pick("Mål for frigjorte årsværk", "Goal for freed FTE")), .text(goalText),
      .text(source(settings.goalFTE)),
    ])
    if let share = settings.regionsShare {
      table.append([
        .text(language.pick("Regionernes andel af puljen", "The regions' share of the pool")),
        .text(style.quantity(share.quantity.deterministicRange, unit: .share)), .text(source(share)),
      ])
    } else {
      table.append([
        .text(language.pick("Regionernes andel af puljen", "The regions' share of the pool")),
        .text(language.pick("hele puljen", "the whole pool")),
        .text(
          language.pick(
            "Antagelse (standard): hele puljen, en øvre grænse; puljen fordeles mellem staten, kommunerne og regionerne (PA 2023, Indledning)",
            "Assumption (default): the whole pool, an upper bound; the pool is shared between the state, the municipalities and the regions (PA 2023, Indledning)"
          )),
      ])
    }
    table.append([
      .text(language.pick("Grundlag", "Basis")), .text(GrantReport.basisName(settings.basis, language)),
      .text(
        language.pick("Antagelse (analytikerens): ", "Assumption (the analyst's): ")
          + GrantReport.basisText(settings.basis, language)),
    ])
    table.append([
      .text(language.pick("Budget", "Budget")),
      .text(language.pick("projektomkostningen alene", "the project cost only")),
      .text(
        language.pick(
          "Antagelse (analytikerens, ingen kilde): budgettet er engangsudgiften til projektet; driftsudgifter søges ikke",
          "Assumption (the analyst's, no source): the budget is the one-off project cost; operating costs are not applied for"
        )),
    ])
    table.append([
      .text(language.pick("Udbetalingsperiode", "Payout period")), .text(settings.period ?? "–"),
      .text(
        settings.periodYears == 2023...2025
          ? "\(Self.clause(GrantSettings.boardPaper)): 'Til at realisere planen er der afsat 100 mio. kr. i perioden 2023-2025'"
          : language.pick("(angivet i scenariet)", "(given in the scenario)")),
    ])
    table.append([
      .text(language.pick("It-rådets grænse for risikovurdering", "The IT council's limit for risk assessment")),
      .text(style.number(settings.itCouncilLimit.quantity.central, decimals: 0) + " " + language.pick("kr.", "DKK")),
      .text(source(settings.itCouncilLimit)),
    ])
    table.append([
      .text(language.pick("Regional fordelingsnøgle", "Regional key")),
      .text(settings.regionalKey.map { "\($0.name) \(style.compact($0.weight))" }.joined(separator: ", ")),
      .text(settings.regionalKeySource ?? language.pick("(ingen kilde angivet)", "(no source given)")),
    ])
    for solution in scenario.solutions {
      guard let funding = solution.funding else { continue }
      table.append([
        .text(solution.id + ": " + language.pick("finansiering", "funding")), .text(fundingText(funding.kind)),
        .text(funding.source ?? language.pick("(ingen kilde angivet)", "(no source given)")),
      ])
    }
    for applicant in settings.applicants ?? [] where applicant.lead != nil || applicant.source != nil {
      table.append([
        .text(applicant.solution + ": " + language.pick("ansøger", "applicant")), .text(applicant.lead ?? "–"),
        .text(applicant.source ?? language.pick("(ingen kilde angivet)", "(no source given)")),
      ])
    }
    if let report = businessCase { table.rows += report.assumptionRows() }
    return table
  }
}
