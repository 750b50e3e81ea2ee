import WorkforceModel

/// The name of one quantity a business case (and a Monte Carlo run) depends
/// on: whose it is and what kind of quantity it is.
///
/// Ranges, switching values, the Monte Carlo variables and the reports all
/// carry this typed key; its text (``name``) is rendered here and only here,
/// and nothing parses that text back.
///
/// | key | name |
/// |---|---|
/// | `.input(solution: "ward", name: "share")` | `ward.share` |
/// | `.assumption("hours_per_fte")` | `assumptions.hours_per_fte` |
/// | `.valuePerFTE(solution: "ward")` | `ward.business_case.value_per_fte` |
/// | `.sharedValuePerFTE(staff: "sygeplejersker")` | `business_case.value_per_fte.sygeplejersker` |
/// | `.optimismBias(.projectCost)` | `business_case.optimism_bias.project_cost` |
/// | `.risk(solution: "ward", number: 1, .probability)` | `ward.risk1.probability` |
///
/// The prefixes `assumptions` and `business_case` (and `total`, which output
/// names use) are reserved: no solution may take them as its id
/// (``Solution/reservedIDs``), so two keys never share a name.
package enum CaseVariableKey: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Which optimism-bias uplift.
  package enum Uplift: String, Sendable, Hashable, CaseIterable {
    case projectCost = "project_cost"
    case duration
  }

  /// Which number of a listed risk.
  package enum RiskPart: String, Sendable, Hashable, CaseIterable {
    case probability
    case consequence
  }

  /// A model input from a solution's own `inputs:`.
  case input(solution: String, name: String)
  /// A model input from `assumptions:`, one quantity for every solution using it.
  case assumption(String)
  /// A solution's own value per freed årsværk.
  case valuePerFTE(solution: String)
  /// The value per freed årsværk of a staff group, shared by every solution employing it.
  case sharedValuePerFTE(staff: String)
  /// An optimism-bias uplift, shared by every solution.
  case optimismBias(Uplift)
  /// The probability or consequence of a solution's risk number `number` (1-based).
  case risk(solution: String, number: Int, RiskPart)

  /// The key of model input `input` of solution `solution`: an assumption's
  /// key when the value comes from `assumptions:`.
  package static func model(_ input: ScenarioInput, of solution: Solution) -> CaseVariableKey {
    input.origin == .assumption ? .assumption(input.name) : .input(solution: solution.id, name: input.name)
  }

  /// The key of a value per freed årsværk of `solution`: the staff group's
  /// shared value when it comes from the business case's staff values.
  package static func value(_ input: ScenarioInput, of solution: Solution) -> CaseVariableKey {
    input.origin == .assumption ? .sharedValuePerFTE(staff: input.name) : .valuePerFTE(solution: solution.id)
  }

  /// The key's text: `ward.share`, `assumptions.hours_per_fte`, … (see the table above).
  package var name: String {
    switch self {
    case .input(let solution, let name): "\(solution).\(name)"
    case .assumption(let name): "\(Solution.assumptionsPrefix).\(name)"
    case .valuePerFTE(let solution): "\(solution).\(Solution.businessCasePrefix).value_per_fte"
    case .sharedValuePerFTE(let staff): "\(Solution.businessCasePrefix).value_per_fte.\(staff)"
    case .optimismBias(let uplift): "\(Solution.businessCasePrefix).optimism_bias.\(uplift.rawValue)"
    case .risk(let solution, let number, let part): "\(solution).risk\(number).\(part.rawValue)"
    }
  }

  package var description: String { name }

  /// The solution whose own quantity this is; `nil` for a shared one (an
  /// assumption, a staff group's value, an optimism-bias uplift).
  package var solution: String? {
    switch self {
    case .input(let solution, _), .valuePerFTE(let solution), .risk(let solution, _, _): solution
    case .assumption, .sharedValuePerFTE, .optimismBias: nil
    }
  }

  /// True for a model input (own or from `assumptions:`).
  package var isModelInput: Bool {
    switch self {
    case .input, .assumption: true
    default: false
    }
  }

  /// True when the quantity enters the (unadjusted) net present value; the
  /// optimism bias and the risks enter only the risk-adjusted one.
  package var entersNPV: Bool {
    switch self {
    case .optimismBias, .risk: false
    default: true
    }
  }

  /// Ordered by ``name``, the order reports list ties in.
  package static func < (lhs: CaseVariableKey, rhs: CaseVariableKey) -> Bool { lhs.name < rhs.name }
}
