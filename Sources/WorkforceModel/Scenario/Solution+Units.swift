extension Solution {
  /// The unit of a name `published:` may use: a figure's, an input's, or that
  /// of one of the model's named intermediates in `details`; `nil` for a name
  /// the solution does not know.
  package func unit<V>(of name: String, details: [SolutionOutputs<V>.Detail]) -> InputSpec.Unit? {
    if let figure = Figure(rawValue: name) { return figure.unit }
    if let index = arguments.firstIndex(where: { $0.name == name }), index < model.inputs.count {
      return model.inputs[index].unit
    }
    return details.first { $0.name == name }?.unit
  }
}
