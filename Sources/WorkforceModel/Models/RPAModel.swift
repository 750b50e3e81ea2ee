/// Robotic process automation of manual reporting to the clinical quality
/// databases (RKKP).
///
/// - fte = reports × fields per report × minutes per field ÷ 60 ÷ hours per årsværk;
/// - project cost = pre-analysis + development + project management + organisational change;
/// - operating cost = development × operations as a share of development.
package struct RPAModel: BuiltInModel {
  package enum Input: String, ModelInputName {
    case reportsPerYear = "reports_per_year"
    case fieldsPerReport = "fields_per_report"
    case minutesPerField = "minutes_per_field"
    case preAnalysis = "pre_analysis"
    case development
    case projectManagement = "project_management"
    case organisational
    case operationsShareOfDevelopment = "operations_share_of_development"
    case hoursPerFTE = "hours_per_fte"
  }

  package init() {}
  package var id: String { "rpa" }

  static func spec(_ input: Input) -> InputSpec {
    switch input {
    case .reportsPerYear:
      InputSpec(
        input.rawValue, .nonNegative, .count,
        da: "Manuelle indberetninger pr. år", en: "Manual reports per year")
    case .fieldsPerReport:
      InputSpec(
        input.rawValue, .nonNegative, .count,
        da: "Datafelter pr. indberetning", en: "Data fields per report")
    case .minutesPerField:
      InputSpec(
        input.rawValue, .nonNegative, .minutes,
        da: "Minutter pr. registrering", en: "Minutes per field")
    case .preAnalysis:
      InputSpec(input.rawValue, .nonNegative, .kroner, da: "Foranalyse", en: "Pre-analysis")
    case .development:
      InputSpec(
        input.rawValue, .nonNegative, .kroner,
        da: "Udvikling af RPA-løsning", en: "RPA development")
    case .projectManagement:
      InputSpec(
        input.rawValue, .nonNegative, .kroner,
        da: "Projektledelse og tekniske tilpasninger", en: "Project management and technical changes")
    case .organisational:
      InputSpec(
        input.rawValue, .nonNegative, .kroner,
        da: "Organisatorisk tilpasning", en: "Organisational change")
    case .operationsShareOfDevelopment:
      InputSpec(
        input.rawValue, .nonNegative, .share,
        da: "Drift i procent af udvikling", en: "Operations as a share of development")
    case .hoursPerFTE:
      .hoursPerFTE
    }
  }

  func compute<V: ModelValue>(_ x: Arguments<Input, V>) -> SolutionOutputs<V> {
    let fields = (x[.reportsPerYear] * x[.fieldsPerReport]).named("registrations")
    let hoursSaved = (fields * x[.minutesPerField] / 60).named("hours_saved")
    return SolutionOutputs(
      fte: hoursSaved / x[.hoursPerFTE],
      projectCost: x[.preAnalysis] + x[.development] + x[.projectManagement] + x[.organisational],
      operatingCost: x[.development] * x[.operationsShareOfDevelopment],
      details: [.init("registrations", fields, .count), .init("hours_saved", hoursSaved, .hours)])
  }
}
