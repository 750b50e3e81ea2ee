import BusinessCase
import Spreadsheet
import WorkforceModel

/// The output formats of `workforce grant`.
public enum GrantFormat: String, CaseIterable, Sendable {
  case text, markdown, csv, json, html, xlsx
}

/// `workforce grant`: the tables of an application to the national pool —
/// grant, own contribution and freed årsværk per solution, the split across
/// the regions, the portfolio that frees the most årsværk within the pool,
/// the business case, and every assumption with its source.
public struct GrantReport: Sendable {
  public let scenario: Scenario
  public let application: GrantApplication
  public let analysis: BusinessCaseAnalysis?
  public let language: Language

  /// - Returns: `nil` when the scenario has no `grant:` block.
  public init?(_ scenario: Scenario, language: Language) {
    let analysis = BusinessCaseAnalysis(scenario)
    guard let application = GrantApplication(scenario, analysis: analysis) else { return nil }
    self.scenario = scenario
    self.application = application
    self.analysis = analysis
    self.language = language
  }

  var settings: GrantSettings { application.settings }
  var businessCase: BusinessCaseReport? { analysis.map { BusinessCaseReport($0, language: language) } }
  var goalText: String { NumberStyle(language).number(application.goal, decimals: 0) }

  func name(_ line: GrantApplication.Line) -> String { line.title ?? line.solution }

  // MARK: - Tables

