import Foundation
import Testing
import WorkforceModel

@testable import BusinessCase

@Suite("Net present value, payback and ratios against hand-computed cases")
struct NetPresentValueTests {
  /// 10 årsværk × 100,000 kr. = 1,000,000 kr. a year at full effect; project
  /// 1,500,000 in year 0; operating 200,000 a year; ramp-up [0 %, 100 %];
  /// 10 % a year; horizon 4 years (2024–2027).
  let simple = oneSolution(
    businessCase: """
        start_year: 2024
        horizon: 4
        discount_rate: 10%
        value_per_fte: {x: 100k}
        implementation_years: 1
        ramp_up: [0%, 100%]
      """)

  @Test func yearlyTable() throws {
    let analysis = try #require(BusinessCaseAnalysis(try decode(simple)))
    let a = try #require(analysis.solution("a"))
    // Year 0: project 1.5 mio, nothing else; net −1.5 mio.
    #expect(a.years[0].projectCost == Interval(constant: 1_500_000))
    #expect(a.years[0].fte == Interval(constant: 0) && a.years[0].operatingCost == Interval(constant: 0))
    #expect(a.years[0].net == Interval(constant: -1_500_000))
    // Years 1–3: 10 årsværk, value 1,000,000, operating 200,000, net 800,000.
    for t in 1...3 {
      #expect(a.years[t].fte == Interval(constant: 10))
      #expect(a.years[t].value == Interval(constant: 1_000_000))
      #expect(a.years[t].operatingCost == Interval(constant: 200_000))
      #expect(a.years[t].net == Interval(constant: 800_000))
    }
    // Nominal totals: 30 årsværk-years, net 3 × 800,000 − 1,500,000 = 900,000.
    #expect(a.totals.fte == Interval(constant: 30))
    #expect(a.totals.net == Interval(constant: 900_000))
  }

  @Test func npvPaybackAndRatios() throws {
    let analysis = try #require(BusinessCaseAnalysis(try decode(simple)))
    let a = try #require(analysis.solution("a"))
    // NPV = −1,500,000 + 800,000 × (1/1.1 + 1/1.21 + 1/1.331)
    //     = −1,500,000 + 800,000 × 2.486851991 = 489,481.59
    let npv = -1_500_000 + 800_000 * annuity3
    #expect(close(npv, 489_481.592787, relative: 1e-11))
    #expect(close(a.npv, npv, npv))
    #expect(close(a.central.npv, npv))
    // Cumulative present value: −1,500,000; −772,727.27; −111,570.25; +489,481.59.
    #expect(close(a.years[1].cumulativePresentValue.low, -1_500_000 + 800_000 / 1.1))
    #expect(close(a.years[2].cumulativePresentValue.low, -1_500_000 + 800_000 / 1.1 + 800_000 / 1.21))
    // So the payback year is year 3 = 2027.
    #expect(a.payback == CaseResult.Payback(earliest: 2027, latest: 2027))
    #expect(a.central.paybackYear == 2027)
    #expect(a.central.years.map(\.net) == [-1_500_000, 800_000, 800_000, 800_000])
    #expect(a.central.years.last?.cumulativePresentValue == a.years.last?.cumulativePresentValue.low)
    // Benefit/cost = PV(value) / PV(costs)
    //   = 1,000,000 × 2.48685 / (1,500,000 + 200,000 × 2.48685) = 2,486,851.99 / 1,997,370.40 = 1.24506
    let bcr = 1_000_000 * annuity3 / (1_500_000 + 200_000 * annuity3)
    #expect(close(try #require(a.benefitCostRatio), bcr, bcr))
    // Cost per freed årsværk-year = PV(costs) / PV(årsværk) = 1,997,370.40 / 24.8685199 = 80,317.2
    let perFTE = (1_500_000 + 200_000 * annuity3) / (10 * annuity3)
    #expect(close(try #require(a.costPerFTEYear), perFTE, perFTE))
    #expect(close(perFTE, 80_317.2, relative: 1e-6))
  }

  @Test func noPaybackWithinAShorterHorizon() throws {
    // Horizon 3: NPV = −1,500,000 + 800,000 × (1/1.1 + 1/1.21) = −111,570.25 < 0.
    let text = simple.replacingOccurrences(of: "horizon: 4", with: "horizon: 3")
    let a = try #require(BusinessCaseAnalysis(try decode(text))?.solution("a"))
    #expect(close(a.central.npv, -1_500_000 + 800_000 / 1.1 + 800_000 / 1.21))
    #expect(a.payback == CaseResult.Payback(earliest: nil, latest: nil))
  }

