import Diagnostics

/// The `business_case:` block of a scenario: when the project starts, how long
/// it is judged, how the future is discounted, how each solution's costs and
/// effects are spread over the years, and what a freed årsværk is worth.
///
/// Every number carries its `source`, so a table built from it can say where
/// each figure comes from. The block is decoded by `ScenarioFormat`; the
/// analysis (ranges, NPV, payback, grant tables) lives in `BusinessCase`.
///
/// ## The year model
///
/// Year 0 is the start year (`start_year`), the first year of the project.
/// A solution's flows in year *t* = 0 … horizon − 1 are:
///
/// - project cost: `project_cost × spread[t]` (the spread's shares sum to 1 over
///   the implementation years);
/// - effect share: `ramp_up[t]` (the last entry continues after the list ends);
///   freed årsværk `fte × effect`, operating cost `operating_cost × effect`
///   (licences and running costs follow the roll-out), value of freed capacity
///   `freed årsværk × value per årsværk`;
/// - net: value − project cost − operating cost.
///
/// Discounting (the year-0 convention): flows of year 0 are not discounted;
/// flows of year *t* ≥ 1 are multiplied by `∏_{k=1}^{t} 1 / (1 + r_k)`, where
/// `r_k` is the rate of the schedule segment that contains year *k*. With the
/// Ministry of Finance's 2021 rates (3.5 % for years 0–35, 2.5 % for 36–70) the
/// factor of year 36 is `1.035^-35 × 1.025^-1`.
public struct BusinessCaseSettings: Sendable {
  /// A value read from the scenario with its `source:` and place; `location`
  /// is `nil` for a default the file did not set.
  public struct Sourced<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    public var source: String?
    public var location: SourceLocation?

    public init(_ value: Value, source: String? = nil, location: SourceLocation? = nil) {
      self.value = value
      self.source = source
      self.location = location
    }

    /// True when the scenario did not set the value (a built-in default).
    public var isDefault: Bool { location == nil }
  }

  /// The first calendar year of the project (year 0).
  public var startYear: Sourced<Int>
  /// Years judged: year 0 … horizon − 1.
  public var horizon: Sourced<Int>
  public var discountRate: DiscountSchedule
  /// The value of one freed årsværk per staff group, kroner per year; each
  /// input's `name` is the staff group as written under a solution's `staff:`.
  public var valuePerFTE: [ScenarioInput]
  /// Uplifts on project cost and duration (e.g. the UK Green Book's), shown as
  /// their own lines of the business case, never folded into the inputs.
  public var optimismBias: OptimismBias?
  /// Defaults for every solution's plan, from the block's own
  /// `implementation_years`, `ramp_up` and `project_cost_spread`.
  public var defaults: SolutionOverrides
  /// Each solution's resolved plan, by solution id.
  public var plans: [String: Plan]
  /// Where the block is written.
  public var location: SourceLocation?

  /// A business case with every default: start 2024, 10 years, the Ministry of
  /// Finance's 2021 discount rates, no value per årsværk.
  public init(
    startYear: Sourced<Int> = Sourced(2024), horizon: Sourced<Int> = Sourced(10),
    discountRate: DiscountSchedule = .financeMinistry2021, valuePerFTE: [ScenarioInput] = [],
    optimismBias: OptimismBias? = nil, defaults: SolutionOverrides = SolutionOverrides(),
    plans: [String: Plan] = [:], location: SourceLocation? = nil
  ) {
    self.startYear = startYear
    self.horizon = horizon
    self.discountRate = discountRate
    self.valuePerFTE = valuePerFTE
    self.optimismBias = optimismBias
    self.defaults = defaults
    self.plans = plans
    self.location = location
  }

  /// The value-per-årsværk input of `group`, if the block sets one.
  public func value(ofStaff group: String) -> ScenarioInput? {
    valuePerFTE.first { $0.name == group }
  }

  /// The discount factors of years 0 … horizon − 1 (see the year-0 convention above).
  public var discountFactors: [Double] { discountRate.factors(count: horizon.value) }
}

// MARK: - Discounting

extension BusinessCaseSettings {
  /// Real discount rates by year: one constant rate, or segments such as the
  /// Ministry of Finance's `0..35: 3.5 %, 36..70: 2.5 %`.
  public struct DiscountSchedule: Sendable, Hashable {
    /// A rate that applies to the years `years` (both ends included).
    public struct Segment: Sendable, Hashable {
      public var years: ClosedRange<Int>
      public var rate: Double
      public var location: SourceLocation?

