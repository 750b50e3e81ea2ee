import BusinessCase
import Foundation
import ScenarioFormat
import Simulation
import Statistics
import Testing
import WorkforceModel

@testable import Reports

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The HTML report: complete, self-contained, well-formed, escaped, and with
/// the same numbers as `run` and `simulate` print.
@Suite("HTML report")
struct HTMLReportTests {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func published() throws -> Scenario {
    try ScenarioLoader().load(packageRoot.appendingPathComponent("Scenarios/published.yaml").path)
  }

  /// A fixed, fairly small simulation of the bundled scenario (seed 1).
  static func simulate(_ scenario: Scenario) throws -> SimulationResult {
    let options = SimulationOptions(iterations: 20_000, seed: 1, threads: 2, sensitivity: .tornado)
    return try MonteCarloRunner(plan: SimulationPlan(scenario), options: options).run()
  }

  typealias Rendered = (html: String, scenario: Scenario, result: SimulationResult)

  /// The bundled scenario, simulated once for all tests, rendered in each language.
  static let rendered: Result<[Language: Rendered], any Error> = Result {
    let scenario = try published()
    let result = try simulate(scenario)
    var pages: [Language: Rendered] = [:]
    for language in Language.allCases {
      pages[language] = (
        HTMLReport(
          analysis: ScenarioAnalysis(scenario), simulation: result, language: language, generator: "workforce test"
        ).render(),
        scenario, result
      )
    }
    return pages
  }

  static func render(_ language: Language = .da) throws -> Rendered {
    try #require(try rendered.get()[language])
  }

  /// The error of parsing `text` as XML (the report is written as well-formed XHTML), or nil.
  static func xmlError(_ text: String) -> Error? {
    let parser = XMLParser(data: Data(text.utf8))
    return parser.parse() ? nil : parser.parserError ?? CocoaError(.coderReadCorrupt)
  }

