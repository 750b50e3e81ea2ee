import Foundation
import RandomSampling
import ScenarioFormat
import Testing
import WorkforceModel

@testable import BusinessCase

@Suite("Exact ranges, switching values and the bundled portfolio")
struct RangeTests {
  /// Development 1–2 mio.: project 1.5–2.5 mio., operating 0.2–0.4 mio. a year.
  /// NPV(dev) = −(500,000 + dev) + (1,000,000 − 0.2 dev) × 2.486852
  /// dev = 1 mio.: 489,481.59; dev = 2 mio.: −2,500,000 + 600,000 × 2.486852 = −1,007,888.81.
  let uncertain = oneSolution(
    development: "1mio..2mio",
    businessCase: """
        horizon: 4
        discount_rate: 10%
        value_per_fte: {x: 100k}
        ramp_up: [0%, 100%]
      """)

  @Test func rangeOfTheNPV() throws {
    let a = try #require(BusinessCaseAnalysis(try decode(uncertain))?.solution("a"))
    #expect(close(a.npv, -2_500_000 + 600_000 * annuity3, -1_500_000 + 800_000 * annuity3))
    // The central value: development 1.5 mio.: −2,000,000 + 700,000 × 2.486852 = −259,203.61.
    #expect(close(a.central.npv, -2_000_000 + 700_000 * annuity3))
    // Payback: 2027 at best (dev = 1 mio.), never within the horizon at worst.
    #expect(a.payback == CaseResult.Payback(earliest: 2027, latest: nil))
    #expect(a.isExact)
  }

  /// NPV = 0 ⇔ −500,000 − dev + 2,486,851.99 − 0.2 dev × 2.486852 = 0
  /// ⇔ dev = 1,986,851.99 / 1.497370398 = 1,326,826.2, which is −11.5 % from 1.5 mio.
  @Test func switchingValueOfTheDevelopmentCost() throws {
    let analysis = try #require(BusinessCaseAnalysis(try decode(uncertain)))
    let development = try #require(analysis.switchingValues.first { $0.key.name == "a.development" })
    let expected = (1_000_000 * annuity3 - 500_000) / (1 + 0.2 * annuity3)
    #expect(close(try #require(development.value), expected, relative: 1e-9))
    #expect(close(try #require(development.change), expected / 1_500_000 - 1, relative: 1e-9))
    // The value per årsværk switches where 10 v × A − 200,000·1.5·A… : (fte·v − O)·A = P·B
    // ⇔ v = (2,000,000 / 2.486852 + 300,000) / 10 = 110,423.0.
    let value = try #require(analysis.switchingValues.first { $0.key.name == "business_case.value_per_fte.x" })
    let expectedValue = (2_000_000 / annuity3 + 300_000) / 10
    #expect(close(try #require(value.value), expectedValue, relative: 1e-9))
  }

  /// An input whose name starts with `risk` is an input like any other (the
  /// switching values once dropped every key containing `.risk`, meant for
  /// the listed risks' probabilities and consequences).
  ///
  /// fte = 29,000 h ÷ 1,450 h ÷ risk_factor = 20 ÷ r; value 100,000 kr. each,
  /// no operating cost, project 500,000 in year 0, effect in years 1–3:
  /// NPV(r) = −500,000 + 2,000,000 ÷ r × A with A = annuity3, zero at r = 4 × A = 9.9474.
  @Test func inputNamedLikeARiskHasASwitchingValue() throws {
    let text = """
      assumptions: {hours_per_fte: 1450}
      solutions:
        f:
          model: formula
          staff: [x]
          inputs: {hours: 29000, risk_factor: 2, project_management: 500k}
          formulas:
            fte: "hours / hours_per_fte / risk_factor"
            project_cost: "project_management"
            operating_cost: "0"
          business_case:
            risks:
              - {risk: "delay", probability: 10%..20%, consequence: 1mio, source: "test"}
      business_case:
        horizon: 4
        discount_rate: 10%
        value_per_fte: {x: 100k}
        ramp_up: [0%, 100%]
      """
    let analysis = try #require(BusinessCaseAnalysis(try decode(text)))
    let factor = try #require(analysis.switchingValues.first { $0.key == .input(solution: "f", name: "risk_factor") })
    #expect(factor.key.name == "f.risk_factor")
    #expect(close(try #require(factor.value), 4 * annuity3, relative: 1e-9))
    // The listed risk itself does not enter the NPV, so it has no switching value.
    #expect(!analysis.switchingValues.contains { if case .risk = $0.key { true } else { false } })
  }

