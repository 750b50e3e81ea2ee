import BusinessCase
import WorkforceModel

/// Regionernes It-råd: which projects it must risk-assess, and its portfolio
/// figures as a Danish basis for a risk buffer beside the Green Book's.
extension GrantReport {
  /// Per solution: budget against the council's limit and its portfolio's
  /// average cost, implementation years against its average duration.
  package func riskAssessmentTable() -> ReportTable {
    let style = NumberStyle(language)
    let limit = settings.itCouncilLimit.quantity.central
    let averageCost = GrantSettings.itCouncilAverageCost
    let averageYears = GrantSettings.itCouncilAverageYears
    var table = ReportTable(
      id: "it_council", sheet: language.pick("It-rådet", "IT council"),
      title: language.pick(
        "Regionernes It-råd: risikovurdering og risikobuffer", "Regionernes It-råd: risk assessment and risk buffer"),
      columns: [
        .init(language.pick("Løsning", "Solution"), .left), .init(language.pick("Finansiering", "Funding"), .left),
        .init(language.pick("Projektbudget, kr.", "Project budget, DKK")),
        .init(language.pick("Risikovurdering", "Risk assessment"), .left),
        .init(language.pick("Budget ÷ It-rådets gns. 35 mio. kr.", "Budget ÷ the council's average 35 m DKK")),
        .init(language.pick("Implementeringsår", "Implementation years")),
        .init(language.pick("År ÷ It-rådets gns. 2,6 år", "Years ÷ the council's average 2.6 years")),
      ])
    for line in application.allLines {
      let years = scenario.businessCase?.plans[line.solution]?.implementationYears.value
      table.append([
        .text(name(line)), .text(fundingText(line.funding.kind)), .number(Double(line.budget), .kroner),
        .text(councilFlag(line)), .number(Double(line.budget) / averageCost, .decimal(2)),
        .optional(years.map(Double.init), .decimal(0)), .optional(years.map { Double($0) / averageYears }, .decimal(2)),
      ])
    }
    let limitText = style.number(limit / 1e6, decimals: 0)
    table.notes = [
      language.pick(
        "Fællesregionale it-projekter med budget over \(limitText) mio. kr. skal risikovurderes af Regionernes It-råd (\(source(settings.itCouncilLimit))).",
        "Shared regional IT projects with a budget over \(limitText) m DKK must be risk-assessed by Regionernes It-råd (\(source(settings.itCouncilLimit)))."
      ),
      language.pick(
        "Et dansk grundlag for risikobufferen: It-rådets portefølje af vurderede projekter (\(Self.clause(GrantSettings.itCouncilAverageSource))).",
        "A Danish basis for the risk buffer: the council's portfolio of assessed projects (\(Self.clause(GrantSettings.itCouncilAverageSource)))."
      ),
    ]
    if let bias = scenario.businessCase?.optimismBias {
      var parts: [String] = []
      if let cost = bias.projectCost {
        parts.append(
          language.pick("projektomkostning ", "project cost ")
            + style.quantity(cost.quantity.deterministicRange, unit: .share) + " (\(source(cost)))")
      }
      if let duration = bias.duration {
        parts.append(
          language.pick("varighed ", "duration ")
            + style.quantity(duration.quantity.deterministicRange, unit: .share) + " (\(source(duration)))")
      }
      table.notes.append(
        language.pick("Business casens optimism bias ved siden af: ", "The business case's optimism bias beside it: ")
          + parts.joined(separator: "; ") + ".")
    } else {
      table.notes.append(
        language.pick(
          "Scenariet har ingen optimism bias ('business_case: optimism_bias:'); It-rådet beder om tilstrækkelige risikobuffere.",
          "The scenario has no optimism bias ('business_case: optimism_bias:'); the council asks for sufficient risk buffers."
        ))
    }
    return table
  }
}
