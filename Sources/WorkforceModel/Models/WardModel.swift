/// WARD 24/7: AI sorting of alarms from continuous wireless vital-sign
/// monitoring on general wards, replacing manual early-warning-score rounds.
///
/// - fte = minutes saved per patient-day × patient-days ÷ 60 ÷ hours per årsværk,
///   with patient-days = admissions × share monitored × length of stay;
/// - project cost = project management + tender;
/// - operating cost = patient-days × price per patient-day.
package struct WardModel: BuiltInModel {
  package enum Input: String, ModelInputName {
    case minutesSavedPerPatientDay = "minutes_saved_per_patient_day"
    case admissions
    case share
    case lengthOfStayDays = "length_of_stay_days"
    case pricePerPatientDay = "price_per_patient_day"
    case projectManagement = "project_management"
    case tender
    case hoursPerFTE = "hours_per_fte"
  }

  package init() {}
  package var id: String { "ward" }

  static func spec(_ input: Input) -> InputSpec {
    switch input {
    case .minutesSavedPerPatientDay:
      InputSpec(
        input.rawValue, .nonNegative, .minutes,
        da: "Tidsbesparelse pr. døgn pr. patient", en: "Minutes saved per patient-day")
    case .admissions:
      InputSpec(
        input.rawValue, .nonNegative, .count,
        da: "Indlæggelser over 12 timer pr. år", en: "Admissions over 12 hours per year")
    case .share:
      InputSpec(
        input.rawValue, .share, .share,
        da: "Andel patienter med størst gavn", en: "Share of patients monitored")
    case .lengthOfStayDays:
      InputSpec(
        input.rawValue, .nonNegative, .days,
        da: "Gennemsnitlig indlæggelsestid", en: "Average length of stay")
    case .pricePerPatientDay:
      InputSpec(
        input.rawValue, .nonNegative, .kroner,
        da: "Driftsudgift pr. patient pr. døgn", en: "Operating cost per patient-day")
    case .projectManagement:
      .projectManagement
    case .tender:
      .tender
    case .hoursPerFTE:
      .hoursPerFTE
    }
  }

  func compute<V: ModelValue>(_ x: Arguments<Input, V>) -> SolutionOutputs<V> {
    let patientDays = (x[.admissions] * x[.share] * x[.lengthOfStayDays]).named("patient_days")
    let hoursSaved = (x[.minutesSavedPerPatientDay] * patientDays / 60).named("hours_saved")
    return SolutionOutputs(
      fte: hoursSaved / x[.hoursPerFTE],
      projectCost: x[.projectManagement] + x[.tender],
      operatingCost: patientDays * x[.pricePerPatientDay],
      details: [.init("patient_days", patientDays, .count), .init("hours_saved", hoursSaved, .hours)])
  }
}
