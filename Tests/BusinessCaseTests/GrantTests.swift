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

  /// The bundled application: prudent budgets are the high ends of the
  /// project costs (27 + 17 + 37 + 25 + 14 = 120 mio.), grants half of that
  /// (60 mio.), all five fit in the 100 mio. pool and 40 mio. remain.
  @Test func bundledApplication() throws {
    let scenario = try ScenarioLoaderHelper.bundled("portfolio.yaml")
    let application = try #require(GrantApplication(scenario, analysis: BusinessCaseAnalysis(scenario)))
    #expect(application.lines.map(\.budget) == [27_000_000, 17_000_000, 37_000_000, 25_000_000, 14_000_000])
    #expect(application.lines.map(\.grant) == [13_500_000, 8_500_000, 18_500_000, 12_500_000, 7_000_000])
    #expect(application.totalGrant == 60_000_000)
    #expect(application.totalGrant + application.totalOwnContribution == application.totalBudget)
    for line in application.lines {
      #expect(line.grant + line.ownContribution == line.budget)
      #expect(line.grantByRegion.reduce(0, +) == line.grant)
      #expect(line.ownByRegion.reduce(0, +) == line.ownContribution)
    }
    #expect(application.totalGrantByRegion.reduce(0, +) == application.totalGrant)
    #expect(application.regions == ["Nordjylland", "Hovedstaden", "Sjælland", "Syddanmark", "Midtjylland"])
    #expect(application.selection.indices == [0, 1, 2, 3, 4])
    #expect(application.remainingPool == 40_000_000)
    // RPA: 84.05 årsværk (steady state, full effect) on a 7 mio. grant: 12.0 per mio. kr.
    let rpa = application.lines[4]
    let rpaFTE = 450_000.0 * 25 * 0.65 / 60 / 1450
    #expect(close(rpa.fte, rpaFTE, rpaFTE))
    #expect(close(try #require(rpa.ftePerMillionGrant), rpaFTE / 7, rpaFTE / 7))
    #expect(close(rpa.goalShare, rpaFTE / 10_000, rpaFTE / 10_000))
  }

  /// A smaller pool makes the optimiser choose: with 30 mio. kr. the prudent
  /// grants 13.5 (110.4 årsværk), 8.5 (186), 18.5 (74.4), 12.5 (2.2), 7 (84.05)
  /// → migo + rpa + ward = 29 mio. for 380.5 årsværk beats every other set
  /// within 30 mio. (e.g. migo + dermloop = 27 mio. for 260.4).
  @Test func smallerPool() throws {
    var scenario = try ScenarioLoaderHelper.bundled("portfolio.yaml")
    scenario.grant?.pool.quantity = .point(30_000_000)
    let application = try #require(GrantApplication(scenario, analysis: BusinessCaseAnalysis(scenario)))
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
