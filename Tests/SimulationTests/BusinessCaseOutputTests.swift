import Foundation
import Simulation
import Testing
import WorkforceModel

@Suite("Business-case outputs of the Monte Carlo runner")
struct BusinessCaseOutputTests {
  /// One `rpa` solution freeing exactly 10 årsværk; development uniform(1, 2 mio.):
  /// project = 0.5 mio. + development, operating = 20 % × development.
  /// At 10 %, horizon 4, ramp-up [0 %, 100 %], value 100,000 kr. per årsværk:
  /// NPV(dev) = −(500,000 + dev) + (1,000,000 − 0.2 dev) × A, A = 1/1.1 + 1/1.21 + 1/1.331.
  let text = """
    assumptions: {hours_per_fte: 1450}
    solutions:
      a:
        model: rpa
        staff: [x]
        inputs: {reports_per_year: 600, fields_per_report: 1, minutes_per_field: 1450, pre_analysis: 0, \
    development: "uniform(1mio, 2mio)", project_management: 500k, organisational: 0, operations_share_of_development: 20%}
    business_case:
      horizon: 4
      discount_rate: 10%
      value_per_fte: {x: 100k}
      ramp_up: [0%, 100%]
    """

  func npv(_ development: Double) -> Double {
    let a = 1 / 1.1 + 1 / 1.21 + 1 / 1.331
    return -(500_000 + development) + (1_000_000 - 0.2 * development) * a
  }

  @Test func npvIsLinearInTheDevelopmentCost() throws {
    let plan = SimulationPlan(try scenario(text))
    #expect(plan.outputKeys.suffix(2) == ["a.npv", "total.npv"])
    let result = try MonteCarloRunner(
      plan: plan, options: SimulationOptions(iterations: 32_768, seed: 3, sensitivity: .none)
    ).run()
    let output = try #require(result.output("a.npv"))
    // NPV is linear in a uniform input: its mean is NPV(1.5 mio.) and its sd is
    // |dNPV/d dev| × 1 mio. / √12 = (1 + 0.2 A) × 288,675 = 432,254.
    let sd = (1 + 0.2 * (1 / 1.1 + 1 / 1.21 + 1 / 1.331)) * 1_000_000 / 12.0.squareRoot()
    #expect(abs(output.standardDeviation - sd) / sd < 0.02)
    #expect(abs(output.mean - npv(1_500_000)) < 4 * sd / 32_768.0.squareRoot())
    // Percentiles follow the input's: P5 of the NPV is NPV at dev's P95 (1.95 mio.).
    let p5 = try #require(output.percentiles.first { $0.probability == 0.05 })
    #expect(abs(p5.value - npv(1_950_000)) < 0.01 * sd)
    // NPV < 0 ⇔ dev > 1,326,826 (the switching value): probability (2 − 1.3268) / 1 = 0.673.
    let switching =
      (1_000_000 * (1 / 1.1 + 1 / 1.21 + 1 / 1.331) - 500_000) / (1 + 0.2 * (1 / 1.1 + 1 / 1.21 + 1 / 1.331))
    let probability = try #require(output.probabilityNegative)
    #expect(abs(probability - (2_000_000 - switching) / 1_000_000) < 0.01)
    #expect(result.output("a.fte")?.probabilityNegative == nil)
  }

  /// Adding a business case (with an uncertain value per årsværk, sampled as a
  /// variable of its own) leaves every model output's draws exactly as before.
  @Test func modelOutputsUnchanged() throws {
    let base = try bundled("uncertain.yaml")
    var withCase = base
    withCase.businessCase = try bundled("portfolio.yaml").businessCase
    let options = SimulationOptions(iterations: 10_000, seed: 11, threads: 2, sensitivity: .none)
    let before = try MonteCarloRunner(plan: SimulationPlan(base), options: options).run()
    let after = try MonteCarloRunner(plan: SimulationPlan(withCase), options: options).run()
    #expect(after.outputs.count == before.outputs.count + 12)
    for (old, new) in zip(before.outputs, after.outputs) {
      #expect(old.key == new.key)
      #expect(old.mean == new.mean && old.standardDeviation == new.standardDeviation)
      #expect(old.percentiles.map(\.value) == new.percentiles.map(\.value))
    }
    #expect(after.variables.contains("business_case.value_per_fte.sygeplejersker"))
    #expect(after.variables.contains("business_case.optimism_bias.duration"))
  }
}
