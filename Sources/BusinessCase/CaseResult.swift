import WorkforceModel

/// The business case of one solution, or of the portfolio of all solutions:
/// yearly flows and the figures judged from them, each as the exact range over
/// the inputs' ranges, plus the value at the inputs' central values.
///
/// Kroner and årsværk throughout; nothing is rounded (reports round for display).
public struct CaseResult: Sendable {
  /// One year of the yearly table.
  public struct Year: Sendable {
    /// The calendar year.
    public var year: Int
    /// Years since the start (0 for the start year).
    public var offset: Int
    public var discountFactor: Double
    public var projectCost: Interval
    public var operatingCost: Interval
    /// Freed årsværk in the year (the ramp-up applied).
    public var fte: Interval
    /// Value of the freed capacity, kroner.
    public var value: Interval
    /// Value − project cost − operating cost.
    public var net: Interval
    /// Present value of the net flows from the start year to this year.
    public var cumulativePresentValue: Interval
  }

  /// Nominal sums over the horizon (not discounted).
  public struct Totals: Sendable {
    public var projectCost: Interval
    public var operatingCost: Interval
    /// Årsværk-years freed over the horizon.
    public var fte: Interval
    public var value: Interval
    public var net: Interval
  }

  /// The first calendar year in which the cumulative present value of the net
  /// flows reaches zero: `earliest` for the most favourable inputs, `latest`
  /// the year by which it has for every combination of inputs; `nil` when
  /// that does not happen within the horizon.
  public struct Payback: Sendable, Hashable {
    public var earliest: Int?
    public var latest: Int?
  }

  /// The risk adjustment, line by line, as present values (kroner).
  public struct RiskAdjustment: Sendable {
    /// What the duration uplift does to the NPV (benefits and costs moved later).
    public var delay: Interval
    /// The optimism-bias uplift on the project cost.
    public var optimismCost: Interval
    /// The risk pool (Σ probability × consequence, spent like the project cost).
    public var riskPool: Interval
    /// The risk pool before discounting.
    public var riskPoolNominal: Interval
    /// NPV + delay − optimism cost − risk pool.
    public var riskAdjustedNPV: Interval
  }

  /// One year at every input's central value.
  public struct CentralYear: Sendable {
    public var year: Int
    public var projectCost: Double
    public var operatingCost: Double
    public var fte: Double
    public var value: Double
    public var net: Double
    public var cumulativePresentValue: Double
  }

  /// The figures at every input's central value.
  public struct Central: Sendable {
    /// The yearly flows at the central values.
    public var years: [CentralYear]
    public var npv: Double
    public var riskAdjustedNPV: Double
    public var benefitCostRatio: Double?
    public var costPerFTEYear: Double?
    public var paybackYear: Int?
    public var steadyFTE: Double
  }

  /// The solution id, or `total` for the portfolio.
  public var id: String
  public var title: String?
  public var years: [Year]
  public var totals: Totals
  /// Freed årsværk at full effect (the model's figure).
  public var fullFTE: Interval
  /// Freed årsværk once the ramp-up has ended.
  public var steadyFTE: Interval
  public var projectCost: Interval
  public var operatingCost: Interval
  /// Kroner per freed årsværk (a solution's weighted staff value); `nil` for the portfolio.
  public var valuePerFTE: Interval?
  /// Net present value over the horizon, kroner.
  public var npv: Interval
  public var presentBenefits: Interval
  public var presentCosts: Interval
  /// Present value of benefits ÷ present value of costs.
  public var benefitCostRatio: Interval?
  /// Present value of costs ÷ present value of freed årsværk-years: what a
  /// freed årsværk costs per year, levelised over the horizon.
  public var costPerFTEYear: Interval?
  public var payback: Payback
  /// The risk adjustment, when the scenario has an optimism bias or risks.
  public var risk: RiskAdjustment?
  public var central: Central
  /// False when the ranges enclose the truth but may be wider (see `VertexSearch`).
  public var isExact: Bool
}
