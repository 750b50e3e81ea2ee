import Diagnostics
import WorkforceModel
import YAMLSubset

extension ScenarioDecoder {
  /// The top-level `assessment:` block.
  func decodeAssessment(_ node: YAMLNode, scenario: Scenario) throws(Diagnostic) -> AssessmentSettings {
    _ = try node.expectMapping("'assessment'")
    return AssessmentSettings()
  }
}