      public init(years: ClosedRange<Int>, rate: Double, location: SourceLocation? = nil) {
        self.years = years
        self.rate = rate
        self.location = location
      }
    }

    /// Contiguous segments starting at year 0, in order.
    public var segments: [Segment]
    public var source: String?
    public var location: SourceLocation?

    public init(segments: [Segment], source: String? = nil, location: SourceLocation? = nil) {
      self.segments = segments
      self.source = source
      self.location = location
    }

    /// One rate for every year (up to year 1,000).
    public static func constant(_ rate: Double, source: String? = nil, location: SourceLocation? = nil) -> Self {
      DiscountSchedule(
        segments: [Segment(years: 0...1_000, rate: rate, location: location)], source: source, location: location)
    }

    /// Finansministeriet's social discount rate of 7 January 2021: 3.5 % real
    /// in years 0–35 and 2.5 % in years 36–70.
    public static let financeMinistry2021 = DiscountSchedule(
      segments: [Segment(years: 0...35, rate: 0.035), Segment(years: 36...70, rate: 0.025)],
      source: "Default: Finansministeriet, 'Dokumentationsnotat – den samfundsøkonomiske diskonteringsrente', "
        + "7 January 2021: 3.5 % real in years 0–35, 2.5 % in years 36–70.")

    /// The last year the schedule covers.
    public var lastYear: Int { segments.last?.years.upperBound ?? -1 }

    /// The rate of the segment containing `year`, or `nil` outside the schedule.
    public func rate(inYear year: Int) -> Double? {
      segments.first { $0.years.contains(year) }?.rate
    }

    /// The discount factors of years 0 ..< count: `1` for year 0, then
    /// `factor(t) = factor(t − 1) / (1 + rate(t))`. A year beyond the schedule
    /// keeps the last segment's rate (the decoder rejects horizons the
    /// schedule does not cover, so this only matters to direct callers).
    ///
    /// - Complexity: O(count).
    public func factors(count: Int) -> [Double] {
      var factors: [Double] = []
      factors.reserveCapacity(max(0, count))
      var factor = 1.0
      for year in 0..<max(0, count) {
        if year > 0 {
          factor /= 1 + (rate(inYear: year) ?? segments.last?.rate ?? 0)
        }
        factors.append(factor)
      }
      return factors
    }
  }
}

// MARK: - Per-solution plans

extension BusinessCaseSettings {
  /// What a solution's own `business_case:` block (or the top-level block, for
  /// defaults) writes; every field is optional.
  public struct SolutionOverrides: Sendable, Hashable {
    public var implementationYears: Sourced<Int>?
    public var rampUp: Sourced<[Double]>?
    /// Shares of the project cost per implementation year; `nil` means even.
    public var projectCostSpread: Sourced<[Double]>?
    /// Shares of the freed årsværk per staff group; `nil` means equal shares.
    public var staffShares: Sourced<[StaffShare]>?
    /// A value per freed årsværk for this solution alone (overrides the staff groups).
    public var valuePerFTE: ScenarioInput?
    public var risks: [Risk]
    public var location: SourceLocation?

    public init(
      implementationYears: Sourced<Int>? = nil, rampUp: Sourced<[Double]>? = nil,
      projectCostSpread: Sourced<[Double]>? = nil, staffShares: Sourced<[StaffShare]>? = nil,
      valuePerFTE: ScenarioInput? = nil, risks: [Risk] = [], location: SourceLocation? = nil
    ) {
      self.implementationYears = implementationYears
      self.rampUp = rampUp
      self.projectCostSpread = projectCostSpread
      self.staffShares = staffShares
      self.valuePerFTE = valuePerFTE
      self.risks = risks
      self.location = location
    }
  }

  /// One staff group's share of a solution's freed årsværk.
  public struct StaffShare: Sendable, Hashable {
    public var group: String
    public var share: Double

    public init(group: String, share: Double) {
      self.group = group
      self.share = share
    }
  }