  /// The corner search over shared and private inputs must equal a plain
  /// enumeration of every corner of the whole input box, on random
  /// portfolios of two solutions that share the value of a staff group and an
  /// uncertain `hours_per_fte`.
  @Test(arguments: 1...12)
  func decompositionMatchesFullEnumeration(seed: UInt64) throws {
    var rng = Xoshiro256StarStar(seed: seed, stream: 99)
    func range(_ low: Double, _ width: Double) -> String {
      let a = low * (0.5 + rng.nextUnit())
      let b = a * (1 + width * rng.nextUnit())
      return "\(a)..\(b)"
    }
    let text = """
      assumptions: {hours_per_fte: \(range(1400, 0.2))}
      solutions:
        a:
          model: rpa
          staff: [x, y]
          inputs: {reports_per_year: \(range(600, 0.5)), fields_per_report: 1, minutes_per_field: 1450, \
      pre_analysis: 0, development: \(range(1e6, 1)), project_management: \(range(5e5, 0.5)), organisational: 0, \
      operations_share_of_development: 20%}
        b:
          model: ward
          staff: [x]
          inputs: {minutes_saved_per_patient_day: \(range(10, 0.5)), admissions: 100000, share: 25%, \
      length_of_stay_days: 4, price_per_patient_day: \(range(50, 1)), project_management: 1mio, tender: 0}
      business_case:
        horizon: 5
        discount_rate: 3.5%
        value_per_fte: {x: \(range(4e5, 0.5)), y: \(range(8e5, 0.3))}
        ramp_up: [20%, 70%, 100%]
      """
    let scenario = try decode(text)
    let analysis = try #require(BusinessCaseAnalysis(scenario))
    // Plain enumeration: every corner of every uncertain variable at once.
    let inputs = analysis.inputs
    let uncertain = inputs.variables.indices.filter { inputs.variables[$0].isUncertain }
    let evaluator = PointEvaluator(scenario: scenario, inputs: inputs)
    let d = analysis.settings.discountFactors
    var low = Double.infinity
    var high = -Double.infinity
    var bcrLow = Double.infinity
    var bcrHigh = -Double.infinity
    var point = inputs.centralPoint
    for corner in 0..<(1 << uncertain.count) {
      for (bit, v) in uncertain.enumerated() {
        point[v] = corner & (1 << bit) != 0 ? inputs.variables[v].range.high : inputs.variables[v].range.low
      }
      var npv = 0.0
      var benefits = 0.0
      var costs = 0.0
      let layout = CaseCells(horizon: 5)
      for s in 0..<2 {
        let plan = try #require(analysis.settings.plans[scenario.solutions[s].id])
        let figures = evaluator.figures(s, point)
        npv += BusinessCaseSettings.presentValues(figures, plan: plan, discountFactors: d).npv
        var cells: [Double] = []
        layout.fill(&cells, figures: figures, plan: plan, discountFactors: d)
        benefits += cells[layout.index(.presentBenefits)]
        costs += cells[layout.index(.presentCosts)]
      }
      low = min(low, npv)
      high = max(high, npv)
      bcrLow = min(bcrLow, benefits / costs)
      bcrHigh = max(bcrHigh, benefits / costs)
    }
    #expect(close(analysis.portfolio.npv, low, high, relative: 1e-9))
    let bcr = try #require(analysis.portfolio.benefitCostRatio)
    #expect(close(bcr, bcrLow, bcrHigh, relative: 1e-9))
  }

