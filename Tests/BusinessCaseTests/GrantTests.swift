import Foundation
import RandomSampling
import Testing
import WorkforceModel

@testable import BusinessCase

@Suite("Co-financing and the regional split add up exactly")
struct GrantTests {
  /// The five-region key: participant places of 200 in the national health
  /// leadership programme (a rounded block-grant key), 21, 62, 31, 43, 43.
  let seats: [Double] = [21, 62, 31, 43, 43]

  /// 13,500,000 × 21/200 = 1,417,500; × 62/200 = 4,185,000; × 31/200 = 2,092,500;
  /// × 43/200 = 2,902,500 (twice). Sum 13,500,000.
  @Test func exactQuotas() {
    let parts = Apportionment.largestRemainder(13_500_000, weights: seats)
    #expect(parts == [1_417_500, 4_185_000, 2_092_500, 2_902_500, 2_902_500])
    #expect(parts.reduce(0, +) == 13_500_000)
  }

  /// 7 kroner: quotas 0.735, 2.17, 1.085, 1.505, 1.505 → whole parts 0, 2, 1, 1, 1 (5);
  /// the 2 left over go to the largest remainders: 0.735 (Nordjylland) and
  /// 0.505 (Syddanmark, the first of the tie) → 1, 2, 1, 2, 1.
  @Test func leftoverKronerGoToTheLargestRemainders() {
    #expect(Apportionment.largestRemainder(7, weights: seats) == [1, 2, 1, 2, 1])
    #expect(Apportionment.largestRemainder(1, weights: seats) == [0, 1, 0, 0, 0])
    #expect(Apportionment.largestRemainder(0, weights: seats) == [0, 0, 0, 0, 0])
  }

  @Test(arguments: 1...20)
  func randomSplitsSumExactly(seed: UInt64) {
    var rng = Xoshiro256StarStar(seed: seed, stream: 5)
    let count = 1 + draw(8, &rng)
    let whole = draw(2, &rng) == 0
    let weights: [Double] = (0..<count).map { _ in whole ? Double(draw(100, &rng)) : rng.nextUnit() * 10 } + [1]
    let total = draw(1_000_000_000, &rng)
    let parts = Apportionment.largestRemainder(total, weights: weights)
    #expect(parts.reduce(0, +) == total)
    let sum = weights.reduce(0, +)
    for (part, weight) in zip(parts, weights) {
      let quota = Double(total) * weight / sum
      #expect(abs(Double(part) - quota) < 1 + 1e-6)
    }
  }

  /// Grant + own contribution = budget, to the krone.
  /// 27,000,000 at 50 % → 13,500,000 + 13,500,000;
  /// 1,000,001 at 50 % → grant 500,000 (500,000.5 rounded down) + 500,001;
  /// 1,000,000 at 30 % → 1,000,000 × 0.7 = 700,000 (not 699,999 from 699,999.99999999994).
  @Test func coFinancing() {
    #expect(GrantApplication.split(27_000_000, coFinancing: 0.5) == (13_500_000, 13_500_000))
    #expect(GrantApplication.split(1_000_001, coFinancing: 0.5) == (500_000, 500_001))
    #expect(GrantApplication.split(1_000_000, coFinancing: 0.3) == (700_000, 300_000))
    #expect(GrantApplication.split(5, coFinancing: 1) == (0, 5))
  }

