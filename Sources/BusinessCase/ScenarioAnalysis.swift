import WorkforceModel

/// Everything the deterministic commands (`run`, `grant`, `report`) show about
/// one scenario, computed once: each solution's ranges, the check of the
/// published figures, the business case and the grant application.
///
/// The commands build it; the reports only render it (they call no model and
/// no analysis of their own).
///
/// ```swift
/// let analysis = ScenarioAnalysis(try ScenarioLoader().load("Scenarios/portfolio.yaml"))
/// print(analysis.ranges.total.fte, analysis.businessCase?.portfolio.npv as Any)
/// ```
package struct ScenarioAnalysis: Sendable {
  package let scenario: Scenario
  /// Each solution's figures as ranges, and their totals.
  package let ranges: ScenarioRanges
  /// The published figures against the computed ones.
  package let check: PublishedCheck
  /// The business case, when the scenario has a `business_case:` block.
  package let businessCase: BusinessCaseAnalysis?
  /// The grant application, when the scenario has a `grant:` block and it was asked for.
  package let grant: GrantApplication?

  /// - Parameter grant: whether to work out the grant application too (`run`
  ///   does not show it).
  package init(_ scenario: Scenario, grant: Bool = true) {
    self.scenario = scenario
    ranges = ScenarioRanges(scenario)
    check = PublishedCheck(scenario)
    let businessCase = BusinessCaseAnalysis(scenario)
    self.businessCase = businessCase
    self.grant = grant ? GrantApplication(scenario, analysis: businessCase) : nil
  }
}