  /// With more than ten uncertain inputs of its own, a solution is searched
  /// over its figures instead: the range may be wider than the truth but must
  /// contain it (checked against the full enumeration of its 2^14 corners).
  @Test func manyInputsStillEncloseTheTruth() throws {
    let text = oneSolution(
      development: "1mio..2mio",
      businessCase: """
          horizon: 4
          discount_rate: 10%
          value_per_fte: {x: 90k..110k}
          ramp_up: [0%, 100%]
        """,
      ownBusinessCase: """
            business_case:
              risks:
                - {risk: "a", probability: 10%..20%, consequence: 1mio..2mio}
                - {risk: "b", probability: 10%..20%, consequence: 1mio..2mio}
                - {risk: "c", probability: 10%..20%, consequence: 1mio..2mio}
                - {risk: "d", probability: 10%..20%, consequence: 1mio..2mio}
                - {risk: "e", probability: 10%..20%, consequence: 1mio..2mio}
                - {risk: "f", probability: 10%..20%, consequence: 1mio..2mio}
        """
    ).replacingOccurrences(of: "pre_analysis: 0", with: "pre_analysis: 0..100k")
    let scenario = try decode(text)
    let analysis = try #require(BusinessCaseAnalysis(scenario))
    let a = try #require(analysis.solution("a"))
    #expect(!a.isExact)
    let inputs = analysis.inputs
    let uncertain = inputs.variables.indices.filter { inputs.variables[$0].isUncertain }
    #expect(uncertain.count == 15)
    let evaluator = PointEvaluator(scenario: scenario, inputs: inputs)
    let plan = try #require(analysis.settings.plans["a"])
    let d = analysis.settings.discountFactors
    var low = Double.infinity
    var high = -Double.infinity
    var point = inputs.centralPoint
    for corner in 0..<(1 << uncertain.count) {
      for (bit, v) in uncertain.enumerated() {
        point[v] = corner & (1 << bit) != 0 ? inputs.variables[v].range.high : inputs.variables[v].range.low
      }
      let values = BusinessCaseSettings.presentValues(evaluator.figures(0, point), plan: plan, discountFactors: d)
      low = min(low, values.riskAdjusted)
      high = max(high, values.riskAdjusted)
    }
    let range = try #require(a.risk).riskAdjustedNPV
    // Contains the truth, up to rounding in the last digits.
    #expect(range.low <= low + 1e-9 * abs(low) && range.high >= high - 1e-9 * abs(high))
    #expect(a.npv.contains(a.central.npv))
  }

  /// The bundled portfolio: every solution has a plan, ranges are exact, and
  /// the figures hold together (portfolio = Σ solutions where sums apply).
  @Test func bundledPortfolio() throws {
    let scenario = try ScenarioLoaderHelper.bundled("portfolio.yaml")
    let analysis = try #require(BusinessCaseAnalysis(scenario))
    #expect(analysis.solutions.map(\.id) == ["ward", "migo", "dermloop", "mammography", "rpa"])
    #expect(analysis.isExact)
    #expect(analysis.portfolio.years.first?.year == 2024)
    #expect(analysis.portfolio.years.count == 10)
    // Dermloop stays at 80 % adoption: 93–95 × 80 % = 74.4–76 årsværk.
    #expect(close(try #require(analysis.solution("dermloop")).steadyFTE, 74.4, 76))
    // The central NPV of the portfolio is the sum of the solutions' central NPVs.
    let sum = analysis.solutions.reduce(0) { $0 + $1.central.npv }
    #expect(close(analysis.portfolio.central.npv, sum))
    // No NaN or infinity anywhere.
    for result in analysis.solutions + [analysis.portfolio] {
      #expect(result.npv.isFinite && result.steadyFTE.isFinite)
      #expect(result.years.allSatisfy { $0.net.isFinite && $0.cumulativePresentValue.isFinite })
    }
  }
}

/// Loads a bundled scenario from the package's `Scenarios` folder.
enum ScenarioLoaderHelper {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func bundled(_ name: String) throws -> Scenario {
    try ScenarioLoader().load(root.appendingPathComponent("Scenarios").appendingPathComponent(name).path)
  }
}