  /// Two implementation years, spread [60 %, 40 %], ramp-up [50 %, 100 %], 0 %:
  /// year 0: project 900,000, 5 årsværk (value 500,000), operating 100,000 → net −500,000;
  /// year 1: project 600,000, 10 årsværk, operating 200,000 → net 200,000;
  /// year 2: net 800,000. NPV at 0 % = −500,000 + 200,000 + 800,000 = 500,000.
  @Test func spreadAndRampUp() throws {
    let text = oneSolution(
      businessCase: """
          horizon: 3
          discount_rate: 0%
          value_per_fte: {x: 100k}
          project_cost_spread: {value: [60%, 40%], source: "test"}
          ramp_up: [50%, 100%]
        """)
    let a = try #require(BusinessCaseAnalysis(try decode(text))?.solution("a"))
    #expect(a.years.map(\.projectCost.low) == [900_000, 600_000, 0])
    #expect(a.years.map(\.fte.low) == [5, 10, 10])
    #expect(a.years.map(\.net.low) == [-500_000, 200_000, 800_000])
    #expect(close(a.npv, 500_000, 500_000))
  }

  /// Without `ramp_up` the effect rises linearly over the implementation
  /// years: 2 years → [0 %, 50 %, 100 %].
  @Test func defaultRampUpIsLinear() throws {
    let text = oneSolution(businessCase: "  horizon: 4\n  implementation_years: 2\n  value_per_fte: {x: 100k}")
    let a = try #require(BusinessCaseAnalysis(try decode(text))?.solution("a"))
    #expect(a.years.map(\.fte.low) == [0, 5, 10, 10])
    #expect(a.years.map(\.projectCost.low) == [750_000, 750_000, 0, 0])
  }

  /// Risk adjustment, each line by hand (the simple case, NPV 489,481.59):
  /// optimism bias +50 % on the project cost spent in year 0: 750,000;
  /// risk pool 50 % × 200,000 = 100,000 in year 0.
  /// Risk-adjusted NPV = 489,481.59 − 750,000 − 100,000 = −360,518.41.
  @Test func riskAdjustmentLines() throws {
    let text = oneSolution(
      businessCase: """
          start_year: 2024
          horizon: 4
          discount_rate: 10%
          value_per_fte: {x: 100k}
          implementation_years: 1
          ramp_up: [0%, 100%]
          optimism_bias: {project_cost: 50%}
        """,
      ownBusinessCase: """
            business_case:
              risks:
                - {risk: "delay", probability: 50%, consequence: 200k, source: "test"}
        """)
    let merged = try decode(text)
    let a = try #require(BusinessCaseAnalysis(merged)?.solution("a"))
    let risk = try #require(a.risk)
    #expect(close(risk.optimismCost, 750_000, 750_000))
    #expect(close(risk.riskPool, 100_000, 100_000))
    #expect(close(risk.delay, 0, 0))
    let npv = -1_500_000 + 800_000 * annuity3
    #expect(close(risk.riskAdjustedNPV, npv - 850_000, npv - 850_000))
  }

  /// A duration uplift of 100 % doubles every time: the project cost is spent
  /// half in year 0 and half in year 1, and the effect reaches 50 % in year 1
  /// (ramp-up read at t/2 = 0.5) and 100 % from year 2.
  /// Effect weight A = 1/1.1 + 1/1.21 + 1/1.331 becomes 0.5/1.1 + 1/1.21 + 1/1.331: −0.5/1.1.
  /// Project weight B = 1 becomes 0.5 + 0.5/1.1: −0.5 + 0.5/1.1.
  /// Delay = 800,000 × (−0.5/1.1) − 1,500,000 × (−0.5 + 0.5/1.1) = −363,636.36 + 68,181.82 = −295,454.55.
  @Test func durationUpliftDelaysEverything() throws {
    let text = simple + "\n  optimism_bias: {duration: 100%}\n"
    let a = try #require(BusinessCaseAnalysis(try decode(text))?.solution("a"))
    let delay = 800_000 * (-0.5 / 1.1) - 1_500_000 * (-0.5 + 0.5 / 1.1)
    #expect(close(delay, -295_454.545454, relative: 1e-10))
    let risk = try #require(a.risk)
    #expect(close(risk.delay, delay, delay))
    #expect(close(risk.riskAdjustedNPV.low, a.central.npv + delay))
  }
}
