import Diagnostics
import WorkforceModel
import YAMLSubset

extension ScenarioDecoder {
  /// The model of a solution: a built-in model named by `model:`, or the
  /// solution's own formulas with `model: formula`.
  ///
  /// - Parameters:
  ///   - inputs: the solution's own `inputs:`, in file order.
  ///   - assumptions: the scenario's assumptions by name.
  func resolveModel(
    _ fields: KeyedMapping, id: String, what: String, inputs: [ScenarioInput],
    assumptions: [String: ScenarioInput]
  ) throws(Diagnostic) -> any SolutionModel {
    try rejectSolutionAssessment(fields, id: id, what: what)
    let modelNames = ModelCatalog.names + [FormulaDecoding.modelName]
    let modelNode = try fields.required(
      "model", in: what, expected: "model: one of \(modelNames.joined(separator: ", "))")
    let modelScalar = try modelNode.expectScalar("'model' of \(what)")
    if modelScalar.text == FormulaDecoding.modelName {
      return try formulaModel(fields, what: what, inputs: inputs, assumptions: assumptions)
    }
    guard let model = ModelCatalog.model(named: modelScalar.text) else {
      throw Diagnostic(
        at: modelScalar.location, "unknown model '\(modelScalar.text)' in \(what)",
        expected: "one of \(modelNames.joined(separator: ", "))",
        suggestion: Suggestion.closest(to: modelScalar.text, in: modelNames))
    }
    for key in ["formulas", "let"] {
      if let entry = fields.entries.first(where: { $0.key.text == key }) {
        throw Diagnostic(
          at: entry.key.location, "'\(key)' in \(what), which uses the built-in model '\(model.id)'",
          expected: "'\(key)' only with 'model: formula'")
      }
    }
    return model
  }

  /// Scores belong in the top-level `assessment:` block, under `scores:`, so
  /// that all judgements sit side by side; a solution's own `assessment:` key
  /// is an error that says where to put them (checked here because every
  /// solution passes through `resolveModel`).
  func rejectSolutionAssessment(_ fields: KeyedMapping, id: String, what: String) throws(Diagnostic) {
    guard let entry = fields.entries.first(where: { $0.key.text == "assessment" }) else { return }
    throw Diagnostic(
      at: entry.key.location, "'assessment' in \(what)",
      expected: "the scores in the top-level block: assessment: scores: \(id): {criterion: score, …}")
  }
}
