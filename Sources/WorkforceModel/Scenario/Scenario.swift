import Diagnostics

/// A scenario file, decoded and checked: solutions with every input resolved.
public struct Scenario: Sendable {
  /// The `scenario:` name.
  public var id: String
  public var title: String?
  /// The file it was read from (the file named on the command line).
  public var file: String
  /// The files `file` extends, nearest first (empty without `extends:`): they
  /// are inputs too, so no output may be written over them.
  public var extendedFiles: [String] = []
  /// Solutions whose inputs a file of the chain changes while it keeps the
  /// `published:` figures (and `discrepancy:` reasons) of the file it extends,
  /// which were written for other inputs; `check` notes them.
  public var inheritedPublished: [InheritedPublished] = []

  /// A solution of ``inheritedPublished``.
  public struct InheritedPublished: Sendable, Hashable {
    public var solution: String
    /// The file that changes the inputs.
    public var file: String
    /// Where that file names the solution.
    public var location: SourceLocation

    public init(solution: String, file: String, location: SourceLocation) {
      self.solution = solution
      self.file = file
      self.location = location
    }
  }
  public var solutions: [Solution]
  /// The `assumptions:` block, as declared (shared inputs such as `hours_per_fte`).
  public var assumptions: [ScenarioInput]
  public var simulation: SimulationSettings
  /// Remarks on the source as a whole.
  public var notes: [SourceNote]
  /// The `business_case:` block: years, discounting, ramp-up, value of freed time.
  public var businessCase: BusinessCaseSettings?
  /// The `grant:` block: the national pool, co-financing and the regional key.
  public var grant: GrantSettings?
  /// The `assessment:` block: criteria and weights for ranking solutions.
  public var assessment: AssessmentSettings?

  public init(
    id: String, title: String? = nil, file: String, solutions: [Solution],
    assumptions: [ScenarioInput] = [], simulation: SimulationSettings = SimulationSettings(),
    notes: [SourceNote] = []
  ) {
    self.id = id
    self.title = title
    self.file = file
    self.solutions = solutions
    self.assumptions = assumptions
    self.simulation = simulation
    self.notes = notes
  }

  /// The solution called `id`, if any.
  public func solution(_ id: String) -> Solution? {
    solutions.first { $0.id == id }
  }
}

/// The `simulation:` block: how the Monte Carlo runner treats this scenario.
public struct SimulationSettings: Sendable, Hashable {
  /// How a plain range `a..b` is sampled.
  public enum RangeShape: String, Sendable, Hashable, CaseIterable {
    /// `uniform(a, b)`, the default.
    case uniform
    /// `pert(a, (a + b) / 2, b)`.
    case pert
  }

  /// A rank correlation between two inputs, `[ward.share, ward.length_of_stay_days, 0.5]`.
  public struct Correlation: Sendable, Hashable {
    /// `solution.input` of each side.
    public var first: InputReference
    public var second: InputReference
    /// Spearman's rank correlation in [-1, 1].
    public var coefficient: Double
    public var location: SourceLocation

    public init(first: InputReference, second: InputReference, coefficient: Double, location: SourceLocation) {
      self.first = first
      self.second = second
      self.coefficient = coefficient
      self.location = location
    }
  }

  public var ranges: RangeShape
  public var correlations: [Correlation]

  public init(ranges: RangeShape = .uniform, correlations: [Correlation] = []) {
    self.ranges = ranges
    self.correlations = correlations
  }
}

/// A reference to one input of one solution, written `solution.input`.
public struct InputReference: Sendable, Hashable, CustomStringConvertible {
  public var solution: String
  public var input: String

  public init(solution: String, input: String) {
    self.solution = solution
    self.input = input
  }

  public var description: String { "\(solution).\(input)" }
}
