import WorkforceModel

/// The value of one input at which a business case's net present value is
/// zero, all other inputs at their central values.
package struct SwitchingValue: Sendable {
  /// The solution id, or `total` for the portfolio.
  package var scope: String
  /// The variable: `ward.price_per_patient_day`, `assumptions.hours_per_fte`,
  /// `business_case.value_per_fte.sygeplejersker` (its ``CaseVariableKey/name``).
  package var key: CaseVariableKey
  /// The input as the scenario gives it (name, value, source).
  package var input: ScenarioInput
  package var unit: InputSpec.Unit
  /// The input's central value.
  package var central: Double
  /// Where the NPV is zero; `nil` when it keeps its sign over the input's whole domain.
  package var value: Double?

  /// `(value − central) / central`, the distance from the central estimate.
  package var change: Double? {
    guard let value, central != 0 else { return nil }
    return (value - central) / central
  }
}
