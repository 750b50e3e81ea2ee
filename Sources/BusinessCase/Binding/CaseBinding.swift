import WorkforceModel

/// Which scenario input feeds which slot of each solution's figures: the
/// model's arguments and the business-case quantities (values per freed
/// årsværk, the optimism-bias uplifts, the risks), each named by its
/// ``CaseVariableKey``.
///
/// The one binding of inputs to variables: the exact ranges and switching
/// values (``BusinessCaseAnalysis``) and the Monte Carlo variables and
/// outputs (`Simulation`) all index it, so they read the same quantities
/// under the same keys.
package struct CaseBinding: Sendable {
  /// One quantity in one slot.
  package struct Term: Sendable {
    package var key: CaseVariableKey
    package var input: ScenarioInput
    /// The values it may take and its unit.
    package var spec: InputSpec
  }

  /// The terms of one solution.
  package struct SolutionTerms: Sendable {
    /// One per entry of the model's inputs, in that order.
    package var arguments: [Term]
    /// The solution's business-case plan; `nil` without a `business_case:`
    /// block (then `values` and `risks` are empty).
    package var plan: BusinessCaseSettings.Plan?
    /// One per entry of the plan's staff shares, with its share.
    package var values: [(share: Double, term: Term)]
    package var risks: [(probability: Term, consequence: Term)]
  }

  /// One per solution of the scenario, in scenario order.
  package let solutions: [SolutionTerms]
  /// The optimism-bias uplifts, shared by every solution with a plan.
  package let projectUplift: Term?
  package let durationUplift: Term?
  /// True when the scenario has an optimism bias or a listed risk: there is
  /// a risk-adjusted NPV besides the NPV.
  package let isRiskAdjusted: Bool

  /// The specs of the business-case quantities (domain and unit).
  static let valueSpec = InputSpec(
    "value_per_fte", .nonNegative, .kroner, da: "Værdi pr. årsværk", en: "Value per FTE-year")
  static let upliftSpec = InputSpec("optimism_bias", .nonNegative, .share, da: "Optimismetillæg", en: "Optimism bias")
  static let probabilitySpec = InputSpec("probability", .share, .share, da: "Sandsynlighed", en: "Probability")
  static let consequenceSpec = InputSpec("consequence", .nonNegative, .kroner, da: "Konsekvens", en: "Consequence")

  /// The binding of `scenario` under `settings` (its `business_case:` block,
  /// or none: then only the model arguments are bound).
  package init(_ scenario: Scenario, settings: BusinessCaseSettings?) {
    var solutions: [SolutionTerms] = []
    for solution in scenario.solutions {
      let arguments = zip(solution.arguments, solution.model.inputs).map { input, spec in
        Term(key: .model(input, of: solution), input: input, spec: spec)
      }
      let plan = settings?.plans[solution.id]
      var values: [(share: Double, term: Term)] = []
      var risks: [(probability: Term, consequence: Term)] = []
      if let plan {
        for (share, input) in zip(plan.staffShares.value, plan.valueInputs) {
          values.append((share.share, Term(key: .value(input, of: solution), input: input, spec: Self.valueSpec)))
        }
        risks = plan.risks.enumerated().map { r, risk in
          (
            Term(
              key: .risk(solution: solution.id, number: r + 1, .probability), input: risk.probability,
              spec: Self.probabilitySpec),
            Term(
              key: .risk(solution: solution.id, number: r + 1, .consequence), input: risk.consequence,
              spec: Self.consequenceSpec)
          )
        }
      }
      solutions.append(SolutionTerms(arguments: arguments, plan: plan, values: values, risks: risks))
    }
    self.solutions = solutions
    projectUplift = settings?.optimismBias?.projectCost.map {
      Term(key: .optimismBias(.projectCost), input: $0, spec: Self.upliftSpec)
    }
    durationUplift = settings?.optimismBias?.duration.map {
      Term(key: .optimismBias(.duration), input: $0, spec: Self.upliftSpec)
    }
    isRiskAdjusted =
      settings.map { $0.optimismBias != nil || $0.plans.values.contains { !$0.risks.isEmpty } } ?? false
  }

  /// The binding of `scenario` under its own `business_case:` block.
  package init(_ scenario: Scenario) { self.init(scenario, settings: scenario.businessCase) }
}
