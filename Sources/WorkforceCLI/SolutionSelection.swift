import Diagnostics
import WorkforceModel

/// `--solution ID` (repeatable): the solutions a command works on, the
/// others left out of every figure and total.
enum SolutionSelection {
  /// The option, the same on every command that reads a scenario.
  static let option = OptionSpec(
    "solution", short: "s", value: "ID",
    "only this solution (repeatable); the others are left out of every figure and total")

  /// `scenario` with only the solutions `ids` names (all when `ids` is empty).
  ///
  /// - Throws: a usage error (exit 64) for an id the scenario does not have,
  ///   with the closest id, or saying where the variant leaves it out.
  static func apply(_ ids: [String], to scenario: Scenario) throws(Diagnostic) -> Scenario {
    guard !ids.isEmpty else { return scenario }
    let known = scenario.solutions.map(\.id)
    for id in ids where !known.contains(id) {
      if let omitted = scenario.omitted.first(where: { $0.id == id }), case .variant(let location) = omitted.reason {
        throw Diagnostic(
          .usage, at: nil, "--solution '\(id)': \(scenario.file) leaves '\(id)' out (at \(location))",
          expected: "one of \(known.joined(separator: ", "))")
      }
      throw Diagnostic(
        .usage, at: nil, "--solution '\(id)' is not a solution of \(scenario.file)",
        expected: "one of \(known.joined(separator: ", "))", suggestion: Suggestion.closest(to: id, in: known))
    }
    return scenario.keeping(where: ids.contains, reason: .commandLine)
  }
}