  @Test func isACompleteWellFormedPage() throws {
    let html = try Self.render().html
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"da\">"))
    #expect(Self.xmlError(html) == nil, "\(String(describing: Self.xmlError(html)))")
    for id in ["summary", "solutions", "simulation", "drivers", "business-case", "grant"] {
      #expect(html.contains("<h2 id=\"\(id)\">"), "section \(id)")
    }
    for solution in ["ward", "migo", "dermloop", "mammography", "rpa"] {
      #expect(html.contains("<article class=\"card\" id=\"solution-\(solution)\">"), "card \(solution)")
    }
    // Five charts, each with a title, a description and its data as a table.
    #expect(html.components(separatedBy: "<svg ").count - 1 == 5)
    #expect(html.components(separatedBy: "<details class=\"data\">").count - 1 == 5)
    #expect(html.components(separatedBy: "<desc id=").count - 1 == 5)
    #expect(html.contains("@media print") && html.contains("size: A4"))
  }

  @Test func needsNothingFromOutside() throws {
    let html = try Self.render().html
    for forbidden in ["<script", "<link", "<img", "src=", "url(", "@import"] {
      #expect(!html.contains(forbidden), "\(forbidden)")
    }
    let links = html.components(separatedBy: "http").dropFirst().map { String($0.prefix(24)) }
    #expect(links.allSatisfy { $0.hasPrefix("://www.w3.org/2000/svg\"") }, "\(links)")
    for bad in ["NaN", ">inf", "inf<", "Infinity", "∞"] {
      #expect(!html.contains(bad), "\(bad)")
    }
  }

  /// The cells of the first table row whose first cells are `start`.
  static func row(_ html: String, startingWith start: [String]) -> [String]? {
    for row in html.components(separatedBy: "<tr").dropFirst() {
      guard let end = row.range(of: "</tr>") else { continue }
      let cells = row[..<end.lowerBound].components(separatedBy: "<td").dropFirst().map { cell -> String in
        let content = cell.drop { $0 != ">" }.dropFirst()
        return String(content.prefix { $0 != "<" })
      }
      if Array(cells.prefix(start.count)) == start { return Array(cells) }
    }
    return nil
  }

  @Test func portfolioFiguresAreThoseOfRun() throws {
    let (html, scenario, _) = try Self.render()
    let run = RunReport([ScenarioAnalysis(scenario)]).render(.text, language: .da)
    // `run`'s total line: "I alt  475,7–477,7  …  96,0–120,0  …  146,2–203,1".
    let totalLine = try #require(run.split(separator: "\n").first { $0.hasPrefix("I alt") })
    let runTotals = totalLine.split(separator: " ").dropFirst(2).map(String.init)
    let htmlTotals = try #require(Self.row(html, startingWith: ["I alt"])).filter { !$0.isEmpty }.dropFirst()
    #expect(Array(htmlTotals) == runTotals)
    for solution in scenario.solutions {
      let line = try #require(run.split(separator: "\n").first { $0.hasPrefix(solution.id + " ") })
      let runCells = line.split(separator: " ").dropFirst().filter { $0 != "✓" && $0 != "≠" && $0 != "✗" }.map(
        String.init)
      let htmlRow = try #require(
        html.components(separatedBy: "<tr>").first {
          $0.contains("href=\"#solution-\(solution.id)\">\(solution.id)</a>")
        })
      for cell in runCells {
        #expect(htmlRow.contains(">\(cell)"), "\(solution.id): \(cell)")
      }
    }
    // 475.7–477.7 årsværk of 10,000: 4.8 %.
    #expect(html.contains("<div class=\"value\">4,8 %</div>"))
  }

  @Test func percentilesAreThoseOfSimulate() throws {
    let (html, _, result) = try Self.render()
    let simulate = SimulationReport(result).render(.text, language: .da)
    // `simulate` text: key, unit, mean, ±, sd, P5, P50, P95.
    for (key, name) in [
      ("total.fte", ["I alt", "årsværk"]), ("ward.operating_cost", ["ward", "driftsomkostninger"]),
      ("total.project_cost", ["I alt", "projektomkostninger"]),
    ] {
      let line = try #require(simulate.split(separator: "\n").first { $0.hasPrefix(key + " ") })
      let tokens = line.split(separator: " ").map(String.init)
      let unitWords = key.hasSuffix(".fte") ? 1 : 2  // "årsværk" or "mio. kr."
      let numbers = Array(tokens.dropFirst(1 + unitWords))
      let expected = [numbers[0], numbers[3], numbers[4], numbers[5]]  // mean, P5, P50, P95
      let cells = try #require(Self.row(html, startingWith: name))
      #expect(Array(cells.suffix(4)) == expected, "\(key)")
    }
    // The histogram's markers and the summary tile quote the same percentiles.
    let total = try #require(result.output("total.fte"))
    let style = NumberStyle(.da)
    for percentile in total.percentiles {
      let name = "P" + SimulationReport.percentileKey(percentile.probability).dropFirst()
      #expect(html.contains("\(name): \(style.number(percentile.value, decimals: 1))"), "\(name)")
    }
  }

  @Test func cardsCarryTheVerdictsOfCheckAndEverySource() throws {
    let (html, scenario, _) = try Self.render()
    let check = PublishedCheck(scenario)
    let style = NumberStyle(.da)
    for row in check.rows {
      #expect(html.contains(CheckReport.verdictText(row, style)), "\(row.solution.id).\(row.published.name)")
    }
    #expect(html.contains("≠ afviger (kendt)"))
    #expect(!html.contains("AFVIGER (uforklaret)"))
    for solution in scenario.solutions {
      for input in solution.arguments {
        if let source = input.source {
          #expect(html.contains(HTMLReport.escape(source)), "\(solution.id).\(input.name)")
        }
      }
    }
  }

  @Test func englishLabelsAndNumbers() throws {
    let html = try Self.render(.en).html
    #expect(html.contains("<html lang=\"en\">"))
    #expect(html.contains("<h2 id=\"summary\">Summary</h2>"))
    #expect(html.contains("475.7–477.7"))
    #expect(!html.contains("Sammenfatning"))
    #expect(Self.xmlError(html) == nil)
  }

  @Test func scenarioTextIsEscaped() throws {
    let scenario = try ScenarioLoader().decode(
      """
      scenario: escape
      title: "<b>Tom & Jerry's</b> \\"test\\""
      assumptions:
        hours_per_fte: {value: 1450, source: "<script>alert('x')</script>"}
      solutions:
        rpa:
          model: rpa
          title: "RPA <i>fast</i>"
          inputs:
            reports_per_year: 450_000
            fields_per_report: 25
            minutes_per_field: 0.65
            pre_analysis: 1mio
            development: 5mio..8mio
            project_management: 2mio..3mio
            organisational: 2mio
            operations_share_of_development: 20%
      """, file: "escape.yaml")
    let html = HTMLReport(
      analysis: ScenarioAnalysis(scenario), simulation: nil, language: .da, generator: "workforce test"
    ).render()
    #expect(Self.xmlError(html) == nil, "\(String(describing: Self.xmlError(html)))")
    #expect(!html.contains("<b>") && !html.contains("<i>") && !html.contains("<script"))
    #expect(html.contains("<title>&lt;b&gt;Tom &amp; Jerry&#39;s&lt;/b&gt; &quot;test&quot;</title>"))
    #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
    // Without a simulation the simulation sections say so, and no chart is drawn
    // (no published årsværk: no comparison chart either).
    #expect(html.contains("Ingen simulering"))
    #expect(!html.contains("<svg"))
  }

  @Test func displayBinsRegroupTheHistogramIntoNiceBars() throws {
    // 10,000 values spread evenly over 0…10: bars of a nice width, shares of
    // the iterations shown adding up to about 99.8 % (the outer 0.1 % each side left out).
    var histogram = Histogram(lower: 0, upper: 10)
    histogram.add(contentsOf: (0..<10_000).map { (Double($0) + 0.5) / 1_000 })
    let bins = HTMLReport.displayBins(histogram)
    #expect(bins.count >= 25 && bins.count <= 60)
    let width = bins[0].upper - bins[0].lower
    // Ticks over 0.01…9.99 have step 2; 2 ÷ 5 = 0.4 gives 24.95 bars, fewer
    // than 25, so 2 ÷ 10 = 0.2 (50 bars).
    #expect(abs(width - 0.2) < 1e-12)
    for (a, b) in zip(bins, bins.dropFirst()) {
      #expect(abs(a.upper - b.lower) < 1e-9)
    }
    let shown = bins.reduce(0) { $0 + $1.share }
    #expect(abs(shown - 0.998) < 0.001)
    // A fixed output: one bar with every iteration.
    var constant = Histogram(lower: 476, upper: 477)
    constant.add(contentsOf: [Double](repeating: 476.5, count: 100))
    let single = HTMLReport.displayBins(constant)
    #expect(single.count == 1 && single[0].share == 1 && single[0].lower < 476.5 && single[0].upper > 476.5)
    #expect(HTMLReport.displayBins(Histogram(lower: 0, upper: 1)).isEmpty)
  }

  // MARK: - Business case and grant

  /// `Scenarios/portfolio.yaml` (the published solutions with a business case
  /// and a grant block), simulated and rendered once.
  static let portfolio: Result<(html: String, scenario: Scenario, result: SimulationResult), any Error> = Result {
    let scenario = try ScenarioLoader().load(packageRoot.appendingPathComponent("Scenarios/portfolio.yaml").path)
    let options = SimulationOptions(iterations: 10_000, seed: 1, threads: 2, sensitivity: .tornado)
    let result = try MonteCarloRunner(plan: SimulationPlan(scenario), options: options).run()
    let html = HTMLReport(
      analysis: ScenarioAnalysis(scenario), simulation: result, language: .da, generator: "workforce test"
    ).render()
    return (html, scenario, result)
  }

  @Test func businessCaseAndGrantTablesAreThoseOfGrant() throws {
    let (html, scenario, _) = try Self.portfolio.get()
    #expect(Self.xmlError(html) == nil, "\(String(describing: Self.xmlError(html)))")
    let analysis = try #require(BusinessCaseAnalysis(scenario))
    let grant = try #require(GrantReport(ScenarioAnalysis(scenario), language: .da))
    let style = NumberStyle(.da)
    // Every cell of every business-case and grant table, as `grant` formats it.
    let report = BusinessCaseReport(analysis, language: .da)
    var tables = [report.summaryTable(), report.yearlyTable(analysis.portfolio), report.switchingTable()]
    tables += [
      grant.applicationTable(), grant.regionsTable(grant: true), grant.regionsTable(grant: false),
      grant.portfolioTable(), grant.assumptionsTable(),
    ]
    if let risk = report.riskTable() { tables.append(risk) }
    for table in tables {
      #expect(html.contains(HTMLReport.escape(table.title)), "\(table.id)")
      for row in table.rows {
        for cell in row {
          let text = HTMLReport.escape(ReportTable.text(cell, style))
          #expect(html.contains(">\(text)</td>"), "\(table.id): \(text)")
        }
      }
    }
    // The NPV tile: the portfolio's NPV range and central NPV in millions.
    // (A long figure: the smaller type that keeps it on one line.)
    #expect(
      html.contains("<div class=\"value long\">\(style.range(analysis.portfolio.npv, decimals: 1, scale: 1e6))</div>"))
    #expect(html.contains(style.number(analysis.portfolio.central.npv / 1e6, decimals: 1)))
    // The share of the goal follows the application's årsværk, as `grant` does.
    let share = grant.application.totalFTE
    #expect(html.contains(style.range(Interval(share.low / 100, share.high / 100), decimals: 2) + " %"))
    #expect(html.contains("id=\"figure-years\""))
    #expect(!html.contains("Ikke i dette scenarie"))
  }

  @Test func yearlyChartIsTheBusinessCaseAtCentralValues() throws {
    let (_, scenario, _) = try Self.portfolio.get()
    let analysis = try #require(BusinessCaseAnalysis(scenario))
    let central = try #require(HTMLReport.centralYears(analysis))
    #expect(central.count == analysis.portfolio.years.count)
    // Yearly points whose discounted nets add up to the central NPV.
    var presentValue = 0.0
    for (year, range) in zip(central, analysis.portfolio.years) {
      #expect(abs(year.net - (year.value - year.projectCost - year.operatingCost)) < 1e-3)
      presentValue += year.net * range.discountFactor
    }
    let expected = analysis.portfolio.central.npv
    #expect(abs(presentValue - expected) <= 1e-9 * abs(expected))
    // Each yearly figure lies within the analysis's range for that year.
    for (point, range) in zip(central, analysis.portfolio.years) {
      #expect(range.net.low - 1e-6 <= point.net && point.net <= range.net.high + 1e-6, "\(point.year)")
      #expect(range.value.low - 1e-6 <= point.value && point.value <= range.value.high + 1e-6, "\(point.year)")
    }
  }

  @Test func netPresentValuesAreThoseOfSimulate() throws {
    let (html, _, result) = try Self.portfolio.get()
    let simulate = SimulationReport(result).render(.text, language: .da)
    // `simulate`'s business-case table: key, mean, P5, P50, P95 (millions, one decimal), P(NPV < 0).
    for (key, name) in [("total.npv", ["I alt", "nutidsværdi"]), ("rpa.npv", ["rpa", "nutidsværdi"])] {
      let line = try #require(simulate.split(separator: "\n").last { $0.hasPrefix(key + " ") })
      let tokens = line.split(separator: " ").map(String.init)
      let cells = try #require(Self.row(html, startingWith: name))
      #expect(Array(cells[2...5]) == Array(tokens[1...4]), "\(key)")
      #expect(cells[6] == tokens[5...].joined(separator: " "), "\(key) P(NPV < 0)")
    }
    #expect(html.contains("id=\"figure-total-npv\""))
    #expect(html.contains("Sandsynlighed for negativ nutidsværdi"))
    // The NPV's drivers, business-case inputs named in words.
    #expect(html.contains("id=\"figure-tornado-total-npv\""))
    #expect(html.contains("Værdi pr. frigjort årsværk: sygeplejersker"))
    #expect(!html.contains(">business_case."))
  }

  @Test func withoutBusinessCaseOrGrantTheSectionsSaySo() throws {
    let html = try Self.render().html
    #expect(html.contains("Ikke i dette scenarie: det har ingen business_case:-blok"))
    #expect(html.contains("Ikke i dette scenarie: det har ingen grant:-blok"))
    #expect(html.contains("ikke i scenariet"))
  }
}
