import Diagnostics
import Foundation
import ScenarioFormat
import Testing
import WorkforceModel

/// A ward solution with staff on lines 1–5; `extra` starts on line 6.
private func ward(_ extra: String) -> String {
  """
  solutions:
    ward:
      model: ward
      staff: [sygeplejersker]
      inputs: {minutes_saved_per_patient_day: 13.25, admissions: 725_000, share: 25%, length_of_stay_days: 4, \
  price_per_patient_day: 75..125, project_management: 20mio..25mio, tender: 2mio, hours_per_fte: 1450}
  \(extra)
  """
}

@Suite("Decoding business_case and grant")
struct BusinessCaseDecodingTests {
  @Test func everySettingWithItsSource() throws {
    // Lines 6–12 belong to the ward solution (four spaces), the rest is top level.
    let scenario = try decode(
      ward(
        """
            business_case:
              implementation_years: {value: 2, source: "et til to år"}
              ramp_up: {value: [25%, 75%, 100%], source: "roll-out"}
              project_cost_spread: [60%, 40%]
              risks:
                - {risk: "CE delayed", probability: 20%, consequence: {value: 3mio, source: "guess"}, source: "report"}
        business_case:
          start_year: {value: 2025, source: "start"}
          horizon: 12
          discount_rate:
            schedule: [{years: 0..35, rate: 3.5%}, {years: 36..70, rate: 2.5%}]
            source: "Finansministeriet 2021"
          value_per_fte:
            sygeplejersker: {value: 500k..560k, source: "pay"}
          optimism_bias: {project_cost: 10%..200%, duration: {value: 10%..54%, source: "Green Book"}}
        grant:
          pool: {value: 80mio, source: "pool"}
          co_financing: 40%
          goal_fte: 10_000
          period: "2023–2025"
          regions_share: {value: 25%..40%, source: "assumed"}
          it_council_limit: {value: 12mio, source: "council"}
          basis: central
          applicants: {ward: {lead: "Region Hovedstaden", budget: 30mio, source: "lead"}}
          regional_key: {source: "seats", Nordjylland: 21, Hovedstaden: 62}
        """))
    let settings = try #require(scenario.businessCase)
    #expect(settings.startYear.value == 2025 && settings.startYear.source == "start")
    #expect(settings.horizon.value == 12 && settings.horizon.source == nil)
    #expect(settings.discountRate.segments.map(\.rate) == [0.035, 0.025])
    #expect(settings.discountRate.segments.map(\.years) == [0...35, 36...70])
    #expect(settings.discountRate.source == "Finansministeriet 2021")
    #expect(settings.valuePerFTE.map(\.name) == ["sygeplejersker"])
    #expect(settings.valuePerFTE[0].quantity == .range(low: 500_000, high: 560_000))
    #expect(settings.optimismBias?.projectCost?.quantity == .range(low: 0.1, high: 2))
    #expect(settings.optimismBias?.duration?.source == "Green Book")
    let plan = try #require(settings.plans["ward"])
    #expect(plan.implementationYears.value == 2 && plan.implementationYears.source == "et til to år")
    #expect(plan.rampUp.value == [0.25, 0.75, 1] && plan.rampUp.source == "roll-out")
    #expect(plan.projectCostSpread.value == [0.6, 0.4])
    #expect(plan.staffShares.value == [.init(group: "sygeplejersker", share: 1)])
    #expect(plan.valueInputs.map(\.name) == ["sygeplejersker"])
    #expect(plan.risks.count == 1 && plan.risks[0].text == "CE delayed" && plan.risks[0].source == "report")
    #expect(plan.risks[0].consequence.quantity == .point(3_000_000) && plan.risks[0].consequence.source == "guess")
    let grant = try #require(scenario.grant)
    #expect(grant.pool.quantity == .point(80_000_000) && grant.pool.source == "pool")
    #expect(grant.coFinancing.quantity == .point(0.4))
    #expect(grant.basis == .central && grant.period == "2023–2025" && grant.periodYears == 2023...2025)
    #expect(grant.regionsShare?.quantity == .range(low: 0.25, high: 0.4) && grant.regionsShare?.source == "assumed")
    #expect(grant.itCouncilLimit.quantity == .point(12_000_000) && grant.itCouncilLimit.source == "council")
    #expect(grant.applicants?.map(\.solution) == ["ward"])
    #expect(grant.applicants?.first?.lead == "Region Hovedstaden")
    #expect(grant.applicants?.first?.budget?.quantity == .point(30_000_000))
    #expect(grant.regionalKey.map(\.name) == ["Nordjylland", "Hovedstaden"])
    #expect(grant.regionalKey.map(\.weight) == [21, 62] && grant.regionalKeySource == "seats")
  }

