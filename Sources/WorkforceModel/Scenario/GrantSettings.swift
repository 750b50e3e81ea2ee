import Diagnostics

/// The `grant:` block of a scenario: the national pool, the co-financing rule,
/// who applies for which solution, and the key that splits amounts between the
/// five regions.
///
/// Every field has a default taken from the funding facts of the source (the
/// board papers and PA Consulting's report, 2023), so `grant: {}` describes the
/// 100 mio. kr. pool as it was announced:
///
/// ```yaml
/// grant:
///   pool: {value: 100mio, source: "…"}
///   co_financing: {value: 50%, source: "…"}
///   applicants: [ward, rpa]
///   regional_key: {source: "…", Nordjylland: 21, Hovedstaden: 62, Sjælland: 31, Syddanmark: 43, Midtjylland: 43}
/// ```
public struct GrantSettings: Sendable {
  /// Which end of a range an application is written on.
  public enum Basis: String, Sendable, Hashable, CaseIterable {
    /// Project cost at its high end, freed årsværk at their low end (the default).
    case prudent
    /// The midpoint of each range.
    case central
    /// Project cost low, freed årsværk high.
    case optimistic
  }

  /// One solution the application covers.
  public struct Applicant: Sendable, Hashable {
    /// The solution id.
    public var solution: String
    /// Who applies (e.g. a lead region), if stated.
    public var lead: String?
    /// A project budget to apply on instead of the computed project cost.
    public var budget: ScenarioInput?
    public var source: String?
    public var location: SourceLocation?

    public init(
      solution: String, lead: String? = nil, budget: ScenarioInput? = nil, source: String? = nil,
      location: SourceLocation? = nil
    ) {
      self.solution = solution
      self.lead = lead
      self.budget = budget
      self.source = source
      self.location = location
    }
  }

  /// One region's weight in the key.
  public struct Region: Sendable, Hashable {
    public var name: String
    /// A non-negative weight (seats, population, …); only ratios matter.
    public var weight: Double
    public var location: SourceLocation?

    public init(name: String, weight: Double, location: SourceLocation? = nil) {
      self.name = name
      self.weight = weight
      self.location = location
    }
  }

  /// The pool, kroner.
  public var pool: ScenarioInput
  /// The share of each project the applicant pays itself (50 %: an own
  /// contribution equal to the grant).
  public var coFinancing: ScenarioInput
  /// The national goal the freed årsværk are compared with.
  public var goalFTE: ScenarioInput
  /// The period the pool covers, as text (`2023–2025`).
  public var period: String?
  public var basis: Basis
  /// The solutions applied for, in order; `nil` means every solution.
  public var applicants: [Applicant]?
  public var regionalKey: [Region]
  public var regionalKeySource: String?
  public var location: SourceLocation?

  /// The defaults: the funding facts of the source.
  public init(
    pool: ScenarioInput = GrantSettings.defaultPool, coFinancing: ScenarioInput = GrantSettings.defaultCoFinancing,
    goalFTE: ScenarioInput = GrantSettings.defaultGoal, period: String? = "2023–2025", basis: Basis = .prudent,
    applicants: [Applicant]? = nil, regionalKey: [Region] = GrantSettings.defaultRegionalKey,
    regionalKeySource: String? = GrantSettings.defaultRegionalKeySource, location: SourceLocation? = nil
  ) {
    self.pool = pool
    self.coFinancing = coFinancing
    self.goalFTE = goalFTE
    self.period = period
    self.basis = basis
    self.applicants = applicants
    self.regionalKey = regionalKey
    self.regionalKeySource = regionalKeySource
    self.location = location
  }

  /// The total weight of the key.
  public var totalWeight: Double { regionalKey.reduce(0) { $0 + $1.weight } }

  private static let nowhere = SourceLocation(file: "(default)", line: 0, column: 0)

  /// 100 mio. kr.
  public static let defaultPool = ScenarioInput(
    name: "pool", quantity: .point(100_000_000),
    source: "Default: PA 2023, part 1: 'Til at realisere planen er der afsat 100 mio. kr. i perioden 2023-2025'",
    location: nowhere)
  /// 50 %: an own contribution equal to the grant.
  public static let defaultCoFinancing = ScenarioInput(
    name: "co_financing", quantity: .point(0.5),
    source:
      "Default: PA 2023, part 1: 'skal bidrage med egne midler svarende til det tilskud, de modtager' (own funds equal to the grant: 50 % of the project)",
    location: nowhere)
  /// 10,000 årsværk.
  public static let defaultGoal = ScenarioInput(
    name: "goal_fte", quantity: .point(10_000),
    source: "Default: PA 2023, part 1: 'frigøre ressourcer svarende til 10.000 årsværk over 10 år'",
    location: nowhere)
  /// The regions' seats on the board of Danske Regioner, out of 200.
  public static let defaultRegionalKey = [
    Region(name: "Nordjylland", weight: 21), Region(name: "Hovedstaden", weight: 62),
    Region(name: "Sjælland", weight: 31), Region(name: "Syddanmark", weight: 43),
    Region(name: "Midtjylland", weight: 43),
  ]
  public static let defaultRegionalKeySource =
    "Default: seats out of 200 in the board papers' key (Nordjylland 21, Hovedstaden 62, Sjælland 31, Syddanmark 43, Midtjylland 43)"
}
