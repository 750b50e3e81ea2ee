import BusinessCase
import WorkforceModel

/// The values of computed criteria, from a solution's deterministic ranges.
///
/// Each is the midpoint of the range of the quantity it measures:
/// - `fte`: freed årsværk per year;
/// - `cost_per_fte`: (project cost ÷ `years` + operating cost) ÷ freed
///   årsværk, in kroner per freed årsværk per year; undefined when no årsværk
///   are freed;
/// - `npv`: the net present value of the solution's business case; undefined
///   without one.
package enum AssessmentMeasures {
  /// The value of `measure` for one solution, or `nil` when it is undefined.
  package static func value(
    _ measure: AssessmentSettings.Criterion.Measure, of outputs: SolutionOutputs<Interval>, npv: Interval?,
    years: Double
  ) -> Double? {
    let value: Double?
    switch measure {
    case .fte:
      value = outputs.fte.midpoint
    case .costPerFTE:
      let fte = outputs.fte.midpoint
      value = fte > 0 && years > 0 ? (outputs.projectCost.midpoint / years + outputs.operatingCost.midpoint) / fte : nil
    case .npv:
      value = npv?.midpoint
    }
    guard let value, value.isFinite else { return nil }
    return value
  }

  /// Each solution's net present value, by id, from the scenario's business
  /// case (empty without a `business_case:` block).
  package static func netPresentValues(_ scenario: Scenario) -> [String: Interval] {
    guard let analysis = BusinessCaseAnalysis(scenario) else { return [:] }
    var values: [String: Interval] = [:]
    for result in analysis.solutions { values[result.id] = result.npv }
    return values
  }
}
