/// The built-in models, by the name used after `model:` in scenario files.
package enum ModelCatalog {
  /// All built-in models, in the report's order.
  package static let builtIn: [any SolutionModel] = [
    WardModel(), MigoModel(), DermloopModel(), MammographyModel(), RPAModel(),
  ]

  /// The built-in model called `id`, if any.
  package static func model(named id: String) -> (any SolutionModel)? {
    builtIn.first { $0.id == id }
  }

  /// The names of all built-in models.
  package static var names: [String] { builtIn.map(\.id) }
}
