import Testing

@testable import WorkforceModel

@Suite("Units of formula inputs from their names")
struct FormulaUnitsTests {
  @Test(
    arguments: [
      // Only the words before "per"/"pr" name the quantity: a wage per hour is kroner.
      ("wage_per_clinician_hour", InputSpec.Unit.kroner),
      ("pris_pr_time", .kroner),
      ("minutes_saved_per_letter", .minutes),
      ("consultations_per_year", .count),
      ("fte_per_bed", .fte),
      ("share_of_letters", .share),
      ("development_cost", .kroner),
      ("letters", .count),
      // A name that starts with "per" keeps all its words.
      ("per_patient_minutes", .minutes),
      // Built-in names keep the built-in model's unit.
      ("hours_per_fte", .hours),
      ("price_per_patient_day", .kroner),
    ])
  func unitFollowsTheHeadOfTheName(_ name: String, _ unit: InputSpec.Unit) {
    #expect(FormulaUnits.inputSpec(named: name).unit == unit)
  }
}