  /// Left out: start 2024, 10 years, the Ministry of Finance's 2021 rates, one
  /// implementation year, a linear ramp-up, an even spread, equal staff shares;
  /// `grant: {}` is the published pool.
  @Test func defaults() throws {
    let scenario = try decode(ward("business_case: {value_per_fte: {sygeplejersker: 500k}}\ngrant: {}"))
    let settings = try #require(scenario.businessCase)
    #expect(settings.startYear.value == 2024 && settings.startYear.isDefault)
    #expect(settings.horizon.value == 10)
    #expect(settings.discountRate == .financeMinistry2021)
    let plan = try #require(settings.plans["ward"])
    #expect(plan.implementationYears.value == 1 && plan.rampUp.value == [0, 1] && plan.projectCostSpread.value == [1])
    #expect(plan.staffShares.value == [.init(group: "sygeplejersker", share: 1)])
    let grant = try #require(scenario.grant)
    #expect(grant.pool.quantity == .point(100_000_000) && grant.coFinancing.quantity == .point(0.5))
    #expect(grant.goalFTE.quantity == .point(10_000) && grant.basis == .prudent && grant.applicants == nil)
    #expect(grant.regionalKey.map(\.weight) == [21, 62, 31, 43, 43] && grant.totalWeight == 200)
    // The pool pays out 2023–2025; no regions' share unless given; the It-råd's 10 mio. kr.
    #expect(grant.periodYears == 2023...2025 && grant.regionsShare == nil)
    #expect(grant.itCouncilLimit.quantity == .point(10_000_000))
    #expect(grant.itCouncilLimit.source?.contains("Regionernes It-råd") == true)
    // Without `funding:` a solution applies to the pool.
    #expect(scenario.solutions[0].funding == nil)
  }

  /// `funding:` as one word or with its source.
  @Test func funding() throws {
    let short = try decode(ward("    funding: own\nbusiness_case: {value_per_fte: {sygeplejersker: 1}}"))
    #expect(short.solutions[0].funding?.kind == .own && short.solutions[0].funding?.source == nil)
    let sourced = try decode(
      ward("    funding: {value: economy_agreement_2024, source: \"board paper\"}\ngrant: {}"))
    let funding = try #require(sourced.solutions[0].funding)
    #expect(funding.kind == .economyAgreement2024 && funding.source == "board paper" && !funding.isPool)
    #expect(funding.location?.line == 6)
  }

  /// The periods the pool can pay out in.
  @Test func periodYears() {
    #expect(GrantSettings.years(ofPeriod: "2023–2025") == 2023...2025)
    #expect(GrantSettings.years(ofPeriod: "2023 - 2026") == 2023...2026)
    #expect(GrantSettings.years(ofPeriod: "2024") == 2024...2024)
    #expect(GrantSettings.years(ofPeriod: "2025–2023") == nil)
    #expect(GrantSettings.years(ofPeriod: "2023 til 2025") == nil)
    #expect(GrantSettings.years(ofPeriod: "") == nil)
  }

  /// A constant rate, written bare or with a source; an explicit spread sets
  /// the number of implementation years.
  @Test func constantRateAndSpreadYears() throws {
    let scenario = try decode(
      ward(
        """
            business_case: {project_cost_spread: [20%, 30%, 50%]}
        business_case: {value_per_fte: {sygeplejersker: 500k}, discount_rate: {value: 4%, source: "old rate"}}
        """))
    let settings = try #require(scenario.businessCase)
    #expect(settings.discountRate.segments.map(\.rate) == [0.04] && settings.discountRate.source == "old rate")
    #expect(settings.plans["ward"]?.implementationYears.value == 3)
    #expect(settings.plans["ward"]?.rampUp.value == [0, 1.0 / 3, 2.0 / 3, 1])
  }

