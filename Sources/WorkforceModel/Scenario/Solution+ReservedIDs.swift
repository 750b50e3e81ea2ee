/// The words output and variable names use for things that are not a
/// solution: `total.fte` (the sum over solutions), `assumptions.hours_per_fte`
/// (a shared input), `business_case.optimism_bias.duration` (a shared
/// business-case quantity). No solution may take one as its id, or its
/// figures' names would collide with these (a solution `total` printed
/// `total.fte` twice).
extension Solution {
  /// The name of the sum over all solutions (`total.fte`, the portfolio's business case).
  package static let totalID = "total"
  /// The prefix of a shared input's name (`assumptions.hours_per_fte`).
  package static let assumptionsPrefix = "assumptions"
  /// The prefix of a shared business-case quantity's name (`business_case.value_per_fte.sygeplejersker`).
  package static let businessCasePrefix = "business_case"
  /// The ids the decoder rejects for a solution, each with what it names
  /// instead, in the order error messages list them.
  package static let reservedIDs: [(id: String, names: String)] = [
    (totalID, "the sum over all solutions, as in total.fte"),
    (assumptionsPrefix, "shared inputs, as in assumptions.hours_per_fte"),
    (businessCasePrefix, "shared business-case quantities, as in business_case.value_per_fte.<staff group>"),
  ]
}
