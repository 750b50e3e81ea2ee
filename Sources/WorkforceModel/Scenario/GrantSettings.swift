import Diagnostics
import Foundation

/// The `grant:` block of a scenario: the national pool, the co-financing rule,
/// who applies for which solution, and the key that splits amounts between the
/// five regions.
///
/// The pool, the co-financing rule and the goal default to the funding facts
/// of Danske Regioner's board paper (June 2023, item 16), so `grant: {}` is the
/// 100 mio. kr. pool as announced. The rest are the analyst's assumptions, and
/// their defaults say so in the output: the budget is the one-off project cost
/// only, on the prudent basis, and amounts are split across the regions by a
/// rounded block-grant key (the leadership programme's participant places):
///
/// ```yaml
/// grant:
///   pool: {value: 100mio, source: "…"}
///   co_financing: {value: 50%, source: "…"}
///   applicants: [ward, rpa]
///   regional_key: {source: "…", Nordjylland: 21, Hovedstaden: 62, Sjælland: 31, Syddanmark: 43, Midtjylland: 43}
/// ```
package struct GrantSettings: Sendable {
  /// Which end of a range an application is written on.
  package enum Basis: String, Sendable, Hashable, CaseIterable {
    /// Project cost at its high end, freed årsværk at their low end (the default).
    case prudent
    /// The midpoint of each range.
    case central
    /// Project cost low, freed årsværk high.
    case optimistic
  }

  /// One solution the application covers.
  package struct Applicant: Sendable, Hashable {
    /// The solution id.
    package var solution: String
    /// Who applies (e.g. a lead region), if stated.
    package var lead: String?
    /// A project budget to apply on instead of the computed project cost.
    package var budget: ScenarioInput?
    package var source: String?
    package var location: SourceLocation?

    package init(
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
  package struct Region: Sendable, Hashable {
    package var name: String
    /// A non-negative weight (participant places, population, …); only ratios matter.
    package var weight: Double
    package var location: SourceLocation?

    package init(name: String, weight: Double, location: SourceLocation? = nil) {
      self.name = name
      self.weight = weight
      self.location = location
    }
  }

  /// The pool, kroner.
  package var pool: ScenarioInput
  /// The share of each project the applicant pays itself (50 %: an own
  /// contribution equal to the grant).
  package var coFinancing: ScenarioInput
  /// The national goal the freed årsværk are compared with.
  package var goalFTE: ScenarioInput
  /// The period the pool covers, as text (`2023–2025`).
  package var period: String?
  /// The years the pool pays out in, read from `period` (`2023–2025`); a
  /// project whose spending runs past the last is flagged.
  package var periodYears: ClosedRange<Int>?
  /// The regions' part of the pool, a share (a range when unknown). The pool
  /// is shared between the state, the municipalities and the regions, and no
  /// source says how, so this is the analyst's assumption; `nil` is the whole
  /// pool, which the output says is an upper bound.
  package var regionsShare: ScenarioInput?
  /// The budget above which Regionernes It-råd must risk-assess a shared
  /// regional IT project (10 mio. kr.).
  package var itCouncilLimit: ScenarioInput
  package var basis: Basis
  /// The solutions applied for, in order; `nil` means every solution.
  package var applicants: [Applicant]?
  package var regionalKey: [Region]
  package var regionalKeySource: String?
  package var location: SourceLocation?

  /// The defaults: the funding facts of the source.
  package init(
    pool: ScenarioInput = GrantSettings.defaultPool, coFinancing: ScenarioInput = GrantSettings.defaultCoFinancing,
    goalFTE: ScenarioInput = GrantSettings.defaultGoal, period: String? = "2023–2025",
    periodYears: ClosedRange<Int>? = 2023...2025, regionsShare: ScenarioInput? = nil,
    itCouncilLimit: ScenarioInput = GrantSettings.defaultITCouncilLimit, basis: Basis = .prudent,
    applicants: [Applicant]? = nil, regionalKey: [Region] = GrantSettings.defaultRegionalKey,
    regionalKeySource: String? = GrantSettings.defaultRegionalKeySource, location: SourceLocation? = nil
  ) {
    self.pool = pool
    self.coFinancing = coFinancing
    self.goalFTE = goalFTE
    self.period = period
    self.periodYears = periodYears
    self.regionsShare = regionsShare
    self.itCouncilLimit = itCouncilLimit
    self.basis = basis
    self.applicants = applicants
    self.regionalKey = regionalKey
    self.regionalKeySource = regionalKeySource
    self.location = location
  }

  /// The total weight of the key.
  package var totalWeight: Double { regionalKey.reduce(0) { $0 + $1.weight } }

  private static let nowhere = SourceLocation(file: "(default)", line: 0, column: 0)

  /// The board paper of Danske Regioner (June 2023, item 16, EMN-2022-01175):
  /// the sentences on the pool, its co-financing rule and the goal are its
  /// own, not PA Consulting's (PA's report states the pool and the goal but
  /// not the co-financing rule).
  package static let boardPaper =
    "Danske Regioners bestyrelsespapir, juni 2023, pkt. 16 'Generelle orienteringer' (EMN-2022-01175)"

  /// 100 mio. kr.
  package static let defaultPool = ScenarioInput(
    name: "pool", quantity: .point(100_000_000),
    source:
      "Standard: \(boardPaper): 'Til at realisere planen er der afsat 100 mio. kr. i perioden 2023-2025'. Puljen deles mellem staten, kommunerne og regionerne (PA 2023, Indledning), så regionernes del er mindre",
    location: nowhere)
  /// 50 %: an own contribution equal to the grant.
  package static let defaultCoFinancing = ScenarioInput(
    name: "co_financing", quantity: .point(0.5),
    source:
      "Standard: \(boardPaper): 'Regioner og kommuner, der modtager tilskud fra puljen, skal bidrage med egne midler svarende til det tilskud, de modtager' (egne midler lig med tilskuddet: 50 % af projektet)",
    location: nowhere)
  /// 10,000 årsværk.
  package static let defaultGoal = ScenarioInput(
    name: "goal_fte", quantity: .point(10_000),
    source: "Standard: \(boardPaper): 'Ambitionen er at frigøre ressourcer svarende til 10.000 årsværk over 10 år'",
    location: nowhere)
  /// Regionernes It-råd's annual report 2022 (in the same board papers).
  package static let itCouncilReport =
    "Regionernes It-råd, årsrapport 2022 (i Danske Regioners bestyrelsespapirer, juni 2023)"

  /// 10 mio. kr.: shared regional IT projects above it must be risk-assessed.
  package static let defaultITCouncilLimit = ScenarioInput(
    name: "it_council_limit", quantity: .point(10_000_000),
    source:
      "Standard: \(itCouncilReport): 'Alle fællesregionale it- og digitaliseringsprojekter med budget over 10 mio. kr. [...] skal risikovurderes'",
    location: nowhere)

  /// The council's portfolio of assessed projects: average expected cost
  /// (acquisition and execution) and duration, a sourced basis for a risk
  /// buffer beside the UK Green Book's optimism bias.
  package static let itCouncilAverageCost = 35_000_000.0
  package static let itCouncilAverageYears = 2.6
  package static let itCouncilAverageSource =
    "\(itCouncilReport): 'Gennemsnitlige forventede omkostninger (anskaffelses- og gennemførelsesfase): 35 mio. kr.; gennemsnitlig forventet varighed: 2,6 år'. Rådet beder om 'business cases med tilstrækkelige risikobuffere'"

  /// The years of a period written `2023–2025`, `2023-2025` or `2024`; `nil` otherwise.
  package static func years(ofPeriod text: String) -> ClosedRange<Int>? {
    let parts = text.split(whereSeparator: { $0 == "–" || $0 == "-" }).map { $0.trimmingCharacters(in: .whitespaces) }
    let years = parts.compactMap { part -> Int? in
      guard part.count == 4, part.allSatisfy(\.isASCII), let year = Int(part), year >= 1000 else { return nil }
      return year
    }
    guard years.count == parts.count else { return nil }
    switch years.count {
    case 1: return years[0]...years[0]
    case 2 where years[0] <= years[1]: return years[0]...years[1]
    default: return nil
    }
  }

  /// A rounded block-grant key: the participant places per region in the
  /// national health leadership programme, out of 200, which its guide says
  /// are "udregnet regionalt ud fra bloktilskudsnøglen". Splitting a grant by a
  /// key at all is the analyst's assumption: no source says the pool is split so.
  package static let defaultRegionalKey = [
    Region(name: "Nordjylland", weight: 21), Region(name: "Hovedstaden", weight: 62),
    Region(name: "Sjælland", weight: 31), Region(name: "Syddanmark", weight: 43),
    Region(name: "Midtjylland", weight: 43),
  ]
  package static let defaultRegionalKeySource = regionalKeySource(default: true)

  /// Where the five-region key comes from and what it is not, for the default
  /// and for the bundled portfolio (which writes the same key out).
  package static func regionalKeySource(default isDefault: Bool) -> String {
    (isDefault ? "Standard. " : "")
      + "Antagelse: tilskud og egenfinansiering fordeles på regionerne efter en bloktilskudsnøgle (ingen kilde siger, at puljens midler fordeles sådan). "
      + "Tallene 21/62/31/43/43 af 200 er deltagerpladserne i Det Nationale Ledelsesprogram på Sundhedsområdet 2.0 "
      + "(Vejledning til sundhedsklyngernes udpegning af forbedringsinitiativer og deltagere til Hold 3, 2024-2025: "
      + "'Fordelingsnøglen er udregnet regionalt ud fra bloktilskudsnøglen'), dvs. bloktilskudsnøglen afrundet til 0,5 %. "
      + "Danske Regioners bestyrelsespapirer (juni 2023) fordeler fælles regionale udgifter 'ved bloktilskudsnøglen' "
      + "uden at angive procenterne: skriv den rigtige nøgle ind, hvis den kendes"
  }
}
