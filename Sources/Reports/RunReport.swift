import BusinessCase
import WorkforceModel

/// `workforce run`: each solution's figures as ranges, the totals, and the
/// report's published figures beside them.
package struct RunReport: Sendable {
  /// One analysis per scenario, in the order given.
  package var analyses: [ScenarioAnalysis]

  package init(_ analyses: [ScenarioAnalysis]) {
    self.analyses = analyses
  }

  package func render(_ format: ReportFormat, language: Language) -> String {
    switch format {
    case .json:
      let documents = analyses.map { entry -> JSONValue in
        let document = Self.json(entry.ranges, scenario: entry.scenario)
        // The business case, as an added key (the documented keys stay as they are).
        guard let analysis = entry.businessCase, case .object(let members) = document else {
          return document
        }
        return .object(members + [("business_case", BusinessCaseReport(analysis, language: language).json())])
      }
      return (documents.count == 1 ? documents[0] : .array(documents)).serialized(pretty: true)
    case .csv:
      return Self.csvTable(
        analyses.map(\.ranges), names: analyses.map(\.scenario.id), businessCases: analyses.map(\.businessCase)
      ).csv()
    case .html:
      return MarkdownPage.html(render(.markdown, language: language), language: language)
    case .text, .markdown:
      return analyses.map { entry in
        Self.humanReadable(entry, format: format, language: language)
      }.joined(separator: "\n")
    }
  }

  // MARK: - JSON

  /// The documented shape of design §4 (more keys may be added, none renamed).
  static func json(_ ranges: ScenarioRanges, scenario: Scenario) -> JSONValue {
    func figures(_ outputs: SolutionOutputs<Interval>) -> [(String, JSONValue)] {
      Figure.allCases.map { ($0.rawValue, .range(outputs[$0].low, outputs[$0].high)) }
    }
    let solutions: [JSONValue] = ranges.rows.map { row in
      .object(
        [
          ("id", .string(row.solution.id)), ("model", .string(row.solution.model.id)),
          ("title", .optional(row.solution.title)),
        ] + figures(row.outputs))
    }
    return .object(
      [
        ("scenario", .string(scenario.id)), ("title", .optional(scenario.title)), ("file", .string(scenario.file)),
        ("solutions", .array(solutions)), ("total", .object(figures(ranges.total))),
      ] + OmittedSolutions.jsonMembers(scenario))
  }

  // MARK: - CSV

  /// One row per solution and a total per scenario; with a business case,
  /// also `npv_low`, `npv_high` and `npv_central` (kroner).
  static func csvTable(_ all: [ScenarioRanges], names: [String], businessCases: [BusinessCaseAnalysis?] = []) -> Table {
    let withNPV = businessCases.contains { $0 != nil }
    var table = Table(
      columns: ["scenario", "solution", "model"].map { Table.Column($0) }
        + Figure.allCases.flatMap { [Table.Column("\($0.rawValue)_low"), Table.Column("\($0.rawValue)_high")] }
        + (withNPV ? ["npv_low", "npv_high", "npv_central"].map { Table.Column($0) } : []))
    for (index, (ranges, name)) in zip(all, names).enumerated() {
      let analysis = index < businessCases.count ? businessCases[index] : nil
      func cells(_ outputs: SolutionOutputs<Interval>) -> [String] {
        Figure.allCases.flatMap { [PlainNumber.text(outputs[$0].low), PlainNumber.text(outputs[$0].high)] }
      }
      func npv(_ result: CaseResult?) -> [String] {
        guard withNPV else { return [] }
        guard let result else { return ["", "", ""] }
        return [
          PlainNumber.text(result.npv.low), PlainNumber.text(result.npv.high), PlainNumber.text(result.central.npv),
        ]
      }
      for row in ranges.rows {
        table.append(
          [name, row.solution.id, row.solution.model.id] + cells(row.outputs) + npv(analysis?.solution(row.solution.id))
        )
      }
      table.append([name, "total", ""] + cells(ranges.total) + npv(analysis?.portfolio))
    }
    return table
  }

  // MARK: - Text and Markdown

  static func humanReadable(_ analysis: ScenarioAnalysis, format: ReportFormat, language: Language) -> String {
    let (scenario, ranges, check) = (analysis.scenario, analysis.ranges, analysis.check)
    let style = NumberStyle(language)
    let hasPublished = scenario.solutions.contains { !$0.published.isEmpty }
    var columns = [Table.Column(language.pick("Løsning", "Solution"))]
    for figure in Figure.allCases {
      columns.append(Table.Column(FigureLabels.title(figure, language), .right))
      if hasPublished { columns.append(Table.Column(language.pick("Rapporten", "Report"), .right)) }
    }
    var table = Table(columns: columns)
    for row in ranges.rows {
      var cells = [row.solution.id]
      for figure in Figure.allCases {
        cells.append(FigureLabels.cell(row.outputs[figure], figure, style))
        if hasPublished { cells.append(publishedCell(row.solution, figure, check, style)) }
      }
      table.append(cells)
    }
    var totals = [language.pick("I alt", "Total")]
    for figure in Figure.allCases {
      totals.append(FigureLabels.cell(ranges.total[figure], figure, style))
      if hasPublished { totals.append("") }
    }
    table.append(totals)

    let heading = scenario.title ?? scenario.id
    var text = ""
    if format == .markdown {
      text += "## \(heading.singleLine)\n\n"
      text += language.pick("Scenarie", "Scenario") + ": `\(scenario.id)` (`\(scenario.file)`)\n\n"
      text += OmittedSolutions.paragraph(scenario, language, markdown: true)
      text += table.markdown() + "\n"
      text += legend(ranges, hasPublished: hasPublished, language).map { "- \($0.singleLine)\n" }.joined()
    } else {
      text += heading + "\n"
      text += language.pick("Scenarie", "Scenario") + " \(scenario.id) · \(scenario.file)\n"
      text += OmittedSolutions.paragraph(scenario, language) + "\n"
      text += table.text() + "\n"
      text += legend(ranges, hasPublished: hasPublished, language).map { $0 + "\n" }.joined()
    }
    text += businessCase(analysis, format: format, language: language)
    return text
  }

  /// The business case, when the scenario has one: the summary per solution,
  /// the risk adjustment and the portfolio's yearly flows.
  static func businessCase(_ scenarioAnalysis: ScenarioAnalysis, format: ReportFormat, language: Language) -> String {
    let scenario = scenarioAnalysis.scenario
    guard let analysis = scenarioAnalysis.businessCase else { return "" }
    let report = BusinessCaseReport(analysis, language: language)
    let style = NumberStyle(language)
    let tables =
      [report.summaryTable()] + [report.riskTable()].compactMap { $0 } + [report.yearlyTable(analysis.portfolio)]
    let more = language.pick(
      "Årlige strømme pr. løsning, skifteværdier og kilder: workforce grant \(scenario.file).",
      "Yearly flows per solution, switching values and sources: workforce grant \(scenario.file).")
    if format == .markdown {
      return "\n" + tables.map { $0.markdown(style) }.joined(separator: "\n") + "\n\(more)\n"
    }
    return "\n" + tables.map { $0.plainText(style) }.joined(separator: "\n") + "\n\(more)\n"
  }

  /// The first published value of `figure` with a mark for its verdict.
  static func publishedCell(_ solution: Solution, _ figure: Figure, _ check: PublishedCheck, _ style: NumberStyle)
    -> String
  {
    guard let row = check.rows.first(where: { $0.solution.id == solution.id && $0.published.name == figure.rawValue })
    else { return "" }
    let mark: String
    switch row.verdict {
    case .reproduced, .withinRounding, .boundHolds: mark = "✓"
    case .differs: mark = row.published.discrepancy == nil ? "✗" : "≠"
    }
    return FigureLabels.publishedCell(row.published.value, figure, style) + " " + mark
  }

  static func legend(_ ranges: ScenarioRanges, hasPublished: Bool, _ language: Language) -> [String] {
    var lines = [
      language.pick(
        "Årsværk frigjort pr. år; projekt er engangsudgifter, drift er årlige udgifter. Intervaller er lav–høj.",
        "FTE-years freed per year; project cost is one-off, operating cost is per year. Ranges are low–high.")
    ]
    if hasPublished {
      lines.append(
        language.pick(
          "Rapporten: ✓ gengivet (evt. inden for afrunding), ≠ kendt afvigelse, ✗ uforklaret afvigelse. Detaljer: workforce check.",
          "Report: ✓ reproduced (possibly within rounding), ≠ known discrepancy, ✗ unexplained difference. Details: workforce check."
        ))
    }
    return lines
  }
}
