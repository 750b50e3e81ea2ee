import Diagnostics

/// A scenario file, decoded and checked: solutions with every input resolved.
package struct Scenario: Sendable {
  /// The `scenario:` name.
  package var id: String
  package var title: String?
  /// The file it was read from (the file named on the command line).
  package var file: String
  /// The files `file` extends, nearest first (empty without `extends:`): they
  /// are inputs too, so no output may be written over them.
  package var extendedFiles: [String] = []
  /// Solutions whose inputs a file of the chain changes while it keeps the
  /// `published:` figures (and `discrepancy:` reasons) of the file it extends,
  /// which were written for other inputs; `check` notes them.
  package var inheritedPublished: [InheritedPublished] = []
  /// Base solutions left out by the variant (`id: null`, `only:`) or by
  /// `--solution`: not in ``solutions``, named in every output.
  package var omitted: [OmittedSolution] = []

  /// A solution of ``inheritedPublished``.
  package struct InheritedPublished: Sendable, Hashable {
    package var solution: String
    /// The file that changes the inputs.
    package var file: String
    /// Where that file names the solution.
    package var location: SourceLocation

    package init(solution: String, file: String, location: SourceLocation) {
      self.solution = solution
      self.file = file
      self.location = location
    }
  }
  package var solutions: [Solution]
  /// The `assumptions:` block, as declared (shared inputs such as `hours_per_fte`).
  package var assumptions: [ScenarioInput]
  package var simulation: SimulationSettings
  /// Remarks on the source as a whole.
  package var notes: [SourceNote]
  /// The `business_case:` block: years, discounting, ramp-up, value of freed time.
  package var businessCase: BusinessCaseSettings?
  /// The `grant:` block: the national pool, co-financing and the regional key.
  package var grant: GrantSettings?
  /// The `assessment:` block: criteria and weights for ranking solutions.
  package var assessment: AssessmentSettings?

  package init(
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
  package func solution(_ id: String) -> Solution? {
    solutions.first { $0.id == id }
  }
}

/// The `simulation:` block: how the Monte Carlo runner treats this scenario.
package struct SimulationSettings: Sendable, Hashable {
  /// How a plain range `a..b` is sampled.
  package enum RangeShape: String, Sendable, Hashable, CaseIterable {
    /// `uniform(a, b)`, the default.
    case uniform
    /// `pert(a, (a + b) / 2, b)`.
    case pert
  }

  /// A rank correlation between two inputs, `[ward.share, ward.length_of_stay_days, 0.5]`.
  package struct Correlation: Sendable, Hashable {
    /// `solution.input` of each side.
    package var first: InputReference
    package var second: InputReference
    /// Spearman's rank correlation in [-1, 1].
    package var coefficient: Double
    package var location: SourceLocation

    package init(first: InputReference, second: InputReference, coefficient: Double, location: SourceLocation) {
      self.first = first
      self.second = second
      self.coefficient = coefficient
      self.location = location
    }
  }

  package var ranges: RangeShape
  package var correlations: [Correlation]

  package init(ranges: RangeShape = .uniform, correlations: [Correlation] = []) {
    self.ranges = ranges
    self.correlations = correlations
  }
}

/// A reference to one input of one solution, written `solution.input`.
package struct InputReference: Sendable, Hashable, CustomStringConvertible {
  package var solution: String
  package var input: String

  package init(solution: String, input: String) {
    self.solution = solution
    self.input = input
  }

  package var description: String { "\(solution).\(input)" }
}
