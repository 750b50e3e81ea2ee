import BusinessCase
import WorkforceModel

/// What a Monte Carlo run samples and computes: the uncertain variables, how
/// each solution's arguments map onto them, and the outputs.
///
/// Outputs are, in order, `<solution>.fte`, `<solution>.project_cost`,
/// `<solution>.operating_cost` for each solution, then `total.fte`,
/// `total.project_cost` and `total.operating_cost`; with a `business_case:`
/// block, then the business-case outputs (``BusinessCaseOutputs``):
/// `<solution>.npv` … `total.npv`.
package struct SimulationPlan: Sendable {
  /// Where one model argument comes from.
  enum Source: Sendable, Hashable {
    case constant(Double)
    case variable(Int)
  }

  let scenario: Scenario
  let variables: [InputVariable]
  /// For each solution, one source per model argument.
  let arguments: [[Source]]
  /// The output keys, `ward.fte` … `total.operating_cost`.
  package let outputKeys: [String]
  /// For each output, the variables it depends on.
  let dependencies: [[Int]]
  /// A range that contains every output a sample can produce (histogram bounds).
  let outputBounds: [Interval]
  /// The net present values of a scenario with a business case.
  let businessCase: BusinessCaseOutputs?
  /// The outputs whose share of negative samples is reported (the NPVs).
  let signedOutputs: Set<Int>

  package init(_ scenario: Scenario) {
    self.scenario = scenario
    let binding = CaseBinding(scenario)
    var variables: [InputVariable] = []
    var index: [CaseVariableKey: Int] = [:]
    var arguments: [[Source]] = []
    for terms in binding.solutions {
      var sources: [Source] = []
      for term in terms.arguments {
        let range = term.input.quantity.deterministicRange
        if range.isPoint {  // a number, or a distribution of zero width
          sources.append(.constant(range.low))
          continue
        }
        if let existing = index[term.key] {
          sources.append(.variable(existing))
        } else {
          index[term.key] = variables.count
          sources.append(.variable(variables.count))
          variables.append(
            InputVariable(
              key: term.key, quantity: term.input.quantity, spec: term.spec, ranges: scenario.simulation.ranges))
        }
      }
      arguments.append(sources)
    }
    // Business-case variables come after every model input, so the model
    // inputs' draws are the same with or without a business case.
    let businessCase = BusinessCaseOutputs(scenario, binding: binding, firstVariable: variables.count)
    variables += businessCase?.variables ?? []
    self.businessCase = businessCase
    self.variables = variables
    self.arguments = arguments

    var keys: [String] = []
    var dependencies: [[Int]] = []
    var modelDependencies: [[Int]] = []
    var all = Set<Int>()
    for (solution, sources) in zip(scenario.solutions, arguments) {
      let used = sources.compactMap { source -> Int? in
        if case .variable(let v) = source { return v }
        return nil
      }
      modelDependencies.append(Array(Set(used)).sorted())
      all.formUnion(used)
      for figure in Figure.allCases {
        keys.append("\(solution.id).\(figure.rawValue)")
        dependencies.append(Array(Set(used)).sorted())
      }
    }
    for figure in Figure.allCases {
      keys.append("\(Solution.totalID).\(figure.rawValue)")
      dependencies.append(all.sorted())
    }
    signedOutputs = Set(keys.count..<(keys.count + (businessCase?.keys.count ?? 0)))
    keys += businessCase?.keys ?? []
    dependencies += businessCase?.dependencies(modelDependencies: modelDependencies) ?? []
    outputKeys = keys
    self.dependencies = dependencies

    let ranges = variables.map(\.samplingRange)
    var bounds: [Interval] = []
    var outputs: [SolutionOutputs<Interval>] = []
    for (solution, sources) in zip(scenario.solutions, arguments) {
      let values = sources.map { source -> Interval in
        switch source {
        case .constant(let value): Interval(constant: value)
        case .variable(let v): ranges[v]
        }
      }
      let result = solution.model.evaluate(values)
      outputs.append(result)
      bounds += Figure.allCases.map { result[$0] }
    }
    let total = SolutionOutputs<Interval>.sum(outputs)
    bounds += Figure.allCases.map { total[$0] }
    bounds += businessCase?.bounds(figureBounds: outputs, variableRanges: ranges) ?? []
    outputBounds = bounds
  }

  /// The variables' names (`ward.share`, `assumptions.hours_per_fte`, …), in sampling order.
  package var variableKeys: [String] { variables.map(\.key.name) }

  /// The variables' keys, in sampling order.
  package var inputKeys: [CaseVariableKey] { variables.map(\.key) }

  /// Evaluates every output for one batch of variable columns.
  ///
  /// - Parameter columns: one column per variable, all of length `count`.
  /// - Returns: one column per output, in `outputKeys` order.
  func evaluate(_ columns: [SampleColumn], count: Int) -> [SampleColumn] {
    var outputs: [SolutionOutputs<SampleColumn>] = []
    var result: [SampleColumn] = []
    result.reserveCapacity(outputKeys.count)
    for (solution, sources) in zip(scenario.solutions, arguments) {
      let values = sources.map { source -> SampleColumn in
        switch source {
        case .constant(let value): SampleColumn(constant: value)
        case .variable(let v): columns[v]
        }
      }
      let evaluated = solution.model.evaluate(values)
      outputs.append(evaluated)
      result += Figure.allCases.map { evaluated[$0] }
    }
    let total = SolutionOutputs<SampleColumn>.sum(outputs)
    result += Figure.allCases.map { total[$0] }
    if let businessCase {
      result += businessCase.evaluate(outputs, columns: columns, count: count)
    }
    return result
  }

  /// Evaluates every output at one point (one value per variable).
  func evaluate(point values: [Double]) -> [Double] {
    evaluate(values.map(SampleColumn.init(constant:)), count: 1).map { $0[0] }
  }
}
