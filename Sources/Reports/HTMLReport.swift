import BusinessCase
import Charts
import Simulation
import WorkforceModel

/// `workforce report`: one self-contained HTML page for decision makers.
///
/// The page holds everything it shows: CSS and SVG charts are inline, there
/// is no JavaScript, and nothing is fetched from the network, so the file
/// can be mailed, archived and printed (a print stylesheet lays it out on A4).
///
/// Contents, in order: a summary of the portfolio (freed årsværk, project and
/// operating costs, the share of the national goal of 10,000 årsværk, NPV);
/// a card per solution with its computed ranges beside the report's published
/// figures, the verdict of `check`, and every input with its source; the
/// Monte Carlo distribution of total freed årsværk with P5/P50/P95; tornado
/// charts of the largest drivers; the business case year by year; the grant
/// tables. Every chart has a `<title>`, a `<desc>` and its data as a table.
///
/// Numbers are formatted exactly as `run` and `simulate` print them
/// (årsværk with one decimal, kroner in millions), so every figure can be
/// found in their output for the same scenario and seed.
///
/// ```swift
/// let html = HTMLReport(
///   analysis: ScenarioAnalysis(scenario), simulation: result, language: .da, generator: "workforce 0.1.0"
/// ).render()
/// ```
package struct HTMLReport: Sendable {
  package var scenario: Scenario
  /// The Monte Carlo result for the scenario; without it the simulation
  /// sections say that no simulation was run.
  package var simulation: SimulationResult?
  package var language: Language
  /// The program and version that wrote the page, for the footer.
  package var generator: String
  let ranges: ScenarioRanges
  let check: PublishedCheck
  /// The business case, when the scenario has a `business_case:` block.
  let businessCase: BusinessCaseAnalysis?
  /// The grant tables, when the scenario has a `grant:` block.
  let grant: GrantReport?

  /// The national goal of the 10-year plan: 10,000 freed årsværk (design §3),
  /// unless the scenario's `grant:` block sets another.
  package static let nationalGoalFTE = 10_000.0

  package init(analysis: ScenarioAnalysis, simulation: SimulationResult?, language: Language, generator: String) {
    self.scenario = analysis.scenario
    self.simulation = simulation
    self.language = language
    self.generator = generator
    ranges = analysis.ranges
    check = analysis.check
    grant = GrantReport(analysis, language: language)
    businessCase = analysis.businessCase
  }

  /// The goal the share of freed årsværk is measured against.
  var goalFTE: Double { grant?.application.goal ?? Self.nationalGoalFTE }

  var style: NumberStyle { NumberStyle(language) }
  var chartFormat: ChartNumberFormat { language == .da ? .danish : .english }

  /// The whole page.
  package func render() -> String {
    let title = scenario.title ?? scenario.id
    var body = header(title: title)
    body += tableOfContents()
    body += summarySection()
    body += solutionsSection()
    body += simulationSection()
    body += driversSection()
    body += businessCaseSection()
    body += grantSection()
    body += footer()
    return """
      <!DOCTYPE html>
      <html lang="\(language.rawValue)">
      <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <meta name="generator" content="\(Self.escape(generator))"/>
      <title>\(Self.escape(title))</title>
      <style>
      \(Self.css)</style>
      </head>
      <body>
      <main>
      \(body)</main>
      </body>
      </html>

      """
  }

  /// The sections with their anchors and headings, in page order.
  var sections: [(id: String, heading: String)] {
    [
      ("summary", language.pick("Sammenfatning", "Summary")),
      ("solutions", language.pick("Løsningerne", "The solutions")),
      ("simulation", language.pick("Usikkerhed: Monte Carlo-simulering", "Uncertainty: Monte Carlo simulation")),
      ("drivers", language.pick("Hvad driver resultatet", "What drives the result")),
      ("business-case", language.pick("Business case år for år", "Business case year by year")),
      ("grant", language.pick("Ansøgning til puljen", "Application to the pool")),
    ]
  }

  func heading(_ id: String) -> String {
    let text = sections.first { $0.id == id }?.heading ?? id
    return "<h2 id=\"\(id)\">\(Self.escape(text))</h2>\n"
  }

  func header(title: String) -> String {
    var text = "<header class=\"page-header\">\n"
    text +=
      "<p class=\"kicker\">\(Self.escape(language.pick("Business case for arbejdskraftbesparende teknologi", "Business case for workforce-saving technology")))</p>\n"
    text += "<h1>\(Self.escape(title))</h1>\n"
    var facts = [language.pick("Scenarie", "Scenario") + " " + scenario.id, scenario.file]
    if let simulation {
      facts.append(
        language.pick(
          "\(style.number(Double(simulation.iterations), decimals: 0)) simuleringer, frø \(simulation.seed)",
          "\(style.number(Double(simulation.iterations), decimals: 0)) simulations, seed \(simulation.seed)"))
    }
    text += "<p class=\"meta\">\(facts.map(Self.escape).joined(separator: " · "))</p>\n"
    if let omitted = OmittedSolutions.line(scenario, language) {
      text += "<p class=\"meta\">\(Self.escape(omitted))</p>\n"
    }
    text += "</header>\n"
    return text
  }

  func tableOfContents() -> String {
    var text = "<nav class=\"toc\" aria-label=\"\(Self.escape(language.pick("Indhold", "Contents")))\">\n<ol>\n"
    for section in sections {
      text += "<li><a href=\"#\(section.id)\">\(Self.escape(section.heading))</a></li>\n"
    }
    return text + "</ol>\n</nav>\n"
  }

  func footer() -> String {
    var lines: [String] = []
    lines.append(
      language.pick(
        "Skrevet af \(generator) ud fra \(scenario.file). Samme fil og samme frø giver de samme tal.",
        "Written by \(generator) from \(scenario.file). The same file and seed give the same figures."))
    var commands = ["workforce run \(scenario.file)", "workforce check \(scenario.file)"]
    if let simulation {
      commands.append(
        "workforce simulate \(scenario.file) --iterations \(simulation.iterations) --seed \(simulation.seed)")
    }
    lines.append(
      language.pick("Tallene kan genfindes med: ", "The figures can be traced with: ")
        + commands.joined(separator: "; "))
    return "<footer>\n" + lines.map { "<p>\(Self.escape($0))</p>\n" }.joined() + "</footer>\n"
  }
}
