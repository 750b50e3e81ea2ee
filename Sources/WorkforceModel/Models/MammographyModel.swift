/// AI as first reader of low-risk mammography screenings, replacing one of
/// the two radiologists who read each screening today.
///
/// - fte = screenings × low-risk share × minutes per read ÷ 60 ÷ hours per årsværk;
/// - project cost = project management + tender;
/// - operating cost = licence + operations, with operations = licence × operations share.
package struct MammographyModel: BuiltInModel {
  package enum Input: String, ModelInputName {
    case screenings
    case lowRiskShare = "low_risk_share"
    case minutesPerRead = "minutes_per_read"
    case licencePerYear = "licence_per_year"
    case operationsShareOfLicence = "operations_share_of_licence"
    case projectManagement = "project_management"
    case tender
    case hoursPerFTE = "hours_per_fte"
  }

  package init() {}
  package var id: String { "mammography" }

  static func spec(_ input: Input) -> InputSpec {
    switch input {
    case .screenings:
      InputSpec(
        input.rawValue, .nonNegative, .count,
        da: "Screeningsundersøgelser pr. år", en: "Screenings per year")
    case .lowRiskShare:
      InputSpec(
        input.rawValue, .share, .share,
        da: "Andel i lavrisikogruppen", en: "Low-risk share")
    case .minutesPerRead:
      InputSpec(
        input.rawValue, .nonNegative, .minutes,
        da: "Minutter pr. vurdering", en: "Minutes per read")
    case .licencePerYear:
      InputSpec(
        input.rawValue, .nonNegative, .kroner,
        da: "Årlige licensudgifter", en: "Licence per year")
    case .operationsShareOfLicence:
      InputSpec(
        input.rawValue, .nonNegative, .share,
        da: "Drift i procent af licens", en: "Operations as a share of the licence")
    case .projectManagement:
      .projectManagement
    case .tender:
      .tender
    case .hoursPerFTE:
      .hoursPerFTE
    }
  }

  func compute<V: ModelValue>(_ x: Arguments<Input, V>) -> SolutionOutputs<V> {
    let lowRiskReads = (x[.screenings] * x[.lowRiskShare]).named("low_risk_reads")
    let hoursSaved = (lowRiskReads * x[.minutesPerRead] / 60).named("hours_saved")
    let operations = (x[.licencePerYear] * x[.operationsShareOfLicence]).named("operations")
    return SolutionOutputs(
      fte: hoursSaved / x[.hoursPerFTE],
      projectCost: x[.projectManagement] + x[.tender],
      operatingCost: x[.licencePerYear] + operations,
      details: [
        .init("low_risk_reads", lowRiskReads, .count), .init("hours_saved", hoursSaved, .hours),
        .init("operations", operations, .kroner),
      ])
  }
}
