import BusinessCase
import WorkforceModel

/// `workforce grant`: the tables of an application to the national pool —
/// grant, own contribution and freed årsværk per solution, the split across
/// the regions, the portfolio that frees the most årsværk within the pool,
/// the business case, and every assumption with its source.
package struct GrantReport: Sendable {
  package let scenario: Scenario
  package let application: GrantApplication
  package let analysis: BusinessCaseAnalysis?
  package let language: Language

  /// - Returns: `nil` when the analysis has no grant application (the
  ///   scenario has no `grant:` block).
  package init?(_ analysis: ScenarioAnalysis, language: Language) {
    guard let application = analysis.grant else { return nil }
    self.scenario = analysis.scenario
    self.application = application
    self.analysis = analysis.businessCase
    self.language = language
  }

  var settings: GrantSettings { application.settings }
  var businessCase: BusinessCaseReport? { analysis.map { BusinessCaseReport($0, language: language) } }
  var goalText: String { NumberStyle(language).number(application.goal, decimals: 0) }

  func name(_ line: GrantApplication.Line) -> String { line.title ?? line.solution }
}
