/// The pool's decision in numbers, independent of where they come from: the
/// candidates and their grants, the pool and the pool sizes of the curve, the
/// portfolio `grant` commits to, the solutions with a business case, and the
/// uncertain inputs.
///
/// ``DecisionAccumulator`` takes the draws block by block; ``DecisionRun``
/// builds the problem from a scenario through `grant`'s own code.
package struct DecisionProblem: Sendable {
  package struct Candidate: Sendable {
    package var id: String
    package var title: String?
    /// Whole kroner.
    package var grant: Int
  }

  /// A solution with a business case: NPV(v) = (fte × v − operating) × A − project × B.
  package struct Appraisal: Sendable {
    package var solution: String
    /// The present-value weights A (effect) and B (project cost).
    package var effectWeight: Double
    package var projectWeight: Double
  }

  package var scenario: String
  package var candidates: [Candidate]
  /// The pool, whole kroner.
  package var pool: Int
  /// The pool sizes of the pool curve, whole kroner.
  package var poolSteps: [Int]
  /// Indices of the committed portfolio (`grant`'s choice).
  package var committed: [Int]
  package var appraisals: [Appraisal]
  /// The values per freed årsværk of the acceptability curves, kroner.
  package var valueGrid: [Double]
  /// The uncertain inputs' keys, in sampling order.
  package var variables: [String]
  /// Groups for the EVPPI: (name, member variable indices).
  package var groups: [(name: String, members: [Int])]

  package init(
    scenario: String, candidates: [Candidate], pool: Int, poolSteps: [Int], committed: [Int],
    appraisals: [Appraisal] = [], valueGrid: [Double] = [], variables: [String] = [],
    groups: [(name: String, members: [Int])] = []
  ) {
    self.scenario = scenario
    self.candidates = candidates
    self.pool = pool
    self.poolSteps = poolSteps
    self.committed = committed
    self.appraisals = appraisals
    self.valueGrid = valueGrid
    self.variables = variables
    self.groups = groups
  }

  /// The default pool curve: 0 to twice the pool in `steps` steps.
  package static func poolSteps(pool: Int, steps: Int) -> [Int] {
    guard steps > 1 else { return [pool] }
    return (0..<steps).map { k in Int((2 * Double(pool) * Double(k) / Double(steps - 1)).rounded()) }
  }

  /// The default value grid: 300,000 to 900,000 kr. in 25,000 kr. steps.
  package static let defaultValueGrid: [Double] = stride(from: 300_000.0, through: 900_000, by: 25_000).map { $0 }
}

/// One block of draws, column by column.
package struct DecisionBlock: Sendable {
  /// Per candidate, its freed årsværk after ramp-up.
  package var values: [[Double]]
  /// Per appraisal: the model's fte, project cost and operating cost.
  package var fte: [[Double]]
  package var projectCost: [[Double]]
  package var operatingCost: [[Double]]
  /// Per appraisal, its NPV as sampled.
  package var npv: [[Double]]
  /// Per variable.
  package var inputs: [[Double]]
  package var count: Int

  package init(
    values: [[Double]], fte: [[Double]] = [], projectCost: [[Double]] = [], operatingCost: [[Double]] = [],
    npv: [[Double]] = [], inputs: [[Double]] = [], count: Int
  ) {
    self.values = values
    self.fte = fte
    self.projectCost = projectCost
    self.operatingCost = operatingCost
    self.npv = npv
    self.inputs = inputs
    self.count = count
  }
}
