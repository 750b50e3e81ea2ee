import WorkforceModel

/// The grant-application tables of a scenario: per solution the budget, the
/// grant applied for and the own contribution (the co-financing rule), both
/// split across the regions by the key, the freed årsværk and their share of
/// the national goal; the portfolio that frees the most årsværk within the
/// regions' part of the pool, and what remains of it.
///
/// Only solutions funded by the pool (``Funding/isPool``) are applied for and
/// compete for the pool (``lines``); the others are ``elsewhere``, with no
/// grant, and still count in the årsværk of all solutions. Each line is
/// flagged when its project spending runs past the pool's period or its
/// budget is above Regionernes It-råd's limit for risk assessment.
///
/// Amounts are whole kroner (integers), so every split adds up to its total
/// exactly: grant + own contribution = budget, the regions' parts = the
/// whole, the column sums = the table's total.
package struct GrantApplication: Sendable {
  /// One solution applied for.
  package struct Line: Sendable {
    package var solution: String
    package var title: String?
    /// Who applies, if the scenario says.
    package var lead: String?
    /// The solution's project cost as computed (a range).
    package var projectCost: Interval
    /// The budget the application is written on, whole kroner.
    package var budget: Int
    /// How the budget was chosen ("high end of the project cost", or the applicant's own budget and its source).
    package var budgetBasis: String
    /// The applicant's own budget (`applicants: {id: {budget: …}}`), when given.
    package var applicantBudget: ScenarioInput?
    package var grant: Int
    package var ownContribution: Int
    /// The grant split by the regional key, in key order.
    package var grantByRegion: [Int]
    /// The own contribution split by the regional key, in key order.
    package var ownByRegion: [Int]
    /// Freed årsværk per year once in full effect (after the ramp-up, when the
    /// scenario has a business case).
    package var fte: Interval
    /// The one number the optimiser uses (low, central or high end by the basis).
    package var fteBasis: Double
    /// `fte ÷ goal`.
    package var goalShare: Interval
    /// Freed årsværk per mio. kr. of grant; `nil` when the grant is zero.
    package var ftePerMillionGrant: Interval?
    /// The solution's NPV, when the scenario has a business case.
    package var npv: Interval?
    /// Where the project money comes from.
    package var funding: Funding
    /// The last year with project spending, when the scenario has a business case.
    package var lastSpendingYear: Int?
    /// The part of the budget spent after the pool's last year (whole kroner),
    /// when the scenario has a business case and the period is known.
    package var spendingAfterPeriod: Int?
    /// True when the budget is above Regionernes It-råd's limit (10 mio. kr.).
    package var overITCouncilLimit: Bool
  }

  package let settings: GrantSettings
  /// The solutions applied for: funded by the pool.
  package let lines: [Line]
  /// The solutions funded elsewhere (no grant; still in the årsværk of all solutions).
  package let elsewhere: [Line]
  /// The regions of the key, in order.
  package let regions: [String]
  /// The whole pool, kroner.
  package let pool: Int
  /// The regions' part of the pool the optimiser works with: the pool × the
  /// end of `regions_share` the basis picks (prudent: the low end, as for
  /// årsværk: the smaller amount is the prudent case), or the
  /// whole pool without a `regions_share`.
  package let available: Int
  /// The regions' part at the low and the high end of `regions_share`.
  package let availableRange: (low: Int, high: Int)?
  package let goal: Double
  package let coFinancing: Double
  /// The portfolio that frees the most årsværk within ``available`` (indices into `lines`).
  package let selection: PortfolioOptimizer.Selection
  /// The best portfolios at the low and the high end of `regions_share`.
  package let selectionAtEnds: (low: PortfolioOptimizer.Selection, high: PortfolioOptimizer.Selection)?

  /// - Returns: `nil` when the scenario has no `grant:` block.
  package init?(_ scenario: Scenario, analysis: BusinessCaseAnalysis? = nil) {
    guard let settings = scenario.grant else { return nil }
    self.init(scenario, settings: settings, analysis: analysis)
  }

  package init(_ scenario: Scenario, settings: GrantSettings, analysis: BusinessCaseAnalysis? = nil) {
    self.settings = settings
    regions = settings.regionalKey.map(\.name)
    let weights = settings.regionalKey.map(\.weight)
    pool = Self.kroner(settings.pool.quantity.central)
    goal = settings.goalFTE.quantity.central
    coFinancing = min(max(settings.coFinancing.quantity.central, 0), 1)
    let applicants =
      settings.applicants ?? scenario.solutions.map { GrantSettings.Applicant(solution: $0.id) }
    let limit = settings.itCouncilLimit.quantity.central
    var lines: [Line] = []
    var elsewhere: [Line] = []
    for applicant in applicants {
      guard let solution = scenario.solution(applicant.solution) else { continue }
      let ranges = solution.ranges()
      let budget: Int
      let basis: String
      if let given = applicant.budget {
        budget = Self.kroner(given.quantity.central)
        basis = "applicant's budget" + (given.source.map { " (\($0))" } ?? "")
      } else {
        budget = Self.kroner(Self.pick(ranges.projectCost, cost: true, settings.basis))
        basis = Self.describe(settings.basis, cost: true)
      }
      let funding = solution.funding ?? .pool
      let split = funding.isPool ? Self.split(budget, coFinancing: coFinancing) : (grant: 0, own: 0)
      let result = analysis?.solution(solution.id)
      let fte = result?.steadyFTE ?? ranges.fte
      let million = Double(split.grant) / 1e6
      let spending = Self.spending(
        budget, plan: scenario.businessCase?.plans[solution.id], startYear: scenario.businessCase?.startYear.value,
        periodEnd: settings.periodYears?.upperBound)
      let line = Line(
        solution: solution.id, title: solution.title, lead: applicant.lead, projectCost: ranges.projectCost,
        budget: budget, budgetBasis: basis, applicantBudget: applicant.budget, grant: split.grant,
        ownContribution: split.own,
        grantByRegion: Apportionment.largestRemainder(split.grant, weights: weights),
        ownByRegion: Apportionment.largestRemainder(split.own, weights: weights), fte: fte,
        fteBasis: Self.pick(fte, cost: false, settings.basis),
        goalShare: Interval(fte.low / goal, fte.high / goal),
        ftePerMillionGrant: split.grant > 0 ? Interval(fte.low / million, fte.high / million) : nil,
        npv: result?.npv, funding: funding, lastSpendingYear: spending.lastYear,
        spendingAfterPeriod: spending.afterPeriod, overITCouncilLimit: Double(budget) > limit)
      if funding.isPool { lines.append(line) } else { elsewhere.append(line) }
    }
    self.lines = lines
    self.elsewhere = elsewhere
    let items = lines.map { PortfolioOptimizer.Item(value: $0.fteBasis, cost: $0.grant) }
    if let share = settings.regionsShare {
      let range = share.quantity.deterministicRange
      let low = Self.kroner(Double(pool) * range.low)
      let high = Self.kroner(Double(pool) * range.high)
      available = Self.kroner(Double(pool) * Self.pick(range, cost: false, settings.basis))
      availableRange = range.low == range.high ? nil : (low, high)
      selectionAtEnds =
        range.low == range.high
        ? nil : (PortfolioOptimizer.best(items, budget: low), PortfolioOptimizer.best(items, budget: high))
    } else {
      available = pool
      availableRange = nil
      selectionAtEnds = nil
    }
    selection = PortfolioOptimizer.best(items, budget: available)
  }

  /// The last year of project spending and the part of `budget` spent after
  /// `periodEnd`: year t of the plan (t = 0, 1, …) is `startYear + t` and gets
  /// `budget × projectCostSpread[t]`, in whole kroner (rounded down, so the
  /// amount after the period is never overstated by rounding).
  static func spending(
    _ budget: Int, plan: BusinessCaseSettings.Plan?, startYear: Int?, periodEnd: Int?
  ) -> (lastYear: Int?, afterPeriod: Int?) {
    guard let plan, let startYear else { return (nil, nil) }
    let spread = plan.projectCostSpread.value
    let last = spread.lastIndex { $0 > 0 }.map { startYear + $0 }
    guard let periodEnd else { return (last, nil) }
    let firstAfter = max(0, periodEnd + 1 - startYear)
    let share = spread.indices.filter { $0 >= firstAfter }.reduce(0) { $0 + spread[$1] }
    let exact = Double(budget) * share
    let nearest = exact.rounded()
    let whole = abs(exact - nearest) <= max(1e-6, 8 * exact.ulp) ? nearest : exact.rounded(.down)
    return (last, min(budget, max(0, Int(whole))))
  }

  /// Budget = grant + own contribution: the grant is the budget's
  /// `1 − co_financing` part, rounded down to whole kroner, and the applicant
  /// pays the rest, so the two add up to the budget exactly.
  package static func split(_ budget: Int, coFinancing: Double) -> (grant: Int, own: Int) {
    let exact = Double(budget) * (1 - coFinancing)
    let nearest = exact.rounded()
    // A product such as 1,000,000 × 0.7 = 699,999.99999999994 is 700,000 kroner, not 699,999.
    let grant = abs(exact - nearest) <= max(1e-6, 8 * exact.ulp) ? nearest : exact.rounded(.down)
    let whole = min(max(0, Int(grant)), budget)
    return (whole, budget - whole)
  }

  /// Whole kroner, clamped to a range an `Int` holds.
  static func kroner(_ x: Double) -> Int {
    guard x.isFinite else { return 0 }
    return Int(min(max(x, 0), 1e15).rounded())
  }

  /// The end of `range` the basis writes the application on: costs high and
  /// årsværk low when prudent.
  static func pick(_ range: Interval, cost: Bool, _ basis: GrantSettings.Basis) -> Double {
    switch basis {
    case .central: range.midpoint
    case .prudent: cost ? range.high : range.low
    case .optimistic: cost ? range.low : range.high
    }
  }

  static func describe(_ basis: GrantSettings.Basis, cost: Bool) -> String {
    switch basis {
    case .central: "midpoint of the project cost range"
    case .prudent: "high end of the project cost range (prudent)"
    case .optimistic: "low end of the project cost range (optimistic)"
    }
  }

  // MARK: - Totals

  package var totalBudget: Int { lines.reduce(0) { $0 + $1.budget } }
  package var totalGrant: Int { lines.reduce(0) { $0 + $1.grant } }
  package var totalOwnContribution: Int { lines.reduce(0) { $0 + $1.ownContribution } }
  package var totalGrantByRegion: [Int] { regions.indices.map { r in lines.reduce(0) { $0 + $1.grantByRegion[r] } } }
  package var totalOwnByRegion: [Int] { regions.indices.map { r in lines.reduce(0) { $0 + $1.ownByRegion[r] } } }
  package var totalFTE: Interval { lines.reduce(Interval(constant: 0)) { $0 + $1.fte } }
  /// Freed årsværk of every solution, those funded elsewhere included.
  package var allFTE: Interval { elsewhere.reduce(totalFTE) { $0 + $1.fte } }
  /// Every line: those applied for, then those funded elsewhere.
  package var allLines: [Line] { lines + elsewhere }

  /// The regions' part of the pool left after the selected portfolio's grants.
  package var remainingPool: Int { available - selection.cost }
  /// The lines of the selected portfolio.
  package var selectedLines: [Line] { selection.indices.map { lines[$0] } }
  /// The selected portfolio's freed årsværk as ranges.
  package var selectedFTE: Interval { selectedLines.reduce(Interval(constant: 0)) { $0 + $1.fte } }
}