  @Test(arguments: [
    (
      "business_case: {value_per_fte: {sygeplejersker: 500k}, horizon: 0}",
      "f.yaml:6:65: error: 'horizon' of 'business_case' is '0'; expected a whole number from 1 to 100"
    ),
    (
      "business_case:\n  value_per_fte: {sygeplejersker: 500k}\n  discount_rate:\n    schedule: [{years: 0..35, rate: 3.5%}, {years: 37..70, rate: 2.5%}]",
      "f.yaml:9:52: error: the segment for years 37..70 does not start at year 36; expected contiguous segments starting at year 0"
    ),
    (
      "business_case:\n  value_per_fte: {sygeplejersker: 500k}\n  horizon: 40\n  discount_rate: {schedule: [{years: 0..35, rate: 3.5%}]}",
      "f.yaml:9:29: error: the discount-rate schedule ends at year 35, but a horizon of 40 years needs rates up to year 39; expected segments covering years 0 to 39, or a shorter horizon"
    ),
    (
      "business_case:\n  value_per_fte: {sygeplejersker: 500k}\n  ramp_up: [25%, 125%]",
      "f.yaml:8:18: error: share '125%' in 'ramp_up' of 'business_case'; expected one share between 0% and 100%"
    ),
    (
      "business_case:\n  value_per_fte: {sygeplejersker: 500k}\n  implementation_years: 2\n  project_cost_spread: [100%]",
      "f.yaml:9:24: error: 'project_cost_spread' has 1 shares, but solution 'ward' takes 2 implementation years; expected one share per implementation year (2), or 'even'"
    ),
    (
      "business_case:\n  value_per_fte: {sygeplejersker: 500k}\n  discount_rate: {value: 3.5%, sourse: \"x\"}",
      "f.yaml:8:32: error: unknown key 'sourse' in 'discount_rate' of 'business_case'; expected one of value, schedule, source, note; did you mean 'source'?"
    ),
    (
      "business_case:\n  value_per_fte: {nurses: 500k}",
      "f.yaml:2:3: error: no value per freed årsværk for staff group 'sygeplejersker' of solution 'ward'; expected 'sygeplejersker: <kroner per årsværk per year>' under business_case.value_per_fte (it has nurses), or 'value_per_fte' in the solution's own business_case"
    ),
    (
      "business_case:\n  value_per_fte: {sygeplejersker: 500k}\n  implementation_years: 11",
      "f.yaml:8:25: error: solution 'ward' takes 11 implementation years, longer than the horizon of 10 years; expected at most 10 implementation years"
    ),
    (
      "business_case:\n  value_per_fte: {sygeplejersker: -5}",
      "f.yaml:7:35: error: input 'sygeplejersker' of 'value_per_fte' of 'business_case' is -5, out of range; expected a number ≥ 0"
    ),
    (
      "business_case: {discount_rat: 3%}",
      "f.yaml:6:17: error: unknown key 'discount_rat' in 'business_case'; expected one of start_year, horizon, discount_rate, value_per_fte, implementation_years, ramp_up, project_cost_spread, optimism_bias; did you mean 'discount_rate'?"
    ),
    (
      "grant: {pool: 90mio..100mio}",
      "f.yaml:6:15: error: 'pool' of 'grant' is a range or a distribution; expected one number: the application states one amount"
    ),
    (
      "grant: {co_financing: 150%}",
      "f.yaml:6:23: error: input 'co_financing' of 'grant' is 150%, out of range; expected a share between 0% and 100%"
    ),
    (
      "grant:\n  applicants: [ward, ward]",
      "f.yaml:7:22: error: solution 'ward' is listed twice in 'applicants' of 'grant'; expected each solution once"
    ),
    (
      "grant:\n  applicants: [wrd]",
      "f.yaml:7:16: error: unknown solution 'wrd' in 'applicants' of 'grant'; expected one of ward; did you mean 'ward'?"
    ),
    (
      "grant: {period: \"2023 til 2025\"}",
      "f.yaml:6:17: error: period '2023 til 2025' of 'grant'; expected the years the pool pays out in, e.g. \"2023–2025\" or \"2024\""
    ),
    (
      "grant: {regions_share: \"uniform(20%, 40%)\"}",
      "f.yaml:6:24: error: 'regions_share' of 'grant' is a distribution; expected one share or a range low..high, e.g. 25%..40%"
    ),
    (
      "grant: {regions_share: 140%}",
      "f.yaml:6:24: error: input 'regions_share' of 'grant' is 140%, out of range; expected a share between 0% and 100%"
    ),
    (
      "grant:\n  regional_key: {source: \"x\", Nord: 0}",
      "f.yaml:7:17: error: 'regional_key' of 'grant' has no region with a positive weight; expected region: weight entries, e.g. Hovedstaden: 62"
    ),
  ])
  func rejections(_ extra: String, _ message: String) {
    #expect(decodeMessage(ward(extra)) == message)
  }

