import Foundation
import Testing
import WorkforceModel

@testable import Simulation

@Suite("Monte Carlo runner")
struct MonteCarloRunnerTests {
  @Test func sameSeedGivesIdenticalResultsWhateverTheThreadCount() throws {
    let plan = SimulationPlan(try bundled("uncertain.yaml"))
    func run(threads: Int) throws -> SimulationResult {
      let options = SimulationOptions(iterations: 40_000, seed: 7, threads: threads, sensitivity: .tornado)
      return try MonteCarloRunner(plan: plan, options: options).run()
    }
    let one = try run(threads: 1)
    let two = try run(threads: 2)
    let three = try run(threads: 3)
    for (a, (b, c)) in zip(one.outputs, zip(two.outputs, three.outputs)) {
      // Bit for bit, not approximately.
      #expect(a.mean.bitPattern == b.mean.bitPattern && a.mean.bitPattern == c.mean.bitPattern, "\(a.key)")
      #expect(a.standardDeviation.bitPattern == b.standardDeviation.bitPattern, "\(a.key)")
      #expect(
        a.percentiles.map(\.value) == b.percentiles.map(\.value)
          && a.percentiles.map(\.value) == c.percentiles.map(\.value))
    }
    let rankOne = one.sensitivity?.outputs.flatMap { $0.entries.map(\.rankCorrelation) }
    let rankTwo = two.sensitivity?.outputs.flatMap { $0.entries.map(\.rankCorrelation) }
    #expect(rankOne == rankTwo)
  }

  @Test func differentSeedsDiffer() throws {
    let plan = SimulationPlan(try bundled("uncertain.yaml"))
    let a = try MonteCarloRunner(
      plan: plan, options: SimulationOptions(iterations: 10_000, seed: 1, sensitivity: .none)
    ).run()
    let b = try MonteCarloRunner(
      plan: plan, options: SimulationOptions(iterations: 10_000, seed: 2, sensitivity: .none)
    ).run()
    #expect(a.outputs[0].mean != b.outputs[0].mean)
  }

  @Test func sumOfUniformsMatchesClosedForms() throws {
    let plan = SimulationPlan(try scenario(additiveScenario))
    let n = 200_000
    let result = try MonteCarloRunner(
      plan: plan, options: SimulationOptions(iterations: n, seed: 3, sensitivity: .none)
    ).run()
    let fte = try #require(result.output("dermloop.fte"))
    // Mean: 47 + 4 + 43 = 94. Variance: (14² + 2² + 14²)/12 = 396/12 = 33.
    #expect(abs(fte.mean - 94) <= 4 * (33.0 / Double(n)).squareRoot())
    #expect(abs(fte.standardDeviation - 33.0.squareRoot()) < 0.02)
    // The reported standard error is sd/√n.
    #expect(abs(fte.standardError - fte.standardDeviation / Double(n).squareRoot()) < 1e-12)
    // Symmetric around 94, so the median is 94 up to Monte Carlo error (sd/√n·1.25).
    let median = try #require(fte.percentiles.first { $0.probability == 0.5 })
    #expect(abs(median.value - 94) < 0.05)
    #expect(median.interval.contains(median.value))
    // Fixed figures stay exactly fixed: 30 + 2 mio. project, 70 mio. licence.
    #expect(result.output("dermloop.project_cost")?.mean == 32e6)
    #expect(result.output("dermloop.project_cost")?.standardDeviation == 0)
    #expect(result.output("total.operating_cost")?.percentiles.map(\.value) == [70e6, 70e6, 70e6])
  }

  @Test func everySampleLiesInTheDeterministicRange() throws {
    let loaded = try bundled("uncertain.yaml")
    let ranges = ScenarioRanges(loaded)
    let plan = SimulationPlan(loaded)
    var outputs: [[Double]] = Array(repeating: [], count: plan.outputKeys.count)
    _ = try MonteCarloRunner(plan: plan, options: SimulationOptions(iterations: 20_000, seed: 5, sensitivity: .none))
      .run(samples: { block in for (o, column) in block.outputs.enumerated() { outputs[o] += column } })
    let bounds =
      ranges.rows.flatMap { row in Figure.allCases.map { row.outputs[$0] } } + Figure.allCases.map { ranges.total[$0] }
    for (o, column) in outputs.enumerated() {
      #expect(column.count == 20_000)
      let (low, high) = (column.min() ?? 0, column.max() ?? 0)
      let slack = 1e-9 * max(abs(bounds[o].low), abs(bounds[o].high))
      #expect(low >= bounds[o].low - slack && high <= bounds[o].high + slack, "\(plan.outputKeys[o])")
    }
  }

  @Test func precisionStopsEarlyOnceMeansAreKnownWellEnough() throws {
    let plan = SimulationPlan(try bundled("uncertain.yaml"))
    let options = SimulationOptions(iterations: 2_000_000, seed: 1, precision: 0.005, sensitivity: .none)
    let result = try MonteCarloRunner(plan: plan, options: options).run()
    #expect(result.reachedPrecision == true)
    #expect(result.iterations < 2_000_000)
    // Runs stop at a round boundary: whole rounds of 16 blocks of 8192.
    #expect(result.iterations % (SimulationOptions.blockSize * SimulationOptions.blocksPerRound) == 0)
    for output in result.outputs where output.standardDeviation > 0 {
      #expect(1.959963984540054 * output.standardError <= 0.005 * abs(output.mean), "\(output.key)")
    }
  }

  @Test func correlatedInputsHaveTheRequestedRankCorrelation() throws {
    let text =
      additiveScenario + "\nsimulation: {correlations: [[dermloop.dermatology_fte, dermloop.pathology_fte, 0.6]]}\n"
    let plan = SimulationPlan(try scenario(text))
    var derm: [Double] = []
    var path: [Double] = []
    let keys = plan.variableKeys
    let d = try #require(keys.firstIndex(of: "dermloop.dermatology_fte"))
    let p = try #require(keys.firstIndex(of: "dermloop.pathology_fte"))
    _ = try MonteCarloRunner(plan: plan, options: SimulationOptions(iterations: 50_000, seed: 9, sensitivity: .none))
      .run(samples: { block in
        derm += block.inputs[d]
        path += block.inputs[p]
      })
    // Spearman's ρ of the two inputs, computed here from scratch on ranks.
    func ranks(_ x: [Double]) -> [Double] {
      var r = [Double](repeating: 0, count: x.count)
      for (rank, index) in x.indices.sorted(by: { x[$0] < x[$1] }).enumerated() { r[index] = Double(rank) }
      return r
    }
    let (rd, rp) = (ranks(derm), ranks(path))
    let mean = Double(derm.count - 1) / 2
    var sxy = 0.0
    var sxx = 0.0
    for i in rd.indices {
      sxy += (rd[i] - mean) * (rp[i] - mean)
      sxx += (rd[i] - mean) * (rd[i] - mean)
    }
    #expect(abs(sxy / sxx - 0.6) < 0.015)
  }

  @Test func latinHypercubeStratifiesEachBlock() throws {
    let plan = SimulationPlan(try scenario(additiveScenario))
    var derm: [Double] = []
    let d = try #require(plan.variableKeys.firstIndex(of: "dermloop.dermatology_fte"))
    _ = try MonteCarloRunner(
      plan: plan,
      options: SimulationOptions(iterations: SimulationOptions.blockSize, seed: 4, sampling: .lhs, sensitivity: .none)
    )
    .run(samples: { block in derm += block.inputs[d] })
    // uniform(40, 54) in 8192 strata: exactly one sample per stratum.
    let strata = Set(derm.map { Int((($0 - 40) / 14) * Double(SimulationOptions.blockSize)) })
    #expect(strata.count == SimulationOptions.blockSize)
  }
}
