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
  var key: String
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
/// each of its numbers comes from.
struct CaseInputs: Sendable {
  var variables: [CaseVariable] = []
  var slots: [SolutionSlots] = []

  init(_ scenario: Scenario, settings: BusinessCaseSettings) {
    var index: [String: Int] = [:]
    func slot(
      _ key: String, _ input: ScenarioInput, domain: InputSpec.Domain, unit: InputSpec.Unit = .kroner, solution: Int
    ) -> CaseSlot {
      let range = input.quantity.deterministicRange
      // Fixed numbers are variables too (with a point range), so that switching
      // values can move them.
      if let existing = index[key] {
        variables[existing].solutions.insert(solution)
        return .variable(existing)
      }
      index[key] = variables.count
      variables.append(
        CaseVariable(
          key: key, input: input, range: range, central: min(max(input.quantity.central, range.low), range.high),
          domain: domain, unit: unit, solutions: [solution]))
      return .variable(variables.count - 1)
    }
    for (s, solution) in scenario.solutions.enumerated() {
      let arguments = zip(solution.arguments, solution.model.inputs).map { input, spec in
        slot(
          input.origin == .assumption ? "assumptions.\(input.name)" : "\(solution.id).\(input.name)", input,
          domain: spec.domain, unit: spec.unit, solution: s)
      }
      let plan = settings.plans[solution.id]
      var values: [(share: Double, slot: CaseSlot)] = []
      if let plan {
        for (share, input) in zip(plan.staffShares.value, plan.valueInputs) {
          let key =
            input.origin == .assumption
            ? "business_case.value_per_fte.\(input.name)" : "\(solution.id).business_case.value_per_fte"
          values.append((share.share, slot(key, input, domain: .nonNegative, solution: s)))
        }
      }
      var projectUplift = CaseSlot.constant(0)
      var durationUplift = CaseSlot.constant(0)
      if let bias = settings.optimismBias {
        if let input = bias.projectCost {
          projectUplift = slot(
            "business_case.optimism_bias.project_cost", input, domain: .nonNegative, unit: .share, solution: s)
        }
        if let input = bias.duration {
          durationUplift = slot(
            "business_case.optimism_bias.duration", input, domain: .nonNegative, unit: .share, solution: s)
        }
      }
      let risks = (plan?.risks ?? []).enumerated().map { r, risk in
        (
          slot("\(solution.id).risk\(r + 1).probability", risk.probability, domain: .share, unit: .share, solution: s),
          slot("\(solution.id).risk\(r + 1).consequence", risk.consequence, domain: .nonNegative, solution: s)
        )
      }
      slots.append(
        SolutionSlots(
          arguments: arguments, values: values, projectUplift: projectUplift, durationUplift: durationUplift,
          risks: risks))
    }
  }

  /// Every variable at its central value.
  var centralPoint: [Double] { variables.map(\.central) }
}
