import Diagnostics
import WorkforceModel
import YAMLSubset

extension ScenarioDecoder {
  /// The top-level `business_case:` block.
  func decodeBusinessCase(_ node: YAMLNode, scenario: Scenario) throws(Diagnostic) -> BusinessCaseSettings {
    _ = try node.expectMapping("'business_case'")
    return BusinessCaseSettings()
  }

  /// The top-level `grant:` block.
  func decodeGrant(_ node: YAMLNode, scenario: Scenario) throws(Diagnostic) -> GrantSettings {
    _ = try node.expectMapping("'grant'")
    return GrantSettings()
  }

  /// Per-solution blocks of later features (`business_case:`, `assessment:`,
  /// and the formula keys, which `resolveModel` reads).
  func decodeSolutionExtensions(_ fields: KeyedMapping, into solution: inout Solution, what: String) throws(Diagnostic) {
  }
}
