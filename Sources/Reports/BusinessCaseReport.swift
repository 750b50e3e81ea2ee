import BusinessCase
import WorkforceModel

/// The business case of a scenario as report tables: a summary per solution
/// and for the portfolio, the risk adjustment, yearly flows, switching values,
/// and the assumptions with their sources. Used by `run` (summary and the
/// portfolio's years) and `grant` (everything).
package struct BusinessCaseReport: Sendable {
  package let analysis: BusinessCaseAnalysis
  package let language: Language

  package init(_ analysis: BusinessCaseAnalysis, language: Language) {
    self.analysis = analysis
    self.language = language
  }

  var settings: BusinessCaseSettings { analysis.settings }
  var scenario: Scenario { analysis.scenario }
  var firstYear: Int { settings.startYear.value }
  var lastYear: Int { settings.startYear.value + settings.horizon.value - 1 }
  var mio: String { language.pick("mio. kr.", "m DKK") }
  var kr: String { language.pick("kr.", "DKK") }

  /// A solution's name for tables: its title, or its id.
  func name(_ id: String) -> String {
    if id == "total" { return language.pick("Portefølje i alt", "Portfolio total") }
    return scenario.solution(id)?.title ?? id
  }

  // MARK: - Summary

  /// NPV, payback, benefit/cost and cost per freed årsværk for each solution and the portfolio.
  package func summaryTable() -> ReportTable {
    let horizon = "\(firstYear)–\(lastYear)"
    var table = ReportTable(
      id: "business_case", sheet: language.pick("Business case", "Business case"),
      title: language.pick(
        "Business case pr. løsning: nutidsværdi over \(settings.horizon.value) år (\(horizon))",
        "Business case per solution: net present value over \(settings.horizon.value) years (\(horizon))"),
      columns: [
        .init(language.pick("Løsning", "Solution"), .left),
        .init(
          language.pick("Frigjorte årsværk pr. år efter indfasning", "Freed FTE per year after ramp-up"), range: true),
        .init(
          language.pick("Nutidsværdi, \(mio)", "NPV, \(mio)"), range: true,
          machine: language.pick("Nutidsværdi, kr.", "NPV, DKK")),
        .init(
          language.pick("Central nutidsværdi, \(mio)", "Central NPV, \(mio)"),
          machine: language.pick("Central nutidsværdi, kr.", "Central NPV, DKK")),
        .init(language.pick("Tilbagebetalt (år)", "Payback (year)"), .left),
        .init(language.pick("Gevinst/omkostning", "Benefit/cost"), range: true),
        .init(language.pick("Omkostning pr. frigjort årsværk, kr./år", "Cost per freed FTE, DKK/yr"), range: true),
      ])
    for result in analysis.solutions + [analysis.portfolio] {
      table.append([
        .text(name(result.id)), .range(result.steadyFTE, .fte), .range(result.npv, .millions),
        .number(result.central.npv, .millions), .text(payback(result.payback)),
        .optional(result.benefitCostRatio, .decimal(2)), .optional(result.costPerFTEYear, .kroner),
      ])
    }
    table.notes = summaryNotes()
    return table
  }

  func summaryNotes() -> [String] {
    var notes = [
      language.pick(
        "Intervaller er lav–høj over inputtenes intervaller; central er med hvert input på sin centrale værdi. Årsværk er efter indfasningen: modellens årsværk × den sidste andel i ramp_up (under 100 %, hvis løsningen ikke forventes fuldt udbredt).",
        "Ranges are low–high over the inputs' ranges; central has every input at its central value. FTE are after the ramp-up: the model's FTE × the last share of ramp_up (below 100 % where full adoption is not expected)."
      ),
      language.pick(
        "Værdien af frigjort kapacitet er årsværk × værdi pr. årsværk (løn inkl. pension pr. faggruppe); det er kapacitet til andre opgaver, ikke en kontant besparelse.",
        "The value of freed capacity is FTE × value per FTE (pay incl. pension per staff group); it is capacity for other tasks, not a cash saving."
      ),
      language.pick(
        "Diskontering: år 0 = \(firstYear) tilbagediskonteres ikke; år t ganges med ∏ 1/(1 + r) for år 1…t (\(rateText())).",
        "Discounting: year 0 = \(firstYear) is not discounted; year t is multiplied by ∏ 1/(1 + r) over years 1…t (\(rateText()))."
      ),
      language.pick(
        "Tilbagebetalt: første år, hvor den akkumulerede nutidsværdi er ≥ 0 (tidligst–senest over intervallerne). Omkostning pr. årsværk = nutidsværdi af projekt og drift ÷ nutidsværdi af frigjorte årsværk.",
        "Payback: the first year the cumulative present value is ≥ 0 (earliest–latest over the ranges). Cost per FTE = present value of project and operating costs ÷ present value of freed FTE-years."
      ),
    ]
    if !analysis.isExact {
      notes.append(
        language.pick(
          "Nogle intervaller er beregnet over figurernes intervaller og kan være bredere end de sande.",
          "Some ranges are taken over the figures' ranges and may be wider than the true ones."))
    }
    return notes
  }

  /// `3.5 % (år 0–35), 2.5 % (år 36–70)`.
  func rateText() -> String {
    let style = NumberStyle(language)
    let segments = settings.discountRate.segments
    if segments.count == 1 { return style.percent(segments[0].rate, maximum: 2) }
    return segments.map {
      "\(style.percent($0.rate, maximum: 2)) " + language.pick("år", "years")
        + " \($0.years.lowerBound)–\($0.years.upperBound)"
    }.joined(separator: ", ")
  }

  /// `2027`, `2026–2028`, `2027 – efter 2033`, `efter 2033`.
  func payback(_ payback: CaseResult.Payback) -> String {
    let after = language.pick("efter \(lastYear)", "after \(lastYear)")
    switch (payback.earliest, payback.latest) {
    case (nil, _): return after
    case (let earliest?, nil): return "\(earliest) – \(after)"
    case (let earliest?, let latest?): return earliest == latest ? "\(earliest)" : "\(earliest)–\(latest)"
    }
  }

}