  /// A listed risk: probability × consequence goes into the solution's risk
  /// pool, as in the Danish state's business-case model.
  public struct Risk: Sendable, Hashable {
    /// What could happen.
    public var text: String
    /// The probability that it happens, a share.
    public var probability: ScenarioInput
    /// The extra cost if it happens, kroner.
    public var consequence: ScenarioInput
    public var source: String?
    public var location: SourceLocation

    public init(
      text: String, probability: ScenarioInput, consequence: ScenarioInput, source: String? = nil,
      location: SourceLocation
    ) {
      self.text = text
      self.probability = probability
      self.consequence = consequence
      self.source = source
      self.location = location
    }
  }

  /// Optimism-bias uplifts, each a share (`10%..200%` is +10 % to +200 %).
  public struct OptimismBias: Sendable, Hashable {
    /// Uplift on the project cost.
    public var projectCost: ScenarioInput?
    /// Uplift on the duration: implementation and ramp-up stretched in time.
    public var duration: ScenarioInput?
    public var location: SourceLocation?

    public init(projectCost: ScenarioInput? = nil, duration: ScenarioInput? = nil, location: SourceLocation? = nil) {
      self.projectCost = projectCost
      self.duration = duration
      self.location = location
    }
  }

  /// A solution's resolved plan: its own settings over the block's defaults.
  public struct Plan: Sendable, Hashable {
    public var implementationYears: Sourced<Int>
    /// The effect share of years 0, 1, …; the last entry continues.
    public var rampUp: Sourced<[Double]>
    /// The project cost's share of each implementation year (sums to 1).
    public var projectCostSpread: Sourced<[Double]>
    public var staffShares: Sourced<[StaffShare]>
    /// The value inputs the solution's value per årsværk is made of, one per
    /// entry of `staffShares` (or one, the solution's own, with share 1).
    public var valueInputs: [ScenarioInput]
    public var risks: [Risk]

    public init(
      implementationYears: Sourced<Int>, rampUp: Sourced<[Double]>, projectCostSpread: Sourced<[Double]>,
      staffShares: Sourced<[StaffShare]>, valueInputs: [ScenarioInput], risks: [Risk] = []
    ) {
      self.implementationYears = implementationYears
      self.rampUp = rampUp
      self.projectCostSpread = projectCostSpread
      self.staffShares = staffShares
      self.valueInputs = valueInputs
      self.risks = risks
    }

    /// The default ramp-up for `years` implementation years: the effect rises
    /// linearly and is full from the first year after implementation,
    /// `share(t) = min(1, t / years)`: 1 year → [0 %, 100 %], 2 → [0 %, 50 %, 100 %].
    public static func linearRampUp(years: Int) -> [Double] {
      let n = max(1, years)
      return (0...n).map { Double($0) / Double(n) }
    }

    /// An even spread of the project cost over `years` years.
    public static func evenSpread(years: Int) -> [Double] {
      let n = max(1, years)
      return [Double](repeating: 1 / Double(n), count: n)
    }

    /// The effect share of year `t` (the last entry continues).
    public func effect(year t: Int) -> Double {
      let ramp = rampUp.value
      guard let last = ramp.last else { return 1 }
      return t < ramp.count ? ramp[max(0, t)] : last
    }

    /// The project cost's share of year `t`.
    public func projectShare(year t: Int) -> Double {
      let spread = projectCostSpread.value
      return t >= 0 && t < spread.count ? spread[t] : 0
    }

