import BusinessCase
import Charts
import WorkforceModel

/// The business case over the years and the grant tables, from the
/// `BusinessCase` target: the same tables `grant` prints, rendered as HTML,
/// and the portfolio's yearly flows as a chart. A scenario without a
/// `business_case:` or `grant:` block gets a line saying so.
extension HTMLReport {
  var businessCaseReport: BusinessCaseReport? { businessCase.map { BusinessCaseReport($0, language: language) } }

  /// The NPV tile of the summary.
  func netPresentValueTile() -> (label: String, value: String, detail: String?, available: Bool) {
    let label = language.pick("Nutidsværdi (NPV), mio. kr.", "Net present value (NPV), m DKK")
    guard let analysis = businessCase, let report = businessCaseReport else {
      return (
        label, language.pick("ikke i scenariet", "not in the scenario"),
        language.pick("scenariet har ingen business_case:-blok", "the scenario has no business_case: block"), false
      )
    }
    let portfolio = analysis.portfolio
    return (
      label, style.range(portfolio.npv, decimals: 1, scale: 1e6),
      language.pick("Central: ", "Central: ") + style.number(portfolio.central.npv / 1e6, decimals: 1) + "\n"
        + language.pick(
          "Over \(analysis.settings.horizon.value) år, tilbagebetalt ",
          "Over \(analysis.settings.horizon.value) years, payback ")
        + report.payback(portfolio.payback), true
    )
  }

  /// A report table as HTML: its title, the table and its notes, every cell
  /// formatted exactly as `grant` and `run` print it.
  func reportTable(_ table: ReportTable, level: Int = 3) -> String {
    let columns = table.columns.map { ChartTable.Column($0.title, numeric: $0.alignment == .right) }
    let rows = table.rows.map { row in
      table.columns.indices.map { index -> Cell in
        let cell = index < row.count ? row[index] : .empty
        return Cell(ReportTable.text(cell, style), numeric: table.columns[index].alignment == .right)
      }
    }
    let totals = Set(
      rows.indices.filter { index in
        if case .text(let text) = table.rows[index].first {
          return text.hasPrefix(language.pick("I alt", "Total"))
            || text == language.pick("Portefølje i alt", "Portfolio total")
        }
        return false
      })
    var text = "<h\(level)>\(Self.escape(table.title))</h\(level)>\n"
    text += Self.table(columns: columns, rows: rows, totalRows: totals, className: "report-table")
    text += table.notes.map { Self.paragraph($0, className: "note") }.joined()
    return text
  }

  func businessCaseSection() -> String {
    var text = "<section class=\"business-case\">\n" + heading("business-case")
    guard let analysis = businessCase, let report = businessCaseReport else {
      return text
        + Self.unavailable(
          language.pick(
            "Ikke i dette scenarie: det har ingen business_case:-blok (år, diskontering, indfasning og værdien af et frigjort årsværk). Se fx Scenarios/portfolio.yaml, som bygger videre på de samme løsninger.",
            "Not in this scenario: it has no business_case: block (years, discounting, ramp-up and the value of a freed FTE). See e.g. Scenarios/portfolio.yaml, which builds on the same solutions."
          )) + "</section>\n"
    }
    text += reportTable(report.summaryTable())
    text += yearlyChart(analysis)
    text += reportTable(report.yearlyTable(analysis.portfolio))
    if let risk = report.riskTable() { text += reportTable(risk) }
    text += reportTable(report.switchingTable())
    return text + "</section>\n"
  }

  /// The portfolio's yearly costs (below zero), value of freed capacity
  /// (above) and net, at every input's central value.
  func yearlyChart(_ analysis: BusinessCaseAnalysis) -> String {
    guard let years = Self.centralYears(analysis) else { return "" }
    let mio = 1e6
    let chart = StackedBarChart(
      id: "chart-years",
      title: language.pick(
        "Omkostninger og gevinster år for år, porteføljen", "Costs and benefits year by year, the portfolio"),
      description: language.pick(
        "Søjlediagram pr. år ved de centrale værdier: projekt- og driftsomkostninger under nul, værdien af frigjort kapacitet over nul, og nettoet som linje.",
        "Bar chart per year at the central values: project and operating costs below zero, the value of freed capacity above zero, and the net as a line."
      ),
      categories: years.map { String($0.year) },
      series: [
        .init(
          name: language.pick("Projektomkostninger", "Project cost"),
          values: years.map { -$0.projectCost / mio }, color: Palette.vermillion),
        .init(
          name: language.pick("Driftsomkostninger", "Operating cost"),
          values: years.map { -$0.operatingCost / mio }, color: Palette.orange),
        .init(
          name: language.pick("Værdi af frigjort kapacitet", "Value of freed capacity"),
          values: years.map { $0.value / mio }, color: Palette.bluishGreen),
      ],
      line: .init(
        name: language.pick("Netto", "Net"), values: years.map { $0.net / mio }, color: Palette.black),
      valueTitle: style.millionKroner, categoryTitle: language.pick("År", "Year"), decimals: 1, format: chartFormat)
    return "<h3>\(Self.escape(chart.title))</h3>\n"
      + figure(
        chart, id: "figure-years",
        caption: language.pick(
          "Ved hvert inputs centrale værdi (nutidsværdien af nettoet er den centrale nutidsværdi, \(style.number(analysis.portfolio.central.npv / mio, decimals: 1)) mio. kr.). Tabellen nedenfor viser intervallerne.",
          "At every input's central value (the present value of the net is the central NPV, \(style.number(analysis.portfolio.central.npv / mio, decimals: 1)) m DKK). The table below shows the ranges."
        ))
  }

  /// The portfolio's yearly flows with every input at its central value, as
  /// the analysis computed them.
  ///
  /// - Returns: `nil` when a flow is not finite: the chart never shows a
  ///   number it cannot draw.
  static func centralYears(_ analysis: BusinessCaseAnalysis) -> [CaseResult.CentralYear]? {
    let years = analysis.portfolio.central.years
    let finite = years.allSatisfy {
      $0.projectCost.isFinite && $0.operatingCost.isFinite && $0.value.isFinite && $0.net.isFinite
    }
    return finite ? years : nil
  }

  func grantSection() -> String {
    var text = "<section class=\"grant\">\n" + heading("grant")
    guard let grant else {
      return text
        + Self.unavailable(
          language.pick(
            "Ikke i dette scenarie: det har ingen grant:-blok (puljen, medfinansiering, ansøgere og regionernes fordelingsnøgle). Se fx Scenarios/portfolio.yaml.",
            "Not in this scenario: it has no grant: block (the pool, co-financing, applicants and the regional key). See e.g. Scenarios/portfolio.yaml."
          )) + "</section>\n"
    }
    text += Self.paragraph(
      language.pick(
        "Tabellerne er de samme som workforce grant \(scenario.file) skriver, klar til at sætte ind i ansøgningen.",
        "The tables are those workforce grant \(scenario.file) writes, ready to paste into the application."),
      className: "lead")
    for table in [
      grant.applicationTable(), grant.regionsTable(grant: true), grant.regionsTable(grant: false),
      grant.portfolioTable(),
      grant.assumptionsTable(),
    ] {
      text += reportTable(table)
    }
    return text + "</section>\n"
  }
}
