import WorkforceModel

/// The risk adjustment table: delay, optimism bias and risk pool.
extension BusinessCaseReport {
  /// NPV, each risk line and the risk-adjusted NPV, per solution and for the
  /// portfolio; `nil` without an optimism bias or risks.
  package func riskTable() -> ReportTable? {
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
}
