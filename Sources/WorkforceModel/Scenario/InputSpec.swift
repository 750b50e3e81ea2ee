/// What a model expects of one input: its name in scenario files, the values
/// it may take, the unit it is measured in, and a label for reports.
package struct InputSpec: Sendable, Hashable {
  /// The values an input may take; a value outside is a located error.
  package enum Domain: Sendable, Hashable {
    /// A share in [0, 1], written `25%` or `0.25`.
    case share
    /// A count, price or duration: ≥ 0.
    case nonNegative
    /// Strictly positive: something a formula divides by.
    case positive

    /// The closed set of allowed values (`positive` is checked separately).
    package var bounds: Interval {
      switch self {
      case .share: Interval(0, 1)
      case .nonNegative, .positive: Interval(0, .infinity)
      }
    }

    /// True when `value` is allowed.
    package func contains(_ value: Double) -> Bool {
      switch self {
      case .share: 0 <= value && value <= 1
      case .nonNegative: value >= 0
      case .positive: value > 0
      }
    }

    /// The domain in words, for error messages.
    package var requirement: String {
      switch self {
      case .share: "a share between 0% and 100%"
      case .nonNegative: "a number ≥ 0"
      case .positive: "a number > 0"
      }
    }
  }

  /// The unit an input or output is measured in, for display.
  package enum Unit: String, Sendable, Hashable {
    case count, share, minutes, days, hours, kroner, fte
  }

  /// The name used in scenario files, e.g. `admissions`.
  package var name: String
  package var domain: Domain
  package var unit: Unit
  /// A short Danish label for reports.
  package var danish: String
  /// A short English label for reports.
  package var english: String

  package init(_ name: String, _ domain: Domain, _ unit: Unit, da danish: String, en english: String) {
    self.name = name
    self.domain = domain
    self.unit = unit
    self.danish = danish
    self.english = english
  }

  /// Project management and organisational implementation, as the report
  /// prices it for most solutions.
  package static let projectManagement = InputSpec(
    "project_management", .nonNegative, .kroner,
    da: "Projektledelse og implementering", en: "Project management and implementation")

  /// The cost of a national tender.
  package static let tender = InputSpec("tender", .nonNegative, .kroner, da: "Udbud", en: "Tender")

  /// The common input of every model that converts minutes to årsværk.
  package static let hoursPerFTE = InputSpec(
    "hours_per_fte", .positive, .hours,
    da: "Effektive timer pr. årsværk", en: "Productive hours per FTE-year")
}
