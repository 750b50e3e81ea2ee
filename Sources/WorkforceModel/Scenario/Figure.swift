/// The three figures every solution model produces.
package enum Figure: String, CaseIterable, Sendable, Hashable {
  /// Freed full-time equivalents (årsværk) per year.
  case fte
  /// One-off project cost in kroner.
  case projectCost = "project_cost"
  /// Operating cost in kroner per year.
  case operatingCost = "operating_cost"

  /// The unit the figure is measured in.
  package var unit: InputSpec.Unit { self == .fte ? .fte : .kroner }
}