  /// The bundled application: Dermloop and RPA are funded by the 2024 economy
  /// agreement, so only WARD, Migo and mammography apply. Prudent budgets are
  /// the high ends of the project costs (27 + 17 + 25 = 69 mio.), grants half
  /// of that (34.5 mio.). The regions' part is 25–40 % of 100 mio.; prudent
  /// takes the low end, 25 mio.: all three (34.5) do not fit, WARD +
  /// mammography (26) do not either, so WARD + Migo (22 mio., 296.4 årsværk)
  /// beat Migo + mammography (21 mio., 188.2) and 3 mio. remain. At 40 mio.
  /// all three fit.
  @Test func bundledApplication() throws {
    let scenario = try ScenarioLoaderHelper.bundled("portfolio.yaml")
    let application = try #require(GrantApplication(scenario, analysis: BusinessCaseAnalysis(scenario)))
    #expect(application.lines.map(\.solution) == ["ward", "migo", "mammography"])
    #expect(application.lines.map(\.budget) == [27_000_000, 17_000_000, 25_000_000])
    #expect(application.lines.map(\.grant) == [13_500_000, 8_500_000, 12_500_000])
    #expect(application.totalGrant == 34_500_000)
    #expect(application.totalGrant + application.totalOwnContribution == application.totalBudget)
    for line in application.lines {
      #expect(line.grant + line.ownContribution == line.budget)
      #expect(line.grantByRegion.reduce(0, +) == line.grant)
      #expect(line.ownByRegion.reduce(0, +) == line.ownContribution)
      #expect(line.funding.isPool)
    }
    #expect(application.totalGrantByRegion.reduce(0, +) == application.totalGrant)
    #expect(application.regions == ["Nordjylland", "Hovedstaden", "Sjælland", "Syddanmark", "Midtjylland"])
    #expect(application.pool == 100_000_000 && application.available == 25_000_000)
    #expect(application.selection.indices == [0, 1] && application.selection.cost == 22_000_000)
    #expect(application.remainingPool == 3_000_000)
    let ends = try #require(application.selectionAtEnds)
    #expect(application.availableRange?.low == 25_000_000 && application.availableRange?.high == 40_000_000)
    #expect(ends.low.indices == [0, 1] && ends.high.indices == [0, 1, 2])
    // Funded elsewhere: no grant, no regional split, still in the årsværk of all solutions.
    #expect(application.elsewhere.map(\.solution) == ["dermloop", "rpa"])
    for line in application.elsewhere {
      #expect(line.funding.kind == .economyAgreement2024 && line.funding.source?.contains("EMN-2022-01175") == true)
      #expect(line.grant == 0 && line.ownContribution == 0 && line.ftePerMillionGrant == nil)
      #expect(line.grantByRegion.allSatisfy { $0 == 0 })
    }
    #expect(application.elsewhere.map(\.budget) == [37_000_000, 14_000_000])
    let rpa = application.elsewhere[1]
    let rpaFTE = 450_000.0 * 25 * 0.65 / 60 / 1450
    #expect(close(rpa.fte, rpaFTE, rpaFTE))
    #expect(close(rpa.goalShare, rpaFTE / 10_000, rpaFTE / 10_000))
    let all = application.allLines.reduce(Interval(constant: 0)) { $0 + $1.fte }
    #expect(close(application.allFTE, all.low, all.high))
    #expect(close(application.allFTE.low - application.totalFTE.low, application.elsewhere[0].fte.low + rpaFTE))
  }

  /// The pool pays out 2023–2025 and the plans start in 2024 with even
  /// spreads: WARD (2 years) and RPA (1) spend nothing after 2025; Migo,
  /// mammography and Dermloop (3 years) spend a third of their budget in 2026:
  /// 17,000,000 / 3 = 5,666,666.67 → 5,666,666; 25,000,000 / 3 → 8,333,333;
  /// 37,000,000 / 3 → 12,333,333 (rounded down). Every budget is over the It-råd's
  /// 10 mio. kr. (RPA's smallest: 14 mio.).
  @Test func flagsPastThePeriodAndOverTheCouncilLimit() throws {
    let scenario = try ScenarioLoaderHelper.bundled("portfolio.yaml")
    let application = try #require(GrantApplication(scenario, analysis: BusinessCaseAnalysis(scenario)))
    let lines = Dictionary(uniqueKeysWithValues: application.allLines.map { ($0.solution, $0) })
    #expect(lines["ward"]?.spendingAfterPeriod == 0 && lines["ward"]?.lastSpendingYear == 2025)
    #expect(lines["rpa"]?.spendingAfterPeriod == 0 && lines["rpa"]?.lastSpendingYear == 2024)
    #expect(lines["migo"]?.spendingAfterPeriod == 5_666_666 && lines["migo"]?.lastSpendingYear == 2026)
    #expect(lines["mammography"]?.spendingAfterPeriod == 8_333_333)
    #expect(lines["dermloop"]?.spendingAfterPeriod == 12_333_333)
    #expect(application.allLines.allSatisfy { $0.overITCouncilLimit })
  }

