/// The deterministic result of a scenario: each solution's figures as ranges,
/// and their totals.
package struct ScenarioRanges: Sendable {
  /// One solution's ranges.
  package struct Row: Sendable {
    package var solution: Solution
    package var outputs: SolutionOutputs<Interval>
  }

  package var rows: [Row]
  /// The sum over all solutions, figure by figure.
  package var total: SolutionOutputs<Interval>

  package init(_ scenario: Scenario) {
    rows = scenario.solutions.map { Row(solution: $0, outputs: $0.ranges()) }
    total = .sum(rows.map(\.outputs))
  }
}
