import WorkforceModel

/// One quantity a business case depends on: a model input, a value per freed
/// årsværk, an optimism-bias uplift or a risk's probability or consequence.
///
/// Quantities used by several solutions (an assumption such as
/// `hours_per_fte`, the value of a nurse's årsværk, the optimism bias) are one
/// variable, so a range never combines the low end in one solution with the
/// high end in another.
struct CaseVariable: Sendable {
  /// `ward.share`, `assumptions.hours_per_fte`,
  /// `business_case.value_per_fte.sygeplejersker`, `ward.risk1.probability`, …
  var key: CaseVariableKey
  var input: ScenarioInput
  /// The range a deterministic run uses: `[min, max]`, or `[p5, p95]` for
  /// normal and lognormal.
  var range: Interval
  /// The central value (number, mode, mean or median).
  var central: Double
  /// The values the input may take, for switching values.
  var domain: InputSpec.Domain
  /// The unit the input is measured in, for display.
  var unit: InputSpec.Unit
  /// Indices of the solutions whose business case uses it.
  var solutions: Set<Int>

  var isUncertain: Bool { !range.isPoint }
}

/// Where one slot of a solution's business case gets its number.
enum CaseSlot: Sendable, Hashable {
  case constant(Double)
  case variable(Int)
}

/// The slots of one solution: its model's arguments and the business-case
/// quantities, each a constant or a variable.
struct SolutionSlots: Sendable {
  var arguments: [CaseSlot]
  /// One per entry of the plan's staff shares, with its share.
  var values: [(share: Double, slot: CaseSlot)]
  var projectUplift: CaseSlot
  var durationUplift: CaseSlot
  var risks: [(probability: CaseSlot, consequence: CaseSlot)]
}

/// The variables of a scenario's business case and, for each solution, where
/// each of its numbers comes from: the ``CaseBinding``'s terms, one variable
/// per key.
struct CaseInputs: Sendable {
  var variables: [CaseVariable] = []
  var slots: [SolutionSlots] = []
  /// True when there is a risk-adjusted NPV (an optimism bias or a listed risk).
  var isRiskAdjusted: Bool

  init(_ scenario: Scenario, settings: BusinessCaseSettings) {
    let binding = CaseBinding(scenario, settings: settings)
    isRiskAdjusted = binding.isRiskAdjusted
    var index: [CaseVariableKey: Int] = [:]
    func slot(_ term: CaseBinding.Term, solution: Int) -> CaseSlot {
      // Fixed numbers are variables too (with a point range), so that switching
      // values can move them.
      if let existing = index[term.key] {
        variables[existing].solutions.insert(solution)
        return .variable(existing)
      }
      let input = term.input
      let range = input.quantity.deterministicRange
      index[term.key] = variables.count
      variables.append(
        CaseVariable(
          key: term.key, input: input, range: range, central: min(max(input.quantity.central, range.low), range.high),
          domain: term.spec.domain, unit: term.spec.unit, solutions: [solution]))
      return .variable(variables.count - 1)
    }
    for (s, terms) in binding.solutions.enumerated() {
      let arguments = terms.arguments.map { slot($0, solution: s) }
      let values = terms.values.map { ($0.share, slot($0.term, solution: s)) }
      // Every solution, with a plan or not, counts as using the uplifts.
      let projectUplift = binding.projectUplift.map { slot($0, solution: s) } ?? .constant(0)
      let durationUplift = binding.durationUplift.map { slot($0, solution: s) } ?? .constant(0)
      let risks = terms.risks.map { (slot($0.probability, solution: s), slot($0.consequence, solution: s)) }
      slots.append(
        SolutionSlots(
          arguments: arguments, values: values, projectUplift: projectUplift, durationUplift: durationUplift,
          risks: risks))
    }
  }

  /// Every variable at its central value.
  var centralPoint: [Double] { variables.map(\.central) }
}