  /// The spending after the period, by hand: budget 10,000,000 spread 20/30/50 %
  /// from 2024 with the period ending 2024 spends 30 + 50 % = 8,000,000 after it;
  /// ending 2025, 5,000,000; no business case: unknown.
  @Test func spendingAfterThePeriod() throws {
    let plan = BusinessCaseSettings.Plan(
      implementationYears: .init(3), rampUp: .init([0, 1]), projectCostSpread: .init([0.2, 0.3, 0.5]),
      staffShares: .init([]), valueInputs: [])
    #expect(GrantApplication.spending(10_000_000, plan: plan, startYear: 2024, periodEnd: 2024) == (2026, 8_000_000))
    #expect(GrantApplication.spending(10_000_000, plan: plan, startYear: 2024, periodEnd: 2025) == (2026, 5_000_000))
    #expect(GrantApplication.spending(10_000_000, plan: plan, startYear: 2024, periodEnd: 2030) == (2026, 0))
    #expect(GrantApplication.spending(10_000_000, plan: plan, startYear: 2030, periodEnd: 2025) == (2032, 10_000_000))
    #expect(GrantApplication.spending(10_000_000, plan: nil, startYear: 2024, periodEnd: 2025) == (nil, nil))
  }

  /// "over 10 mio. kr.": a budget of exactly 10,000,000 is not over, one krone more is.
  @Test(arguments: [("9500000", false), ("9500001", true)])
  func councilLimit(development: String, over: Bool) throws {
    let scenario = try decode(
      oneSolution(development: development, businessCase: "  value_per_fte: {x: 500k}") + "\ngrant: {}")
    let application = try #require(GrantApplication(scenario))
    #expect(application.lines[0].budget == Int(development)! + 500_000)
    #expect(application.lines[0].overITCouncilLimit == over)
  }

  /// The basis picks the end of the regions' share: prudent the low end
  /// (25 % of 100 mio.), central the middle (32.5 %), optimistic the high end (40 %).
  @Test(arguments: [
    (GrantSettings.Basis.prudent, 25_000_000), (.central, 32_500_000), (.optimistic, 40_000_000),
  ])
  func regionsShareByBasis(basis: GrantSettings.Basis, available: Int) throws {
    var scenario = try ScenarioLoaderHelper.bundled("portfolio.yaml")
    scenario.grant?.basis = basis
    let application = try #require(GrantApplication(scenario))
    #expect(application.available == available)
    #expect(application.remainingPool == available - application.selection.cost)
    #expect(application.selection.cost <= available)
  }

  /// A smaller pool makes the optimiser choose among all five when every
  /// solution applies to the pool (no `funding:`, no regions' share): with 30
  /// mio. kr. the prudent grants 13.5 (110.4 årsværk), 8.5 (186), 18.5 (74.4),
  /// 12.5 (2.2), 7 (84.05) → migo + rpa + ward = 29 mio. for 380.5 årsværk beats
  /// every other set within 30 mio. (e.g. migo + dermloop = 27 mio. for 260.4).
  @Test func smallerPool() throws {
    var scenario = try ScenarioLoaderHelper.bundled("portfolio.yaml")
    for index in scenario.solutions.indices { scenario.solutions[index].funding = nil }
    scenario.grant?.regionsShare = nil
    scenario.grant?.pool.quantity = .point(30_000_000)
    let application = try #require(GrantApplication(scenario, analysis: BusinessCaseAnalysis(scenario)))
    #expect(application.elsewhere.isEmpty && application.available == 30_000_000)
    #expect(application.selectedLines.map(\.solution) == ["ward", "migo", "rpa"])
    #expect(application.selection.cost == 29_000_000)
    #expect(application.remainingPool == 1_000_000)
  }

  /// Central basis: WARD's budget is the midpoint of 22–27 mio. (24.5 mio.),
  /// grant 12,250,000; an applicant's own budget (RPA, 12 mio.) replaces the
  /// computed one; only the listed applicants are in the application.
  @Test func centralBasisAndApplicantBudget() throws {
    var scenario = try ScenarioLoaderHelper.bundled("portfolio.yaml")
    let location = try #require(scenario.grant?.location)
    for index in scenario.solutions.indices { scenario.solutions[index].funding = nil }
    scenario.grant?.basis = .central
    scenario.grant?.applicants = [
      GrantSettings.Applicant(solution: "ward"),
      GrantSettings.Applicant(
        solution: "rpa",
        budget: ScenarioInput(name: "budget", quantity: .point(12_000_000), source: "offer", location: location)),
    ]
    let application = try #require(GrantApplication(scenario))
    #expect(application.lines.map(\.solution) == ["ward", "rpa"])
    #expect(application.lines.map(\.budget) == [24_500_000, 12_000_000])
    #expect(application.lines.map(\.grant) == [12_250_000, 6_000_000])
    #expect(application.lines[1].applicantBudget?.source == "offer")
    // Without a business case the årsværk are the model's: WARD 110.42 at its midpoint.
    #expect(close(application.lines[0].fteBasis, 13.25 * 725_000 * 0.25 * 4 / 60 / 1450))
  }
}
