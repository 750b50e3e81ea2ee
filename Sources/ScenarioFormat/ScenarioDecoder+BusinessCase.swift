import Diagnostics
import WorkforceModel
import YAMLSubset

/// The `business_case:` block and a solution's own `business_case:` (issue 5).
/// Every value may be written bare or as `{value: …, source: "…"}`; every
/// rejection is a located error. Plans are in `ScenarioDecoder+Plans.swift`,
/// the block's pieces in `ScenarioDecoder+BusinessCasePieces.swift`, `grant:`
/// in `ScenarioDecoder+Grant.swift`.
extension ScenarioDecoder {
  static let businessCaseKeys = [
    "start_year", "horizon", "discount_rate", "value_per_fte", "implementation_years", "ramp_up",
    "project_cost_spread", "optimism_bias",
  ]
  static let solutionBusinessCaseKeys = [
    "implementation_years", "ramp_up", "project_cost_spread", "staff_shares", "value_per_fte", "risks",
  ]

  /// Longest horizon a business case may have, in years.
  static let maximumHorizon = 100

  // MARK: - business_case

  /// The top-level `business_case:` block, with every solution's plan resolved
  /// against it (defaults, staff groups, value per årsværk).
  func decodeBusinessCase(_ node: YAMLNode, scenario: Scenario) throws(Diagnostic) -> BusinessCaseSettings {
    let what = "'business_case'"
    let fields = try KeyedMapping(node, what, keys: Self.businessCaseKeys)
    var settings = BusinessCaseSettings(location: node.location)
    if let yearNode = fields["start_year"] {
      settings.startYear = try sourcedInteger(yearNode, "'start_year' of \(what)", in: 1900...2200)
    }
    if let horizonNode = fields["horizon"] {
      settings.horizon = try sourcedInteger(horizonNode, "'horizon' of \(what)", in: 1...Self.maximumHorizon)
    }
    if let rateNode = fields["discount_rate"] {
      settings.discountRate = try discountSchedule(rateNode)
    }
    if settings.discountRate.lastYear < settings.horizon.value - 1 {
      throw Diagnostic(
        at: settings.discountRate.location ?? settings.horizon.location ?? node.location,
        "the discount-rate schedule ends at year \(settings.discountRate.lastYear), but a horizon of \(settings.horizon.value) years needs rates up to year \(settings.horizon.value - 1)",
        expected: "segments covering years 0 to \(settings.horizon.value - 1), or a shorter horizon")
    }
    if let valuesNode = fields["value_per_fte"] {
      for entry in try valuesNode.expectMapping("'value_per_fte' of \(what)") {
        var input = try decodeInput(entry, in: "'value_per_fte' of \(what)")
        try checkDomain(input, Self.valueSpec(input.name), in: "'value_per_fte' of \(what)")
        try checkLimit(
          input, 1e9, in: "'value_per_fte' of \(what)", expected: "kroner per årsværk per year, at most 1mia")
        input.origin = .assumption
        settings.valuePerFTE.append(input)
      }
    }
    settings.defaults = try solutionOverrides(fields, what: what, allowSolutionKeys: false)
    if let biasNode = fields["optimism_bias"] {
      settings.optimismBias = try optimismBias(biasNode)
    }
    for solution in scenario.solutions {
      settings.plans[solution.id] = try resolvePlan(solution, settings: settings)
    }
    return settings
  }

  /// A solution's own `business_case:` block (the keys of
  /// ``solutionBusinessCaseKeys``), kept as written on the solution.
  func decodeSolutionBusinessCase(_ fields: KeyedMapping, into solution: inout Solution, what: String)
    throws(Diagnostic)
  {
    guard let node = fields["business_case"] else { return }
    let blockWhat = "'business_case' of \(what)"
    let block = try KeyedMapping(node, blockWhat, keys: Self.solutionBusinessCaseKeys)
    var overrides = try solutionOverrides(block, what: blockWhat, allowSolutionKeys: true)
    overrides.location = node.location
    solution.businessCase = overrides
  }

  /// Per-solution blocks of later features (`business_case:`, `assessment:`,
  /// and the formula keys, which `resolveModel` reads).
  func decodeSolutionExtensions(_ fields: KeyedMapping, into solution: inout Solution, what: String) throws(Diagnostic)
  {
    // MARK: issue 5 — the solution's business case.
    try decodeSolutionBusinessCase(fields, into: &solution, what: what)
    // MARK: issue 6 — the solution's `assessment:` scores go here.
    if let node = fields["funding"] { solution.funding = try decodeFunding(node, what: what) }
  }
}
