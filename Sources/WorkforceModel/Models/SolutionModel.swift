/// A solution's formulas: from its inputs to freed årsværk, project cost and
/// operating cost.
///
/// A model is evaluated generically: the same `evaluate` gives the deterministic
/// range (with ``Interval``), the explanation (with ``Traced``) and Monte Carlo
/// batches (with the runner's sample column), so each formula exists once.
package protocol SolutionModel: Sendable {
  /// The name used after `model:` in scenario files, e.g. `ward`.
  var id: String { get }
  /// The inputs in the order `evaluate` takes them.
  var inputs: [InputSpec] { get }
  /// Evaluates the formulas; `arguments` holds one value per entry of `inputs`, in order.
  func evaluate<V: ModelValue>(_ arguments: [V]) -> SolutionOutputs<V>
}

/// What a model computes for one solution.
package struct SolutionOutputs<V: Sendable>: Sendable {
  /// Freed årsværk per year.
  package var fte: V
  /// One-off project cost, kroner.
  package var projectCost: V
  /// Operating cost, kroner per year.
  package var operatingCost: V
  /// Named intermediate quantities (e.g. `patient_days`), in the order computed.
  package var details: [Detail]

  /// A named intermediate quantity and the unit it is measured in.
  package struct Detail: Sendable {
    package var name: String
    package var value: V
    package var unit: InputSpec.Unit

    package init(_ name: String, _ value: V, _ unit: InputSpec.Unit) {
      self.name = name
      self.value = value
      self.unit = unit
    }
  }

  package init(fte: V, projectCost: V, operatingCost: V, details: [Detail] = []) {
    self.fte = fte
    self.projectCost = projectCost
    self.operatingCost = operatingCost
    self.details = details
  }

  package subscript(figure: Figure) -> V {
    switch figure {
    case .fte: fte
    case .projectCost: projectCost
    case .operatingCost: operatingCost
    }
  }

  /// The three figures transformed one by one (details are dropped).
  package func map<W>(_ transform: (V) throws -> W) rethrows -> SolutionOutputs<W> {
    SolutionOutputs<W>(
      fte: try transform(fte), projectCost: try transform(projectCost),
      operatingCost: try transform(operatingCost))
  }
}

extension SolutionOutputs where V: ModelValue {
  /// The figure-by-figure sum, e.g. the portfolio total of several solutions.
  package static func sum(_ outputs: [SolutionOutputs<V>]) -> SolutionOutputs<V> {
    var total = SolutionOutputs(fte: 0, projectCost: 0, operatingCost: 0)
    for output in outputs {
      total.fte = total.fte + output.fte
      total.projectCost = total.projectCost + output.projectCost
      total.operatingCost = total.operatingCost + output.operatingCost
    }
    return total
  }
}

/// The input names of a built-in model, as an enum so formulas refer to them
/// by checked names. Raw values are the names used in scenario files.
package protocol ModelInputName: CaseIterable, RawRepresentable<String>, Hashable, Sendable
where AllCases == [Self] {}

/// A built-in model: its inputs are an enum, each with a spec.
protocol BuiltInModel: SolutionModel {
  associatedtype Input: ModelInputName
  /// The spec of one input.
  static func spec(_ input: Input) -> InputSpec
  /// The formulas, over typed arguments.
  func compute<V: ModelValue>(_ x: Arguments<Input, V>) -> SolutionOutputs<V>
}

extension BuiltInModel {
  package var inputs: [InputSpec] { Input.allCases.map(Self.spec) }

  package func evaluate<V: ModelValue>(_ arguments: [V]) -> SolutionOutputs<V> {
    compute(Arguments(arguments))
  }
}

/// A built-in model's arguments, read by input name.
struct Arguments<Name: ModelInputName, V> {
  private let values: [V]

  /// - Precondition: one value per case of `Name`, in `allCases` order (the
  ///   evaluator builds the array from `inputs`, so this holds by construction).
  init(_ values: [V]) {
    precondition(values.count == Name.allCases.count, "one argument per model input")
    self.values = values
  }

  subscript(name: Name) -> V {
    values[Name.allCases.firstIndex(of: name) ?? 0]
  }
}
