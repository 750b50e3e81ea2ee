/// A solution model written in a scenario file (`model: formula`): its inputs,
/// its named intermediates (`let:`) and one formula per figure.
///
/// ```yaml
/// model: formula
/// inputs: {admissions: 725_000, share: 25%, length_of_stay_days: 4, ...}
/// let:
///   patient_days: "admissions * share * length_of_stay_days"
/// formulas:
///   fte: "minutes_saved_per_patient_day * patient_days / 60 / hours_per_fte"
///   project_cost: "project_management + tender"
///   operating_cost: "patient_days * price_per_patient_day"
/// ```
///
/// It is evaluated by the same generic machinery as the built-in models, so
/// `run`, `explain`, `simulate`, sensitivity analysis and `check` treat it
/// like any other. Ranges (``Interval`` or ``Traced`` arguments) are narrowed
/// by ``FormulaRangeAnalysis``, so a formula that mentions an uncertain input
/// twice still gets its exact range whenever it is monotone in its inputs.
package struct FormulaModel: SolutionModel {
  /// A named intermediate quantity (`let:`), e.g. `patient_days`.
  package struct Intermediate: Sendable, Hashable {
    package var name: String
    package var expression: FormulaExpression
    /// The unit, for display (see ``FormulaUnits``).
    package var unit: InputSpec.Unit

    package init(name: String, expression: FormulaExpression, unit: InputSpec.Unit) {
      self.name = name
      self.expression = expression
      self.unit = unit
    }
  }

  package var id: String { "formula" }
  package let inputs: [InputSpec]
  /// The intermediates in the order they are computed: each refers only to
  /// inputs and to intermediates before it.
  package let intermediates: [Intermediate]
  /// The formula of each figure.
  package let formulas: SolutionOutputs<FormulaExpression>

  /// A model from checked parts; `nil` when an expression refers to an input
  /// or intermediate that does not exist, or to an intermediate not computed
  /// before it (the scenario loader never builds such a model).
  package init?(inputs: [InputSpec], intermediates: [Intermediate], formulas: SolutionOutputs<FormulaExpression>) {
    func valid(_ expression: FormulaExpression, intermediatesBefore limit: Int) -> Bool {
      expression.allNodes.allSatisfy { node in
        switch node.node {
        case .input(let index): inputs.indices.contains(index)
        case .intermediate(let index): index >= 0 && index < limit
        default: true
        }
      }
    }
    for (index, intermediate) in intermediates.enumerated()
    where !valid(intermediate.expression, intermediatesBefore: index) {
      return nil
    }
    for figure in Figure.allCases where !valid(formulas[figure], intermediatesBefore: intermediates.count) {
      return nil
    }
    self.inputs = inputs
    self.intermediates = intermediates
    self.formulas = formulas
    var closures: [[Int]] = []
    for intermediate in intermediates {
      closures.append(Self.closure(of: intermediate.expression, closures: closures))
    }
    self.closures = closures
  }

  /// For each intermediate, the intermediates it needs, directly or not, in
  /// ascending order.
  let closures: [[Int]]

  /// The intermediates `expression` needs, directly or not, in ascending order.
  func closure(of expression: FormulaExpression) -> [Int] {
    Self.closure(of: expression, closures: closures)
  }

  private static func closure(of expression: FormulaExpression, closures: [[Int]]) -> [Int] {
    var needed = Set<Int>()
    for node in expression.allNodes {
      guard case .intermediate(let index) = node.node, index < closures.count else { continue }
      needed.insert(index)
      needed.formUnion(closures[index])
    }
    return needed.sorted()
  }

  /// Evaluates the intermediates and the three formulas.
  ///
  /// When every argument carries a range (intervals, traces), each
  /// intermediate and figure is narrowed to the range found by
  /// ``FormulaRangeAnalysis`` over the arguments' ranges; sample columns are
  /// evaluated directly.
  package func evaluate<V: ModelValue>(_ arguments: [V]) -> SolutionOutputs<V> {
    let box = arguments.compactMap(\.enclosure)
    var analysis = box.count == arguments.count ? FormulaRangeAnalysis(model: self, box: box) : nil
    func finish(_ value: V, _ expression: FormulaExpression) -> V {
      guard let range = analysis?.range(of: expression) else { return value }
      return value.narrowed(to: range)
    }
    var evaluator = FormulaEvaluator(arguments: arguments)
    evaluator.computeIntermediates(of: self) { index, value in
      finish(value, intermediates[index].expression).named(intermediates[index].name)
    }
    let details = intermediates.indices.map { index in
      SolutionOutputs<V>.Detail(intermediates[index].name, evaluator.intermediates[index], intermediates[index].unit)
    }
    return SolutionOutputs(
      fte: finish(evaluator.value(of: formulas.fte), formulas.fte),
      projectCost: finish(evaluator.value(of: formulas.projectCost), formulas.projectCost),
      operatingCost: finish(evaluator.value(of: formulas.operatingCost), formulas.operatingCost),
      details: details)
  }

  /// An analysis of this model's expressions over the given input ranges, to
  /// ask for the range of several expressions within one work budget.
  package func rangeAnalysis(over inputs: [Interval]) -> FormulaRangeAnalysis {
    FormulaRangeAnalysis(model: self, box: inputs)
  }
}
