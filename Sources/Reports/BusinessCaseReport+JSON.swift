import BusinessCase
import WorkforceModel

/// The business case as JSON.
extension BusinessCaseReport {
  /// `{"start_year", "horizon", "discount_rate", "exact", "solutions": [...], "total": {...}, "switching_values": [...]}`.
  package func json() -> JSONValue {
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
              ("scope", .string(value.scope)), ("input", .string(value.key.name)), ("central", .number(value.central)),
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
