import Diagnostics
import WorkforceModel
import YAMLSubset

extension ScenarioDecoder {
  /// The model of a solution: a built-in model named by `model:`.
  ///
  /// - Parameters:
  ///   - inputs: the solution's own `inputs:`, in file order.
  ///   - assumptions: the scenario's assumptions by name.
  func resolveModel(
    _ fields: KeyedMapping, id: String, what: String, inputs: [ScenarioInput],
    assumptions: [String: ScenarioInput]
  ) throws(Diagnostic) -> any SolutionModel {
    let modelNode = try fields.required(
      "model", in: what, expected: "model: one of \(ModelCatalog.names.joined(separator: ", "))")
    let modelScalar = try modelNode.expectScalar("'model' of \(what)")
    guard let model = ModelCatalog.model(named: modelScalar.text) else {
      throw Diagnostic(
        at: modelScalar.location, "unknown model '\(modelScalar.text)' in \(what)",
        expected: "one of \(ModelCatalog.names.joined(separator: ", "))",
        suggestion: Suggestion.closest(to: modelScalar.text, in: ModelCatalog.names))
    }
    return model
  }
}
