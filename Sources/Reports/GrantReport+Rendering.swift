import Spreadsheet
import WorkforceModel

/// The application as text, Markdown, CSV, HTML or xlsx.
extension GrantReport {
  /// The document in `format`; `table` picks one table by id for CSV.
  ///
  /// - Returns: the bytes to write (UTF-8 text, or the .xlsx file).
  package func render(_ format: GrantFormat, dialect: CSVDialect = .standard, table: String? = nil) -> [UInt8] {
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
  package var tableIDs: [String] { tables().map(\.id) }

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
    ) + (OmittedSolutions.line(scenario, language).map { " " + $0 } ?? "")
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
      (
        language.pick("Ansøgning", "Application"),
        pick { ["grant", "elsewhere", "regions_grant", "regions_own"].contains($0) }
      ),
      (language.pick("Portefølje inden for puljen", "Portfolio within the pool"), pick { $0 == "portfolio" }),
      (language.pick("Risikovurdering", "Risk assessment"), pick { $0 == "it_council" }),
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
}
