import BusinessCase
import Diagnostics
import Simulation
import WorkforceModel

/// `workforce decide` on a scenario: the candidates (the pool-funded
/// solutions), grants, pool (the regions' part, ``GrantApplication/available``)
/// and committed portfolio come from ``GrantApplication`` (the code `grant`
/// runs), the draws from the Monte Carlo runner of `simulate` (the same
/// seeds, blocks and correlations), and the per-draw optimum from
/// ``PoolSolver`` (the problem ``PortfolioOptimizer`` solves).
package enum DecisionRun {
  package struct Options: Sendable {
    package var iterations = 100_000
    package var seed: UInt64 = 1
    package var threads = 1
    /// Pool sizes of the pool curve (0 to twice the pool).
    package var poolSteps = 41
    package var valueGrid = DecisionProblem.defaultValueGrid
    /// Draws used by the EVPPI regressions (the first ones); `nil`: up to
    /// 50,000, fewer (down to 5,000) when the inputs × the per-draw optimum
    /// would take more than about 2·10⁹ steps (many candidates and inputs).
    package var evppiDraws: Int?

    package init() {}
  }

  /// The decision problem of a scenario with a `grant:` block, or `nil` without one.
  package static func problem(_ scenario: Scenario, options: Options) -> DecisionProblem? {
    let analysis = BusinessCaseAnalysis(scenario)
    guard let application = GrantApplication(scenario, analysis: analysis) else { return nil }
    let plan = SimulationPlan(scenario)
    let candidates = application.lines.map {
      DecisionProblem.Candidate(id: $0.solution, title: $0.title, grant: $0.grant)
    }
    var appraisals: [DecisionProblem.Appraisal] = []
    if let settings = scenario.businessCase {
      let factors = settings.discountFactors
      for solution in scenario.solutions {
        guard let plan = settings.plans[solution.id] else { continue }
        let weights = plan.weights(discountFactors: factors)
        appraisals.append(.init(solution: solution.id, effectWeight: weights.effect, projectWeight: weights.project))
      }
    }
    let keys = plan.variableKeys
    let owners = plan.inputKeys.map(\.solution)
    var groups: [(name: String, members: [Int])] = []
    for solution in scenario.solutions {
      let members = owners.indices.filter { owners[$0] == solution.id }
      if members.count > 1 { groups.append((solution.id + ".*", members)) }
    }
    return DecisionProblem(
      scenario: scenario.id, candidates: candidates, pool: application.available,
      poolSteps: DecisionProblem.poolSteps(pool: application.available, steps: options.poolSteps),
      committed: application.selection.indices, appraisals: appraisals, valueGrid: options.valueGrid,
      variables: keys, groups: groups)
  }

  /// The default number of EVPPI draws (see ``Options/evppiDraws``).
  static func automaticEVPPIDraws(_ problem: DecisionProblem) -> Int {
    let solver = PoolSolver(costs: problem.candidates.map(\.grant), capacities: [problem.pool])
    let regressions = Double(problem.variables.count + problem.groups.count)
    let perDraw = max(1, regressions * (solver.workPerDraw + 50))
    return min(50_000, max(5_000, Int(2e9 / perDraw)))
  }

  /// Runs the analysis.
  ///
  /// - Throws: a located ``Diagnostic`` when the scenario has more than 64
  ///   candidates or its correlations are not valid.
  package static func run(
    _ scenario: Scenario, problem: DecisionProblem, options: Options, progress: (Double) -> Void = { _ in }
  ) throws(Diagnostic) -> DecisionResult {
    guard problem.candidates.count <= PoolSolver.maximumCandidates else {
      throw Diagnostic(
        at: scenario.grant?.location, "the pool has \(problem.candidates.count) candidates",
        expected: "at most \(PoolSolver.maximumCandidates) solutions applying to the pool")
    }
    let plan = SimulationPlan(scenario)
    var simulation = SimulationOptions()
    simulation.iterations = options.iterations
    simulation.seed = options.seed
    simulation.threads = options.threads
    simulation.sensitivity = .none
    let runner = try MonteCarloRunner(plan: plan, options: simulation)
    let keys = plan.outputKeys
    func output(_ key: String) -> Int { keys.firstIndex(of: key) ?? -1 }
    let steady = scenario.solutions.reduce(into: [String: Double]()) { shares, solution in
      shares[solution.id] = scenario.businessCase?.plans[solution.id]?.rampUp.value.last ?? 1
    }
    let valueColumns = problem.candidates.map { (output("\($0.id).fte"), steady[$0.id] ?? 1) }
    let appraisalColumns = problem.appraisals.map { a in
      (
        output("\(a.solution).fte"), output("\(a.solution).project_cost"), output("\(a.solution).operating_cost"),
        output("\(a.solution).npv")
      )
    }
    let evppiDraws = options.evppiDraws ?? automaticEVPPIDraws(problem)
    let accumulator = DecisionAccumulator(problem, threads: options.threads, evppiDraws: evppiDraws)
    _ = runner.run(progress: progress) { samples in
      let count = samples.count
      func column(_ index: Int) -> [Double] {
        index >= 0 ? Array(samples.outputs[index].prefix(count)) : [Double](repeating: 0, count: count)
      }
      let values = valueColumns.map { index, share in column(index).map { $0 * share } }
      let block = DecisionBlock(
        values: values, fte: appraisalColumns.map { column($0.0) }, projectCost: appraisalColumns.map { column($0.1) },
        operatingCost: appraisalColumns.map { column($0.2) }, npv: appraisalColumns.map { column($0.3) },
        inputs: samples.inputs, count: count)
      accumulator.add(block)
    }
    return accumulator.finish(seed: options.seed)
  }
}
