/// Dermloop: tele-dermatology shared across general practice, dermatology,
/// plastic surgery and pathology, with AI-supported training.
///
/// - fte = dermatology + plastic surgery + pathology årsværk (expert estimates);
/// - project cost = project management + tender;
/// - operating cost = licence per year.
package struct DermloopModel: BuiltInModel {
  package enum Input: String, ModelInputName {
    case dermatologyFTE = "dermatology_fte"
    case plasticSurgeryFTE = "plastic_surgery_fte"
    case pathologyFTE = "pathology_fte"
    case licencePerYear = "licence_per_year"
    case projectManagement = "project_management"
    case tender
  }

  package init() {}
  package var id: String { "dermloop" }

  static func spec(_ input: Input) -> InputSpec {
    switch input {
    case .dermatologyFTE:
      InputSpec(
        input.rawValue, .nonNegative, .fte,
        da: "Årsværk, dermatologi", en: "FTE-years, dermatology")
    case .plasticSurgeryFTE:
      InputSpec(
        input.rawValue, .nonNegative, .fte,
        da: "Årsværk, plastikkirurgi", en: "FTE-years, plastic surgery")
    case .pathologyFTE:
      InputSpec(
        input.rawValue, .nonNegative, .fte,
        da: "Årsværk, patologi", en: "FTE-years, pathology")
    case .licencePerYear:
      InputSpec(
        input.rawValue, .nonNegative, .kroner,
        da: "Årlige licensudgifter", en: "Licence per year")
    case .projectManagement:
      .projectManagement
    case .tender:
      .tender
    }
  }

  func compute<V: ModelValue>(_ x: Arguments<Input, V>) -> SolutionOutputs<V> {
    SolutionOutputs(
      fte: x[.dermatologyFTE] + x[.plasticSurgeryFTE] + x[.pathologyFTE],
      projectCost: x[.projectManagement] + x[.tender],
      operatingCost: x[.licencePerYear])
  }
}
