/// Migo: camera monitoring with AI alarms for intensive-care patients, so a
/// nurse need not stay in the room with each patient.
///
/// - fte = ICU beds × årsværk per bed × share of time saved;
/// - project cost = project management + tender;
/// - operating cost = price per bed per month × 12 × ICU beds.
package struct MigoModel: BuiltInModel {
  package enum Input: String, ModelInputName {
    case icuBeds = "icu_beds"
    case ftePerBed = "fte_per_bed"
    case timeSavingShare = "time_saving_share"
    case pricePerBedMonth = "price_per_bed_month"
    case projectManagement = "project_management"
    case tender
  }

  package init() {}
  package var id: String { "migo" }

  static func spec(_ input: Input) -> InputSpec {
    switch input {
    case .icuBeds:
      InputSpec(
        input.rawValue, .nonNegative, .count,
        da: "Intensive sengepladser", en: "Intensive-care beds")
    case .ftePerBed:
      InputSpec(
        input.rawValue, .nonNegative, .fte,
        da: "Årsværk pr. sengeplads pr. år", en: "FTE-years per bed per year")
    case .timeSavingShare:
      InputSpec(
        input.rawValue, .share, .share,
        da: "Tidsbesparelse pr. sengeplads", en: "Time saved per bed")
    case .pricePerBedMonth:
      InputSpec(
        input.rawValue, .nonNegative, .kroner,
        da: "Driftsudgift pr. seng pr. måned", en: "Operating cost per bed per month")
    case .projectManagement:
      .projectManagement
    case .tender:
      .tender
    }
  }

  func compute<V: ModelValue>(_ x: Arguments<Input, V>) -> SolutionOutputs<V> {
    let staffedFTE = (x[.icuBeds] * x[.ftePerBed]).named("staffed_fte")
    return SolutionOutputs(
      fte: staffedFTE * x[.timeSavingShare],
      projectCost: x[.projectManagement] + x[.tender],
      operatingCost: x[.pricePerBedMonth] * 12 * x[.icuBeds],
      details: [.init("staffed_fte", staffedFTE, .fte)])
  }
}
