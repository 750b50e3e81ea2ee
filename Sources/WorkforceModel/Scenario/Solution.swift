import Diagnostics

/// One technology in a scenario: a model and the values of all its inputs.
package struct Solution: Sendable {
  /// The technology category of the report.
  package enum Category: String, Sendable, Hashable, CaseIterable {
    case optimisation, automation, delegation, other
  }

  /// The key under `solutions:`, e.g. `ward`.
  package var id: String
  package var title: String?
  package var category: Category?
  /// The staff groups whose time is freed (`sygeplejersker`).
  package var staff: [String]
  package var model: any SolutionModel
  /// One input per entry of `model.inputs`, in that order, each resolved from
  /// the solution's inputs or the scenario's assumptions.
  package var arguments: [ScenarioInput]
  package var published: [PublishedFigure]
  package var notes: [SourceNote]
  package var location: SourceLocation
  /// The solution's own `business_case:` block as written (implementation
  /// years, ramp-up, risks, …); the resolved plan is in the scenario's
  /// ``BusinessCaseSettings/plans``.
  package var businessCase: BusinessCaseSettings.SolutionOverrides?
  /// Where the project money comes from (`funding:`); `nil` is the pool.
  package var funding: Funding?

  package init(
    id: String, title: String? = nil, category: Category? = nil, staff: [String] = [],
    model: any SolutionModel, arguments: [ScenarioInput], published: [PublishedFigure] = [],
    notes: [SourceNote] = [], location: SourceLocation
  ) {
    self.id = id
    self.title = title
    self.category = category
    self.staff = staff
    self.model = model
    self.arguments = arguments
    self.published = published
    self.notes = notes
    self.location = location
  }

  /// Evaluates the model with each input mapped to a model value.
  ///
  /// - Parameter value: turns an input into the value to compute with, e.g. its
  ///   deterministic range, its trace leaf, or its column of samples.
  package func evaluate<V: ModelValue>(_ value: (ScenarioInput) throws -> V) rethrows
    -> SolutionOutputs<V>
  {
    model.evaluate(try arguments.map(value))
  }

  /// The deterministic range of each figure.
  package func ranges() -> SolutionOutputs<Interval> {
    evaluate { $0.quantity.deterministicRange }
  }

  /// The argument called `name`, if the model has such an input.
  package func argument(named name: String) -> ScenarioInput? {
    arguments.first { $0.name == name }
  }
}
