import BusinessCase
import WorkforceModel

/// The business case of a scenario as report tables: a summary per solution
/// and for the portfolio, the risk adjustment, yearly flows, switching values,
/// and the assumptions with their sources. Used by `run` (summary and the
/// portfolio's years) and `grant` (everything).
public struct BusinessCaseReport: Sendable {
  public let analysis: BusinessCaseAnalysis
  public let language: Language

  public init(_ analysis: BusinessCaseAnalysis, language: Language) {
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
  public func summaryTable() -> ReportTable {
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

  // MARK: - Risk adjustment

  /// NPV, each risk line and the risk-adjusted NPV, per solution and for the
  /// portfolio; `nil` without an optimism bias or risks.
  public func riskTable() -> ReportTable? {
    guard analysis.portfolio.risk != nil else { return nil }
    let style = NumberStyle(language)
    var durationText = ""
    if let duration = settings.optimismBias?.duration {
      durationText = " " + style.quantity(duration.quantity.deterministicRange, unit: .share)
    }
    var table = ReportTable(
      id: "risk", sheet: language.pick("Risikojustering", "Risk adjustment"),
      title: language.pick(
        "Risikojustering: optimismetillæg og risikopulje (nutidsværdier, \(mio))",
        "Risk adjustment: optimism bias and risk pool (present values, \(mio))"),
      columns: riskColumns(durationText))
    func negative(_ x: Interval) -> Interval { Interval(-x.high, -x.low) }
    for result in analysis.solutions + [analysis.portfolio] {
      guard let risk = result.risk else { continue }
      table.append([
        .text(name(result.id)), .range(result.npv, .millions), .range(risk.delay, .millions),
        .range(negative(risk.optimismCost), .millions), .range(negative(risk.riskPool), .millions),
        .range(risk.riskAdjustedNPV, .millions), .number(result.central.riskAdjustedNPV, .millions),
      ])
    }
    table.notes = [
      language.pick(
        "Hver linje er sit eget interval; risikojusteret = nutidsværdi + forsinkelse − optimismetillæg − risikopulje, punkt for punkt.",
        "Each line is its own range; risk-adjusted = NPV + delay − optimism bias − risk pool, point by point."),
      language.pick(
        "Forsinkelse: projekt og indfasning strakt i tid med varighedstillægget. Risikopulje: Σ sandsynlighed × konsekvens af de listede risici (som i statens business case-model), afholdt som projektomkostningen.",
        "Delay: project and ramp-up stretched in time by the duration uplift. Risk pool: Σ probability × consequence of the listed risks (as in the Danish state's business-case model), spent like the project cost."
      ),
    ]
    return table
  }

  func riskColumns(_ durationText: String) -> [ReportTable.Column] {
    let money = language.pick(", kr.", ", DKK")
    func amount(_ da: String, _ en: String) -> ReportTable.Column {
      ReportTable.Column(language.pick(da, en), range: true, machine: language.pick(da, en) + money)
    }
    return [
      ReportTable.Column(language.pick("Løsning", "Solution"), .left),
      amount("Nutidsværdi", "NPV"),
      amount("Forsinkelse (varighed\(durationText))", "Delay (duration\(durationText))"),
      amount("Optimismetillæg, projekt", "Optimism bias, project"),
      amount("Risikopulje", "Risk pool"),
      amount("Risikojusteret nutidsværdi", "Risk-adjusted NPV"),
      ReportTable.Column(
        language.pick("Central, risikojusteret", "Central, risk-adjusted"),
        machine: language.pick("Central, risikojusteret", "Central, risk-adjusted") + money),
    ]
  }

  // MARK: - Years

  /// The yearly flows of one solution or of the portfolio.
  public func yearlyTable(_ result: CaseResult) -> ReportTable {
    let isTotal = result.id == "total"
    var table = ReportTable(
      id: "years_\(result.id)",
      sheet: isTotal
        ? language.pick("År, portefølje", "Years, portfolio") : language.pick("År, ", "Years, ") + result.id,
      title: language.pick("Årlige strømme", "Yearly flows") + ": " + name(result.id) + " (\(mio))",
      columns: [
        .init(language.pick("År", "Year"), .left),
        .init(language.pick("Projekt", "Project"), range: true, machine: language.pick("Projekt, kr.", "Project, DKK")),
        .init(language.pick("Drift", "Operating"), range: true, machine: language.pick("Drift, kr.", "Operating, DKK")),
        .init(language.pick("Frigjorte årsværk", "Freed FTE"), range: true),
        .init(
          language.pick("Værdi af frigjort kapacitet", "Value of freed capacity"), range: true,
          machine: language.pick("Værdi af frigjort kapacitet, kr.", "Value of freed capacity, DKK")),
        .init(language.pick("Netto", "Net"), range: true, machine: language.pick("Netto, kr.", "Net, DKK")),
        .init(language.pick("Diskonteringsfaktor", "Discount factor")),
        .init(
          language.pick("Akkumuleret nutidsværdi", "Cumulative present value"), range: true,
          machine: language.pick("Akkumuleret nutidsværdi, kr.", "Cumulative present value, DKK")),
      ])
    for year in result.years {
      table.append([
        .number(Double(year.year), .year), .range(year.projectCost, .millions), .range(year.operatingCost, .millions),
        .range(year.fte, .fte), .range(year.value, .millions), .range(year.net, .millions),
        .number(year.discountFactor, .decimal(4)), .range(year.cumulativePresentValue, .millions),
      ])
    }
    table.append([
      .text(language.pick("I alt (nominelt)", "Total (nominal)")), .range(result.totals.projectCost, .millions),
      .range(result.totals.operatingCost, .millions), .range(result.totals.fte, .fte),
      .range(result.totals.value, .millions),
      .range(result.totals.net, .millions), .empty, .range(result.npv, .millions),
    ])
    if let solution = scenario.solution(result.id), let plan = settings.plans[solution.id] {
      let style = NumberStyle(language)
      let ramp = plan.rampUp.value.map { style.percent($0, maximum: 0) }.joined(separator: ", ")
      let spread = plan.projectCostSpread.value.map { style.percent($0, maximum: 1) }.joined(separator: ", ")
      table.notes.append(
        language.pick(
          "Implementering \(plan.implementationYears.value) år; projektomkostning fordelt \(spread); indfasning \(ramp) (sidste andel fortsætter). Drift følger indfasningen.",
          "Implementation \(plan.implementationYears.value) years; project cost spread \(spread); ramp-up \(ramp) (the last share continues). Operating cost follows the ramp-up."
        ))
    }
    table.notes.append(
      language.pick(
        "Intervaller er lav–høj for hver celle for sig; den sidste kolonnes I alt-række er nutidsværdien.",
        "Ranges are low–high for each cell by itself; the last column's total row is the NPV."))
    return table
  }

  // MARK: - Switching values

  /// For each input, the value at which the NPV is zero, nearest inputs first.
  public func switchingTable() -> ReportTable {
    var table = ReportTable(
      id: "switching", sheet: language.pick("Skifteværdier", "Switching values"),
      title: language.pick(
        "Skifteværdier: den værdi af hvert input, hvor nutidsværdien bliver 0 (øvrige input centrale)",
        "Switching values: the value of each input at which the NPV is zero (other inputs central)"),
      columns: [
        .init(language.pick("Løsning", "Solution"), .left), .init("Input", .left),
        .init(language.pick("Central værdi", "Central value")), .init(language.pick("Skifteværdi", "Switching value")),
        .init(language.pick("Ændring", "Change")),
      ])
    let scopes = analysis.solutions.map(\.id) + ["total"]
    var withoutValue: [String] = []
    for scope in scopes {
      let values = analysis.switchingValues.filter { $0.scope == scope }.sorted { a, b in
        let x = a.change.map(abs) ?? .infinity
        let y = b.change.map(abs) ?? .infinity
        return x != y ? x < y : a.key < b.key
      }
      for value in values {
        guard let switching = value.value else {
          if scope != "total" {
            let name =
              value.key.hasPrefix("business_case.value_per_fte.")
              ? "value_per_fte." + value.input.name : value.input.name
            withoutValue.append("\(scope).\(name)")
          }
          continue
        }
        let format = Self.format(value.unit)
        table.append([
          .text(scope == "total" ? name(scope) : scope), .text(inputName(value, scope: scope)),
          .number(value.central, format), .number(switching, format), .optional(value.change, .percent(decimals: 1)),
        ])
      }
    }
    table.notes = [
      language.pick(
        "Ændring er i forhold til den centrale værdi. Skanningen går fra inputtets nedre grænse til 100 × den centrale værdi.",
        "Change is relative to the central value. The scan runs from the input's lower bound to 100 × the central value."
      )
    ]
    if !withoutValue.isEmpty {
      table.notes.append(
        language.pick(
          "Uden skifteværdi (nutidsværdien skifter ikke fortegn): ", "No switching value (the NPV keeps its sign): ")
          + withoutValue.joined(separator: ", ") + ".")
    }
    return table
  }

  /// `ward: Driftsudgift pr. patient pr. døgn (price_per_patient_day)`.
  func inputName(_ value: SwitchingValue, scope: String) -> String {
    // In the portfolio, an input of one solution is named with its solution.
    let owner =
      scope == "total" && !value.key.hasPrefix("assumptions.") && !value.key.hasPrefix("business_case.")
      ? String(value.key.prefix { $0 != "." }) + ": " : ""
    return owner + inputLabel(value)
  }

  func inputLabel(_ value: SwitchingValue) -> String {
    if value.key.hasPrefix("business_case.value_per_fte.") {
      return language.pick("Værdi pr. årsværk, ", "Value per FTE, ") + value.input.name
    }
    if value.key.hasSuffix(".business_case.value_per_fte") {
      return language.pick("Værdi pr. årsværk", "Value per FTE")
    }
    for solution in scenario.solutions {
      if let index = solution.arguments.firstIndex(where: { $0.name == value.input.name }) {
        let spec = solution.model.inputs[index]
        let label = language == .da ? spec.danish : spec.english
        let prefix = value.key.hasPrefix("assumptions.") ? language.pick("Fælles: ", "Shared: ") : ""
        return "\(prefix)\(label) (\(value.input.name))"
      }
    }
    return value.key
  }

  static func format(_ unit: InputSpec.Unit) -> ReportTable.Format {
    switch unit {
    case .share: .percent(decimals: 1)
    case .kroner: .kroner
    case .fte: .fte
    default: .compact
    }
  }

  // MARK: - Assumptions and sources

  /// Every business-case setting and each solution's plan, with its source.
  public func assumptionRows() -> [[ReportTable.Cell]] {
    let style = NumberStyle(language)
    var rows: [[ReportTable.Cell]] = []
    func add(_ parameter: String, _ value: String, _ source: String?) {
      rows.append([
        .text(parameter), .text(value), .text(source ?? language.pick("(ingen kilde angivet)", "(no source given)")),
      ])
    }
    add(language.pick("Startår (år 0)", "Start year (year 0)"), "\(firstYear)", settings.startYear.source)
    add(
      language.pick("Horisont", "Horizon"),
      "\(settings.horizon.value) " + language.pick("år", "years") + " (\(firstYear)–\(lastYear))",
      settings.horizon.source)
    add(language.pick("Diskonteringsrente (real)", "Discount rate (real)"), rateText(), settings.discountRate.source)
    for input in settings.valuePerFTE {
      add(
        language.pick("Værdi pr. frigjort årsværk: ", "Value per freed FTE: ") + input.name,
        style.quantity(input.quantity.deterministicRange, unit: .kroner) + language.pick(" pr. år", " per year"),
        input.source)
    }
    if let bias = settings.optimismBias {
      if let input = bias.projectCost {
        add(
          language.pick("Optimismetillæg, projektomkostning", "Optimism bias, project cost"),
          style.quantity(input.quantity.deterministicRange, unit: .share), input.source)
      }
      if let input = bias.duration {
        add(
          language.pick("Optimismetillæg, varighed", "Optimism bias, duration"),
          style.quantity(input.quantity.deterministicRange, unit: .share), input.source)
      }
    }
    for solution in scenario.solutions {
      guard let plan = settings.plans[solution.id] else { continue }
      let id = solution.id
      add(
        "\(id): " + language.pick("implementeringsår", "implementation years"), "\(plan.implementationYears.value)",
        plan.implementationYears.source)
      add(
        "\(id): " + language.pick("indfasning", "ramp-up"),
        plan.rampUp.value.map { style.percent($0, maximum: 1) }.joined(separator: ", "), plan.rampUp.source)
      add(
        "\(id): " + language.pick("fordeling af projektomkostning", "project cost spread"),
        plan.projectCostSpread.value.map { style.percent($0, maximum: 1) }.joined(separator: ", "),
        plan.projectCostSpread.source)
      add(
        "\(id): " + language.pick("faggrupper", "staff groups"),
        plan.staffShares.value.map { "\($0.group) \(style.percent($0.share, maximum: 1))" }.joined(separator: ", "),
        plan.staffShares.source)
      for (number, risk) in plan.risks.enumerated() {
        let p = style.quantity(risk.probability.quantity.deterministicRange, unit: .share)
        let c = style.quantity(risk.consequence.quantity.deterministicRange, unit: .kroner)
        let sources = [
          risk.source, risk.probability.source.map { "p: \($0)" }, risk.consequence.source.map { "k: \($0)" },
        ]
        .compactMap { $0 }.joined(separator: " · ")
        add(
          "\(id): " + language.pick("risiko \(number + 1)", "risk \(number + 1)") + " – \(risk.text)", "\(p) × \(c)",
          sources)
      }
    }
    return rows
  }

  /// The inputs of every solution's model: value and source.
  public func inputsTable() -> ReportTable {
    let style = NumberStyle(language)
    var table = ReportTable(
      id: "inputs", sheet: language.pick("Modelinput", "Model inputs"),
      title: language.pick("Bilag: modelinput og kilder", "Appendix: model inputs and sources"),
      columns: [
        .init(language.pick("Løsning", "Solution"), .left), .init("Input", .left),
        .init(language.pick("Værdi", "Value"), .left), .init(language.pick("Kilde", "Source"), .left),
      ])
    for solution in scenario.solutions {
      for (input, spec) in zip(solution.arguments, solution.model.inputs) {
        let label = language == .da ? spec.danish : spec.english
        table.append([
          .text(solution.id), .text("\(label) (\(input.name))"),
          .text(style.quantity(input.quantity.deterministicRange, unit: spec.unit)),
          .text(input.source ?? language.pick("(ingen kilde angivet)", "(no source given)")),
        ])
      }
    }
    table.notes = [
      language.pick(
        "Formlerne med tallene sat ind: workforce explain \(scenario.file).",
        "The formulas with the numbers put in: workforce explain \(scenario.file).")
    ]
    return table
  }

  // MARK: - JSON

  /// `{"start_year", "horizon", "discount_rate", "exact", "solutions": [...], "total": {...}, "switching_values": [...]}`.
  public func json() -> JSONValue {
    .object([
      ("start_year", .number(Double(firstYear))), ("horizon", .number(Double(settings.horizon.value))),
      (
        "discount_rate",
        .array(
          settings.discountRate.segments.map { segment in
            .object([
              ("from_year", .number(Double(segment.years.lowerBound))),
              ("to_year", .number(Double(segment.years.upperBound))),
              ("rate", .number(segment.rate)),
            ])
          })
      ),
      ("exact", .bool(analysis.isExact)),
      ("solutions", .array(analysis.solutions.map(Self.json))),
      ("total", Self.json(analysis.portfolio)),
      (
        "switching_values",
        .array(
          analysis.switchingValues.map { value in
            .object([
              ("scope", .string(value.scope)), ("input", .string(value.key)), ("central", .number(value.central)),
              ("value", value.value.map(JSONValue.number) ?? .null),
              ("change", value.change.map(JSONValue.number) ?? .null),
            ])
          })
      ),
    ])
  }

  static func json(_ range: Interval?) -> JSONValue {
    range.map { .range($0.low, $0.high) } ?? .null
  }

  static func json(_ result: CaseResult) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("id", .string(result.id)), ("fte_full", json(result.fullFTE)), ("fte_steady", json(result.steadyFTE)),
      ("project_cost", json(result.projectCost)), ("operating_cost", json(result.operatingCost)),
      ("value_per_fte", json(result.valuePerFTE)), ("npv", json(result.npv)),
      ("present_benefits", json(result.presentBenefits)), ("present_costs", json(result.presentCosts)),
      ("benefit_cost_ratio", json(result.benefitCostRatio)), ("cost_per_fte_year", json(result.costPerFTEYear)),
      (
        "payback",
        .object([
          ("earliest", result.payback.earliest.map { .number(Double($0)) } ?? .null),
          ("latest", result.payback.latest.map { .number(Double($0)) } ?? .null),
        ])
      ),
      (
        "central",
        .object([
          ("npv", .number(result.central.npv)), ("npv_risk_adjusted", .number(result.central.riskAdjustedNPV)),
          ("benefit_cost_ratio", result.central.benefitCostRatio.map(JSONValue.number) ?? .null),
          ("cost_per_fte_year", result.central.costPerFTEYear.map(JSONValue.number) ?? .null),
          ("payback_year", result.central.paybackYear.map { .number(Double($0)) } ?? .null),
          ("fte_steady", .number(result.central.steadyFTE)),
        ])
      ),
    ]
    if let risk = result.risk {
      members.append(
        (
          "risk_adjustment",
          .object([
            ("delay", json(risk.delay)), ("optimism_cost", json(risk.optimismCost)), ("risk_pool", json(risk.riskPool)),
            ("risk_pool_nominal", json(risk.riskPoolNominal)), ("npv_risk_adjusted", json(risk.riskAdjustedNPV)),
          ])
        ))
    } else {
      members.append(("risk_adjustment", .null))
    }
    members.append(("exact", .bool(result.isExact)))
    members.append(
      (
        "years",
        .array(
          result.years.map { year in
            .object([
              ("year", .number(Double(year.year))), ("discount_factor", .number(year.discountFactor)),
              ("project_cost", json(year.projectCost)), ("operating_cost", json(year.operatingCost)),
              ("fte", json(year.fte)), ("value", json(year.value)), ("net", json(year.net)),
              ("cumulative_present_value", json(year.cumulativePresentValue)),
            ])
          })
      ))
    return .object(members)
  }
}
