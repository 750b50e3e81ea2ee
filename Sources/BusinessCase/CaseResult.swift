import WorkforceModel

/// The business case of one solution, or of the portfolio of all solutions:
/// yearly flows and the figures judged from them, each as the exact range over
/// the inputs' ranges, plus the value at the inputs' central values.
///
/// Kroner and årsværk throughout; nothing is rounded (reports round for display).
package struct CaseResult: Sendable {
  /// One year of the yearly table.
  package struct Year: Sendable {
    /// The calendar year.
    package var year: Int
    /// Years since the start (0 for the start year).
    package var offset: Int
    package var discountFactor: Double
    package var projectCost: Interval
    package var operatingCost: Interval
    /// Freed årsværk in the year (the ramp-up applied).
    package var fte: Interval
    /// Value of the freed capacity, kroner.
    package var value: Interval
    /// Value − project cost − operating cost.
    package var net: Interval
    /// Present value of the net flows from the start year to this year.
    package var cumulativePresentValue: Interval
  }

  /// Nominal sums over the horizon (not discounted).
  package struct Totals: Sendable {
    package var projectCost: Interval
    package var operatingCost: Interval
    /// Årsværk-years freed over the horizon.
    package var fte: Interval
    package var value: Interval
    package var net: Interval
  }

  /// The first calendar year in which the cumulative present value of the net
  /// flows reaches zero: `earliest` for the most favourable inputs, `latest`
  /// the year by which it has for every combination of inputs; `nil` when
  /// that does not happen within the horizon.
  package struct Payback: Sendable, Hashable {
    package var earliest: Int?
    package var latest: Int?
  }

  /// The risk adjustment, line by line, as present values (kroner).
  package struct RiskAdjustment: Sendable {
    /// What the duration uplift does to the NPV (benefits and costs moved later).
    package var delay: Interval
    /// The optimism-bias uplift on the project cost.
    package var optimismCost: Interval
    /// The risk pool (Σ probability × consequence, spent like the project cost).
    package var riskPool: Interval
    /// The risk pool before discounting.
    package var riskPoolNominal: Interval
    /// NPV + delay − optimism cost − risk pool.
    package var riskAdjustedNPV: Interval
  }

  /// One year at every input's central value.
  package struct CentralYear: Sendable {
    package var year: Int
    package var projectCost: Double
    package var operatingCost: Double
    package var fte: Double
    package var value: Double
    package var net: Double
    package var cumulativePresentValue: Double
  }

  /// The figures at every input's central value.
  package struct Central: Sendable {
    /// The yearly flows at the central values.
    package var years: [CentralYear]
    package var npv: Double
    package var riskAdjustedNPV: Double
    package var benefitCostRatio: Double?
    package var costPerFTEYear: Double?
    package var paybackYear: Int?
    package var steadyFTE: Double
  }

  /// The solution id, or `total` for the portfolio.
  package var id: String
  package var title: String?
  package var years: [Year]
  package var totals: Totals
  /// Freed årsværk at full effect (the model's figure).
  package var fullFTE: Interval
  /// Freed årsværk once the ramp-up has ended.
  package var steadyFTE: Interval
  package var projectCost: Interval
  package var operatingCost: Interval
  /// Kroner per freed årsværk (a solution's weighted staff value); `nil` for the portfolio.
  package var valuePerFTE: Interval?
  /// Net present value over the horizon, kroner.
  package var npv: Interval
  package var presentBenefits: Interval
  package var presentCosts: Interval
  /// Present value of benefits ÷ present value of costs.
  package var benefitCostRatio: Interval?
  /// Present value of costs ÷ present value of freed årsværk-years: what a
  /// freed årsværk costs per year, levelised over the horizon.
  package var costPerFTEYear: Interval?
  package var payback: Payback
  /// The risk adjustment, when the scenario has an optimism bias or risks.
  package var risk: RiskAdjustment?
  package var central: Central
  /// False when the ranges enclose the truth but may be wider (see `VertexSearch`).
  package var isExact: Bool
}
