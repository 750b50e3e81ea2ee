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
    table.append([
      .text(language.pick("Grundlag", "Basis")), .text(settings.basis.rawValue),
      .text(GrantReport.basisText(settings.basis, language)),
    ])
    table.append([
      .text(language.pick("Regional fordelingsnøgle", "Regional key")),
      .text(settings.regionalKey.map { "\($0.name) \(style.compact($0.weight))" }.joined(separator: ", ")),
      .text(settings.regionalKeySource ?? language.pick("(ingen kilde angivet)", "(no source given)")),
    ])
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
