/// The deterministic result of a scenario: each solution's figures as ranges,
/// and their totals.
public struct ScenarioRanges: Sendable {
  /// One solution's ranges.
  public struct Row: Sendable {
    public var solution: Solution
    public var outputs: SolutionOutputs<Interval>
  }

  public var rows: [Row]
  /// The sum over all solutions, figure by figure.
  public var total: SolutionOutputs<Interval>

  public init(_ scenario: Scenario) {
    rows = scenario.solutions.map { Row(solution: $0, outputs: $0.ranges()) }
    total = .sum(rows.map(\.outputs))
  }
}
