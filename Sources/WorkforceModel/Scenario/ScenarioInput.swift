import Diagnostics

/// One input value as a scenario gives it, with where it came from.
package struct ScenarioInput: Sendable, Hashable {
  /// Where the value was found.
  package enum Origin: Sendable, Hashable {
    /// In the solution's own `inputs`.
    case solution
    /// In the scenario's `assumptions`, shared by every solution that needs it.
    case assumption
  }

  /// The input's name, e.g. `share`.
  package var name: String
  package var quantity: Quantity
  /// The `source:` text: where in the report (or elsewhere) the value comes from.
  package var source: String?
  /// The `note:` text: a remark on the value (why it was chosen, a caveat).
  package var note: String?
  /// The location of the value in its file.
  package var location: SourceLocation
  /// The location of the input's name (its key), when it has one.
  package var keyLocation: SourceLocation?
  package var origin: Origin

  package init(
    name: String, quantity: Quantity, source: String? = nil, location: SourceLocation,
    origin: Origin = .solution
  ) {
    self.name = name
    self.quantity = quantity
    self.source = source
    self.location = location
    self.origin = origin
  }
}
