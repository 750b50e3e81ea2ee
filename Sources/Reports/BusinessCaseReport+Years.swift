import BusinessCase
import WorkforceModel

/// The yearly table of one solution or of the portfolio.
extension BusinessCaseReport {
  /// The yearly flows of one solution or of the portfolio.
  package func yearlyTable(_ result: CaseResult) -> ReportTable {
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
}