    /// The present-value weights of the effect and the project cost:
    /// `A = Σ d_t · effect_t` and `B = Σ d_t · projectShare_t`, so that a
    /// solution's NPV is `(fte × value − operating) × A − project × B`.
    ///
    /// Stretched by `s`, year *t* reads the plan at times `t / (1 + s)` and
    /// `(t + 1) / (1 + s)`: the effect interpolated linearly between whole
    /// years, the project cost spent evenly within each year.
    ///
    /// - Complexity: O(horizon + implementation years), no allocation (the
    ///   Monte Carlo runner calls it once per draw when the duration uplift is
    ///   uncertain).
    public func weights(discountFactors d: [Double], stretch: Double = 0) -> (effect: Double, project: Double) {
      let ramp = rampUp.value
      let spread = projectCostSpread.value
      var a = 0.0
      var b = 0.0
      if stretch == 0 {
        for t in 0..<d.count {
          a += d[t] * (t < ramp.count ? ramp[t] : (ramp.last ?? 1))
          if t < spread.count { b += d[t] * spread[t] }
        }
        return (a, b)
      }
      let scale = 1 / (1 + stretch)
      // Spent share at time x, walked forward: whole years before `year` add
      // up to `spentBefore`.
      var year = 0
      var spentBefore = 0.0
      func spent(_ x: Double) -> Double {
        while year < spread.count, x >= Double(year + 1) {
          spentBefore += spread[year]
          year += 1
        }
        return year < spread.count ? spentBefore + (x - Double(year)) * spread[year] : 1
      }
      var previous = 0.0
      for t in 0..<d.count {
        let x = Double(t) * scale
        let whole = Int(x)
        let effect: Double
        if whole + 1 < ramp.count {
          effect = ramp[whole] + (x - Double(whole)) * (ramp[whole + 1] - ramp[whole])
        } else {
          effect = ramp.last ?? 1
        }
        a += d[t] * effect
        let next = spent(Double(t + 1) * scale)
        b += d[t] * (next - previous)
        previous = next
      }
      return (a, b)
    }
  }

  /// One solution's figures at one point of its inputs, in kroner and årsværk:
  /// what the cash-flow formulas of a business case take.
  public struct PointFigures: Sendable, Hashable {
    /// Freed årsværk per year at full effect.
    public var fte: Double
    public var projectCost: Double
    /// Operating cost per year at full effect.
    public var operatingCost: Double
    /// Kroner per freed årsværk per year.
    public var valuePerFTE: Double
    /// Optimism-bias uplift on the project cost (a share, 0 when none).
    public var projectUplift: Double
    /// Optimism-bias uplift on the duration (a share, 0 when none).
    public var durationUplift: Double
    /// Σ probability × consequence of the listed risks, kroner.
    public var riskPool: Double

    public init(
      fte: Double, projectCost: Double, operatingCost: Double, valuePerFTE: Double, projectUplift: Double = 0,
      durationUplift: Double = 0, riskPool: Double = 0
    ) {
      self.fte = fte
      self.projectCost = projectCost
      self.operatingCost = operatingCost
      self.valuePerFTE = valuePerFTE
      self.projectUplift = projectUplift
      self.durationUplift = durationUplift
      self.riskPool = riskPool
    }
  }

  /// The net present value and the risk-adjusted net present value of one
  /// solution at one point — the formula the yearly tables, the ranges and the
  /// Monte Carlo outputs all use.
  ///
  /// ```
  /// NPV           = (fte × value − operating) × A − project × B
  /// delay         = (fte × value − operating) × (A_u − A) − project × (B_u − B)
  /// risk-adjusted = NPV + delay − project × uplift × B_u − riskPool × B_u
  /// ```
  /// with `A`, `B` the plan's present-value weights (``Plan/weights(discountFactors:stretch:)``)
  /// and `A_u`, `B_u` the same for the plan stretched by the duration uplift.
  ///
  /// - Complexity: O(horizon), no allocation.
  public static func presentValues(
    _ figures: PointFigures, plan: Plan, discountFactors d: [Double]
  ) -> (npv: Double, riskAdjusted: Double) {
    let base = plan.weights(discountFactors: d)
    let stretched =
      figures.durationUplift == 0 ? base : plan.weights(discountFactors: d, stretch: figures.durationUplift)
    return presentValues(figures, base: base, stretched: stretched)
  }

  /// ``presentValues(_:plan:discountFactors:)`` with the plan's weights worked
  /// out beforehand: `base` as planned, `stretched` with the figures' duration
  /// uplift (the Monte Carlo runner computes `base` once per solution).
  ///
  /// - Complexity: O(1).
  public static func presentValues(
    _ figures: PointFigures, base: (effect: Double, project: Double), stretched: (effect: Double, project: Double)
  ) -> (npv: Double, riskAdjusted: Double) {
    let margin = figures.fte * figures.valuePerFTE - figures.operatingCost
    let npv = margin * base.effect - figures.projectCost * base.project
    let delay = margin * (stretched.effect - base.effect) - figures.projectCost * (stretched.project - base.project)
    let riskAdjusted =
      npv + delay - figures.projectCost * figures.projectUplift * stretched.project - figures.riskPool
      * stretched.project
    return (npv, riskAdjusted)
  }
}
