/// The built-in models, by the name used after `model:` in scenario files.
public enum ModelCatalog {
  /// All built-in models, in the report's order.
  public static let builtIn: [any SolutionModel] = [
    WardModel(), MigoModel(), DermloopModel(), MammographyModel(), RPAModel(),
  ]

  /// The built-in model called `id`, if any.
  public static func model(named id: String) -> (any SolutionModel)? {
    builtIn.first { $0.id == id }
  }

  /// The names of all built-in models.
  public static var names: [String] { builtIn.map(\.id) }
}
