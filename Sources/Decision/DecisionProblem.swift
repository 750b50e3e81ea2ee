/// The pool's decision in numbers, independent of where they come from: the
/// candidates and their grants, the pool and the pool sizes of the curve, the
/// portfolio `grant` commits to, the solutions with a business case, and the
/// uncertain inputs.
///
/// ``DecisionAccumulator`` takes the draws block by block; ``DecisionRun``
/// builds the problem from a scenario through `grant`'s own code.
public struct DecisionProblem: Sendable {
  public struct Candidate: Sendable {
    public var id: String
    public var title: String?
    /// Whole kroner.
    public var grant: Int
  }

  /// A solution with a business case: NPV(v) = (fte × v − operating) × A − project × B.
  public struct Appraisal: Sendable {
    public var solution: String
    /// The present-value weights A (effect) and B (project cost).
    public var effectWeight: Double
    public var projectWeight: Double
  }

  public var scenario: String
  public var candidates: [Candidate]
  /// The pool, whole kroner.
  public var pool: Int
  /// The pool sizes of the pool curve, whole kroner.
  public var poolSteps: [Int]
  /// Indices of the committed portfolio (`grant`'s choice).
  public var committed: [Int]
  public var appraisals: [Appraisal]
  /// The values per freed årsværk of the acceptability curves, kroner.
  public var valueGrid: [Double]
  /// The uncertain inputs' keys, in sampling order.
  public var variables: [String]
  /// Groups for the EVPPI: (name, member variable indices).
  public var groups: [(name: String, members: [Int])]

  public init(
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
  public static func poolSteps(pool: Int, steps: Int) -> [Int] {
    guard steps > 1 else { return [pool] }
    return (0..<steps).map { k in Int((2 * Double(pool) * Double(k) / Double(steps - 1)).rounded()) }
  }

  /// The default value grid: 300,000 to 900,000 kr. in 25,000 kr. steps.
  public static let defaultValueGrid: [Double] = stride(from: 300_000.0, through: 900_000, by: 25_000).map { $0 }
}

/// One block of draws, column by column.
public struct DecisionBlock: Sendable {
  /// Per candidate, its freed årsværk after ramp-up.
  public var values: [[Double]]
  /// Per appraisal: the model's fte, project cost and operating cost.
  public var fte: [[Double]]
  public var projectCost: [[Double]]
  public var operatingCost: [[Double]]
  /// Per appraisal, its NPV as sampled.
  public var npv: [[Double]]
  /// Per variable.
  public var inputs: [[Double]]
  public var count: Int

  public init(
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
