import Foundation
import Testing
import WorkforceModel

@testable import BusinessCase

@Suite("Discounting and the year-0 convention")
struct DiscountingTests {
  /// Year 0 (the start year) is not discounted; year t is discounted by
  /// ∏_{k=1..t} 1/(1 + r_k). With the Ministry of Finance's 2021 schedule:
  /// d(1) = 1/1.035, d(35) = 1.035^-35, d(36) = 1.035^-35 / 1.025,
  /// d(37) = 1.035^-35 / 1.025².
  @Test func financeMinistrySchedule() {
    let d = BusinessCaseSettings.DiscountSchedule.financeMinistry2021.factors(count: 40)
    #expect(d[0] == 1)
    #expect(close(d[1], 1 / 1.035))
    #expect(close(d[2], 1 / (1.035 * 1.035)))
    #expect(close(d[35], pow(1.035, -35)))
    #expect(close(d[36], pow(1.035, -35) / 1.025))
    #expect(close(d[37], pow(1.035, -35) / (1.025 * 1.025)))
  }

  @Test func constantRate() {
    let d = BusinessCaseSettings.DiscountSchedule.constant(0.1).factors(count: 4)
    // 1, 1/1.1, 1/1.21, 1/1.331
    #expect(d[0] == 1)
    #expect(close(d[1], 1 / 1.1) && close(d[2], 1 / 1.21) && close(d[3], 1 / 1.331))
  }

  /// The default business case uses the 2021 schedule; the scenario's year 0
  /// is its start year.
  @Test func scenarioYearZeroIsTheStartYear() throws {
    let scenario = try decode(oneSolution(businessCase: "  start_year: 2025\n  value_per_fte: {x: 100k}"))
    let analysis = try #require(BusinessCaseAnalysis(scenario))
    let years = analysis.portfolio.years
    #expect(years.count == 10)
    #expect(years[0].year == 2025 && years[0].offset == 0 && years[0].discountFactor == 1)
    #expect(close(years[1].discountFactor, 1 / 1.035))
    #expect(years[9].year == 2034)
  }
}
