import Diagnostics

/// The `business_case:` block of a scenario: when the project starts, how long
/// it is judged, how the future is discounted, how each solution's costs and
/// effects are spread over the years, and what a freed årsværk is worth.
///
/// Every number carries its `source`, so a table built from it can say where
/// each figure comes from. This type is only the decoded data: `ScenarioFormat`
/// decodes and checks the block; the year model, discounting and the NPV
/// formula (and the ranges, NPV, payback and grant tables built on them) live
/// in the `BusinessCase` target.
package struct BusinessCaseSettings: Sendable {
  /// A value read from the scenario with its `source:` and place; `location`
  /// is `nil` for a default the file did not set.
  package struct Sourced<Value: Sendable & Hashable>: Sendable, Hashable {
    package var value: Value
    package var source: String?
    package var location: SourceLocation?

    package init(_ value: Value, source: String? = nil, location: SourceLocation? = nil) {
      self.value = value
      self.source = source
      self.location = location
    }

    /// True when the scenario did not set the value (a built-in default).
    package var isDefault: Bool { location == nil }
  }

  /// The first calendar year of the project (year 0).
  package var startYear: Sourced<Int>
  /// Years judged: year 0 … horizon − 1.
  package var horizon: Sourced<Int>
  package var discountRate: DiscountSchedule
  /// The value of one freed årsværk per staff group, kroner per year; each
  /// input's `name` is the staff group as written under a solution's `staff:`.
  package var valuePerFTE: [ScenarioInput]
  /// Uplifts on project cost and duration (e.g. the UK Green Book's), shown as
  /// their own lines of the business case, never folded into the inputs.
  package var optimismBias: OptimismBias?
  /// Defaults for every solution's plan, from the block's own
  /// `implementation_years`, `ramp_up` and `project_cost_spread`.
  package var defaults: SolutionOverrides
  /// Each solution's resolved plan, by solution id.
  package var plans: [String: Plan]
  /// Where the block is written.
  package var location: SourceLocation?

  /// A business case with every default: start 2024, 10 years, the Ministry of
  /// Finance's 2021 discount rates, no value per årsværk.
  package init(
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
  package func value(ofStaff group: String) -> ScenarioInput? {
    valuePerFTE.first { $0.name == group }
  }
}

// MARK: - Discounting

extension BusinessCaseSettings {
  /// Real discount rates by year: one constant rate, or segments such as the
  /// Ministry of Finance's `0..35: 3.5 %, 36..70: 2.5 %`.
  package struct DiscountSchedule: Sendable, Hashable {
    /// A rate that applies to the years `years` (both ends included).
    package struct Segment: Sendable, Hashable {
      package var years: ClosedRange<Int>
      package var rate: Double
      package var location: SourceLocation?

      package init(years: ClosedRange<Int>, rate: Double, location: SourceLocation? = nil) {
        self.years = years
        self.rate = rate
        self.location = location
      }
    }

    /// Contiguous segments starting at year 0, in order.
    package var segments: [Segment]
    package var source: String?
    package var location: SourceLocation?

    package init(segments: [Segment], source: String? = nil, location: SourceLocation? = nil) {
      self.segments = segments
      self.source = source
      self.location = location
    }

    /// One rate for every year (up to year 1,000).
    package static func constant(_ rate: Double, source: String? = nil, location: SourceLocation? = nil) -> Self {
      DiscountSchedule(
        segments: [Segment(years: 0...1_000, rate: rate, location: location)], source: source, location: location)
    }

    /// Finansministeriet's social discount rate of 7 January 2021: 3.5 % real
    /// in years 0–35 and 2.5 % in years 36–70.
    package static let financeMinistry2021 = DiscountSchedule(
      segments: [Segment(years: 0...35, rate: 0.035), Segment(years: 36...70, rate: 0.025)],
      source: "Default: Finansministeriet, 'Dokumentationsnotat – den samfundsøkonomiske diskonteringsrente', "
        + "7 January 2021: 3.5 % real in years 0–35, 2.5 % in years 36–70.")

    /// The last year the schedule covers.
    package var lastYear: Int { segments.last?.years.upperBound ?? -1 }

    /// The rate of the segment containing `year`, or `nil` outside the schedule.
    package func rate(inYear year: Int) -> Double? {
      segments.first { $0.years.contains(year) }?.rate
    }
  }
}

// MARK: - Per-solution plans

extension BusinessCaseSettings {
  /// What a solution's own `business_case:` block (or the top-level block, for
  /// defaults) writes; every field is optional.
  package struct SolutionOverrides: Sendable, Hashable {
    package var implementationYears: Sourced<Int>?
    package var rampUp: Sourced<[Double]>?
    /// Shares of the project cost per implementation year; `nil` means even.
    package var projectCostSpread: Sourced<[Double]>?
    /// Shares of the freed årsværk per staff group; `nil` means equal shares.
    package var staffShares: Sourced<[StaffShare]>?
    /// A value per freed årsværk for this solution alone (overrides the staff groups).
    package var valuePerFTE: ScenarioInput?
    package var risks: [Risk]
    package var location: SourceLocation?

    package init(
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
  package struct StaffShare: Sendable, Hashable {
    package var group: String
    package var share: Double

    package init(group: String, share: Double) {
      self.group = group
      self.share = share
    }
  }

  /// A listed risk: probability × consequence goes into the solution's risk
  /// pool, as in the Danish state's business-case model.
  package struct Risk: Sendable, Hashable {
    /// What could happen.
    package var text: String
    /// The probability that it happens, a share.
    package var probability: ScenarioInput
    /// The extra cost if it happens, kroner.
    package var consequence: ScenarioInput
    package var source: String?
    package var location: SourceLocation

    package init(
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
  package struct OptimismBias: Sendable, Hashable {
    /// Uplift on the project cost.
    package var projectCost: ScenarioInput?
    /// Uplift on the duration: implementation and ramp-up stretched in time.
    package var duration: ScenarioInput?
    package var location: SourceLocation?

    package init(projectCost: ScenarioInput? = nil, duration: ScenarioInput? = nil, location: SourceLocation? = nil) {
      self.projectCost = projectCost
      self.duration = duration
      self.location = location
    }
  }

  /// A solution's resolved plan: its own settings over the block's defaults.
  package struct Plan: Sendable, Hashable {
    package var implementationYears: Sourced<Int>
    /// The effect share of years 0, 1, …; the last entry continues.
    package var rampUp: Sourced<[Double]>
    /// The project cost's share of each implementation year (sums to 1).
    package var projectCostSpread: Sourced<[Double]>
    package var staffShares: Sourced<[StaffShare]>
    /// The value inputs the solution's value per årsværk is made of, one per
    /// entry of `staffShares` (or one, the solution's own, with share 1).
    package var valueInputs: [ScenarioInput]
    package var risks: [Risk]

    package init(
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
    package static func linearRampUp(years: Int) -> [Double] {
      let n = max(1, years)
      return (0...n).map { Double($0) / Double(n) }
    }

    /// An even spread of the project cost over `years` years.
    package static func evenSpread(years: Int) -> [Double] {
      let n = max(1, years)
      return [Double](repeating: 1 / Double(n), count: n)
    }
  }
}