  /// The solution's own block, lines 6–8 (under `ward:`), before `business_case:` on line 9.
  @Test(arguments: [
    (
      "    business_case:\n      staff_shares: {sygeplejersker: 60%, læger: 40%}",
      "f.yaml:7:21: error: staff group 'læger' in 'staff_shares' is not among the staff of solution 'ward'; expected one of sygeplejersker"
    ),
    (
      "    business_case:\n      risks:\n        - {risk: \"x\", consequence: 2mio}",
      "f.yaml:8:11: error: risk 1 of 'risks' of 'business_case' of solution 'ward' has no 'probability'; expected probability: a share between 0% and 100%"
    ),
    (
      "    business_case:\n      risks:\n        - {risk: \"x\", probability: 120%, consequence: 2mio}",
      "f.yaml:8:36: error: input 'probability' of risk 1 of 'risks' of 'business_case' of solution 'ward' is 120%, out of range; expected a share between 0% and 100%"
    ),
    (
      "    business_case:\n      project_cost_spread: [50%, 40%]",
      "f.yaml:7:28: error: the shares of 'project_cost_spread' of 'business_case' of solution 'ward' add up to 90%; expected shares adding up to 100%"
    ),
    (
      "    funding: econmy_agreement_2024",
      "f.yaml:6:14: error: unknown funding 'econmy_agreement_2024' in solution 'ward'; expected one of pool, economy_agreement_2024, own, other; did you mean 'economy_agreement_2024'?"
    ),
    (
      "    funding: {value: other}",
      "f.yaml:6:22: error: 'funding' of solution 'ward' is 'other' without a source; expected {value: other, source: \"…\"} saying where the money comes from"
    ),
    (
      "    funding: {sorce: x}",
      "f.yaml:6:15: error: unknown key 'sorce' in 'funding' of solution 'ward'; expected one of value, source; did you mean 'source'?"
    ),
    (
      "    business_case:\n      ramp: [50%]",
      "f.yaml:7:7: error: unknown key 'ramp' in 'business_case' of solution 'ward'; expected one of implementation_years, ramp_up, project_cost_spread, staff_shares, value_per_fte, risks"
    ),
  ])
  func solutionRejections(_ own: String, _ message: String) {
    #expect(decodeMessage(ward(own + "\nbusiness_case: {value_per_fte: {sygeplejersker: 1}}")) == message)
  }

  /// A variant that changes one plan setting keeps the others (key-by-key merge).
  @Test func extendsMergesPlansKeyByKey() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try write(
      ward(
        """
            business_case: {implementation_years: 2, ramp_up: [50%, 100%]}
        business_case: {value_per_fte: {sygeplejersker: 500k}}
        """), to: "base.yaml", in: folder)
    let variant = try write(
      """
      extends: base.yaml
      solutions:
        ward:
          business_case:
            ramp_up: {value: [10%, 60%, 100%], source: "slower"}
      """, to: "variant.yaml", in: folder)
    let scenario = try ScenarioLoader().load(variant.path)
    let plan = try #require(scenario.businessCase?.plans["ward"])
    #expect(plan.implementationYears.value == 2)
    #expect(plan.rampUp.value == [0.1, 0.6, 1] && plan.rampUp.source == "slower")
  }

  /// The bundled portfolio decodes with a plan for every solution and a source
  /// for every business-case and grant value it sets.
  @Test func bundledPortfolioHasSources() throws {
    let scenario = try ScenarioLoader().load(bundled("portfolio.yaml"))
    let settings = try #require(scenario.businessCase)
    #expect(settings.startYear.source != nil && settings.horizon.source != nil && settings.discountRate.source != nil)
    #expect(settings.valuePerFTE.allSatisfy { $0.source?.isEmpty == false })
    for solution in scenario.solutions {
      let plan = try #require(settings.plans[solution.id])
      #expect(plan.implementationYears.source != nil && plan.rampUp.source != nil, "\(solution.id)")
      #expect(
        plan.risks.allSatisfy { $0.source != nil && $0.probability.source != nil && $0.consequence.source != nil })
    }
    let grant = try #require(scenario.grant)
    #expect(grant.pool.source != nil && grant.coFinancing.source != nil && grant.goalFTE.source != nil)
    #expect(grant.regionalKeySource != nil)
    #expect(grant.applicants?.allSatisfy { $0.source != nil } == true)
  }
}