  /// Every table, in the order of the document.
  public func tables() -> [ReportTable] {
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
  public func applicationTable() -> ReportTable {
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

  /// The grant or the own contribution of each solution, split by the regional key.
  public func regionsTable(grant: Bool) -> ReportTable {
    var table = ReportTable(
      id: grant ? "regions_grant" : "regions_own",
      sheet: grant
        ? language.pick("Tilskud pr. region", "Grant by region")
        : language.pick("Egenfin. pr. region", "Own by region"),
      title: grant
        ? language.pick("Tilskud fordelt på regioner (kr.)", "Grant split across the regions (DKK)")
        : language.pick(
          "Egenfinansiering fordelt på regioner (kr.)", "Own contribution split across the regions (DKK)"),
      columns: [.init(language.pick("Løsning", "Solution"), .left)] + application.regions.map { .init($0) }
        + [.init(language.pick("I alt", "Total"))])
    for line in application.lines {
      let parts = grant ? line.grantByRegion : line.ownByRegion
      table.append(
        [.text(name(line))] + parts.map { .number(Double($0), .kroner) }
          + [.number(Double(grant ? line.grant : line.ownContribution), .kroner)])
    }
    let totals = grant ? application.totalGrantByRegion : application.totalOwnByRegion
    table.append(
      [.text(language.pick("I alt", "Total"))] + totals.map { .number(Double($0), .kroner) }
        + [.number(Double(grant ? application.totalGrant : application.totalOwnContribution), .kroner)])
    let style = NumberStyle(language)
    let total = settings.totalWeight
    let key = settings.regionalKey.map { "\($0.name) \(style.compact($0.weight))/\(style.compact(total))" }.joined(
      separator: ", ")
    table.notes = [
      language.pick("Fordelingsnøgle: \(key)", "Key: \(key)")
        + (settings.regionalKeySource.map { " (\(Self.clause($0)))" } ?? "") + ".",
      language.pick(
        "Hele kroner efter største-rest-metoden: hver region får sin andel rundet ned, og de resterende kroner går til de største rester, så rækkerne summerer præcist.",
        "Whole kroner by the largest-remainder method: each region gets its share rounded down and the kroner left go to the largest remainders, so every row adds up exactly."
      ),
    ]
    return table
  }

  /// The selected portfolio, the pool and what remains of it.
  public func portfolioTable() -> ReportTable {
    var table = ReportTable(
      id: "portfolio", sheet: language.pick("Portefølje", "Portfolio"),
      title: language.pick(
        "Porteføljen, der frigør flest årsværk inden for puljen",
        "The portfolio that frees the most FTE within the pool"),
      columns: [
        .init(language.pick("Løsning", "Solution"), .left), .init(language.pick("Tilskud, kr.", "Grant, DKK")),
        .init(language.pick("Frigjorte årsværk (grundlag)", "Freed FTE (basis)")),
        .init(language.pick("Frigjorte årsværk pr. år", "Freed FTE per year"), range: true),
      ])
    for line in application.selectedLines {
      table.append([
        .text(name(line)), .number(Double(line.grant), .kroner), .number(line.fteBasis, .fte), .range(line.fte, .fte),
      ])
    }
    table.append([
      .text(language.pick("Valgt i alt", "Selected, total")), .number(Double(application.selection.cost), .kroner),
      .number(application.selection.value, .fte), .range(application.selectedFTE, .fte),
    ])
    table.append([
      .text(language.pick("Puljen", "The pool")), .number(Double(application.pool), .kroner), .empty, .empty,
    ])
    table.append([
      .text(language.pick("Tilbage af puljen", "Left in the pool")),
      .number(Double(application.remainingPool), .kroner),
      .empty, .empty,
    ])
    let left = application.lines.indices.filter { !application.selection.indices.contains($0) }.map {
      name(application.lines[$0])
    }
    table.notes = [
      language.pick(
        "Eksakt optimering (gren og grænse) over \(application.lines.count) ansøgte løsninger: flest frigjorte årsværk (grundlag: \(GrantReport.fteBasisText(settings.basis, language))) med samlet tilskud inden for puljen; ved lige mange årsværk vælges den billigste.",
        "Exact optimisation (branch and bound) over \(application.lines.count) solutions: the most freed FTE (basis: \(GrantReport.fteBasisText(settings.basis, language))) with the total grant within the pool; equal FTE go to the cheaper selection."
      ),
      language.pick("Puljen: \(source(settings.pool)).", "The pool: \(source(settings.pool))."),
    ]
    if !left.isEmpty {
      table.notes.append(language.pick("Ikke valgt: ", "Not selected: ") + left.joined(separator: "; ") + ".")
    }
    return table
  }

  static func fteBasisText(_ basis: GrantSettings.Basis, _ language: Language) -> String {
    switch basis {
    case .prudent: language.pick("lav ende", "low end")
    case .central: language.pick("midtpunkt", "midpoint")
    case .optimistic: language.pick("høj ende", "high end")
    }
  }

  /// The grant settings and the business case's assumptions, each with its source.
  public func assumptionsTable() -> ReportTable {
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

  // MARK: - Rendering

  /// The document in `format`; `table` picks one table by id for CSV.
  ///
  /// - Returns: the bytes to write (UTF-8 text, or the .xlsx file).
  public func render(_ format: GrantFormat, dialect: CSVDialect = .standard, table: String? = nil) -> [UInt8] {
    switch format {
    case .xlsx: return XLSXExport.workbook(tables(), language: language).xlsx()
    case .json: return Array(json().serialized(pretty: true).utf8)
    case .csv: return Array(csv(dialect, only: table).utf8)
    case .markdown: return Array(markdown().utf8)
    case .html: return Array(MarkdownPage.html(markdown(), language: language).utf8)
    case .text: return Array(plainText().utf8)
    }
  }

  /// The ids of the tables, for `--table`.
  public var tableIDs: [String] { tables().map(\.id) }

  func csv(_ dialect: CSVDialect, only: String?) -> String {
    let all = tables()
    if let only, let table = all.first(where: { $0.id == only }) {
      return table.csv(dialect, language: language)
    }
    return all.map { table in
      Table(columns: [Table.Column(table.title)]).csv(separator: dialect.separator)
        + table.csv(dialect, language: language)
    }.joined(separator: "\r\n")
  }

  var heading: String {
    let title = scenario.title ?? scenario.id
    let period = settings.period.map { " (\($0))" } ?? ""
    return title + " — " + language.pick("ansøgning til puljen\(period)", "application to the pool\(period)")
  }

  var introduction: String {
    let style = NumberStyle(language)
    let pool = style.number(Double(application.pool), decimals: 0)
    return language.pick(
      "Scenarie `\(scenario.id)` (`\(scenario.file)`). Pulje \(pool) kr.; egenfinansiering \(style.percent(application.coFinancing, maximum: 1)); budget = \(GrantReport.basisText(settings.basis, language)). Beløb i hele kroner; intervaller er lav – høj. Hvert tal kan føres tilbage til et input og dets kilde (se Forudsætninger og kilder).",
      "Scenario `\(scenario.id)` (`\(scenario.file)`). Pool \(pool) DKK; co-financing \(style.percent(application.coFinancing, maximum: 1)); budget = \(GrantReport.basisText(settings.basis, language)). Amounts in whole kroner; ranges are low – high. Every number traces back to an input and its source (see Assumptions and sources)."
    )
  }

  /// Sections with `##` headings and tables with `###` headings, ready to paste.
  func markdown() -> String {
    let style = NumberStyle(language)
    var text = "# \(heading.singleLine)\n\n\(introduction.singleLine)\n"
    for (title, tables) in sections() {
      text += "\n## \(title)\n"
      for table in tables { text += "\n" + table.markdown(style) }
    }
    return text
  }

  func plainText() -> String {
    let style = NumberStyle(language)
    var text = heading + "\n" + introduction.replacingOccurrences(of: "`", with: "") + "\n"
    for (title, tables) in sections() {
      text += "\n" + title.uppercased() + "\n"
      for table in tables { text += "\n" + table.plainText(style) }
    }
    return text
  }

  func sections() -> [(String, [ReportTable])] {
    let all = tables()
    func pick(_ ids: (String) -> Bool) -> [ReportTable] { all.filter { ids($0.id) } }
    var sections: [(String, [ReportTable])] = [
      (language.pick("Ansøgning", "Application"), pick { ["grant", "regions_grant", "regions_own"].contains($0) }),
      (language.pick("Portefølje inden for puljen", "Portfolio within the pool"), pick { $0 == "portfolio" }),
    ]
    if analysis != nil {
      sections.append(
        (
          language.pick("Business case", "Business case"),
          pick { ["business_case", "risk", "years_total"].contains($0) }
        ))
      sections.append(
        (
          language.pick("Årlige strømme pr. løsning", "Yearly flows per solution"),
          pick { $0.hasPrefix("years_") && $0 != "years_total" }
        ))
      sections.append((language.pick("Følsomhed", "Sensitivity"), pick { $0 == "switching" }))
    }
    sections.append(
      (
        language.pick("Forudsætninger og kilder", "Assumptions and sources"),
        pick { ["assumptions", "inputs"].contains($0) }
      ))
    return sections
  }

  // MARK: - JSON

  /// The documented shape (README.md, "JSON shape of workforce grant"): `{"scenario", "title", "file",
  /// "grant": {…}, "business_case": {…} or null, "assumptions": […]}`.
  public func json() -> JSONValue {
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
