import BusinessCase
import Foundation
import Reports
import Testing

@testable import Decision

@Suite("decide: known answers through real scenario files")
struct DecisionAnalysisTests {
  /// Three fixed candidates, 12, 10 and 9 mio. kr. of grant (budgets 24, 20
  /// and 18 mio., 50 % co-financing), pool 20 mio.: a + c (21) and a + b (22)
  /// do not fit, so a alone (100 årsværk) or b + c (60 + 50 = 110, 19 mio.):
  /// grant's choice is b + c by hand.
  static let fixed = """
    scenario: fixed
    solutions:
      a:
        model: formula
        formulas: {fte: "100", project_cost: "24mio", operating_cost: "0"}
      b:
        model: formula
        formulas: {fte: "60", project_cost: "20mio", operating_cost: "0"}
      c:
        model: formula
        formulas: {fte: "50", project_cost: "18mio", operating_cost: "0"}
    grant: {pool: 20mio}
    """

  @Test func noUncertaintyGivesCertainty() throws {
    let result = try DecisionFixtures.run(Self.fixed, iterations: 3_000)
    let scenario = try DecisionFixtures.decode(Self.fixed)
    let grant = try #require(GrantApplication(scenario))
    #expect(result.committed.solutions == grant.selection.indices.map { grant.lines[$0].solution })
    #expect(result.committed.solutions == ["b", "c"])
    #expect(result.candidates.map(\.inclusion.value) == [0, 1, 1])
    #expect(result.candidates.allSatisfy { $0.inclusion.standardError == 0 })
    #expect(result.committed.probabilityOptimal.value == 1)
    #expect(result.committed.expectedLoss.value == 0)
    #expect(result.evpi[0].value.value == 0)
    #expect(result.selections.count == 1 && result.selections[0].probability.value == 1)
    for point in result.poolCurve {
      #expect(point.inclusion.allSatisfy { $0.value == 0 || $0.value == 1 })
    }
    // Pool curve by hand: 0 → nothing; 10 mio. → b (60 > c's 50); 40 mio. ≥ 31 → all three.
    let at = { (pool: Int) in result.poolCurve.first { $0.pool == pool }.map { $0.inclusion.map(\.value) } }
    #expect(at(0) == [0, 0, 0])
    #expect(at(10_000_000) == [0, 1, 0])
    #expect(at(40_000_000) == [1, 1, 1])
  }

  /// Two options, a: x ~ normal(100, 10), b: 95 fixed; one fits the pool.
  /// Net benefit a − b is normal(μ = 5, σ = 10), so the EVPI is
  /// σφ(μ/σ) − |μ|Φ(−|μ|/σ) = 10 × 0.3520653 − 5 × 0.3085375 = 1.9779663.
  /// `grant` commits on the prudent basis (a's P5 = 83.6 < 95: b), so the
  /// expected loss is E[max(a − b, 0)] = σφ(μ/σ) + μΦ(μ/σ) = 3.5206533 + 5 × 0.6914625 = 6.9779658.
  @Test func twoOptionNormalEVPI() throws {
    let text = DecisionFixtures.twoCandidates(
      a: "x", b: "95", inputsA: "x: {value: \"normal(100, 10)\", source: test}", inputsB: "")
    let result = try DecisionFixtures.run(text, iterations: 200_000, evppiDraws: 0)
    let evpi = result.evpi[0].value
    #expect(abs(evpi.value - 1.9779663) <= 2 * evpi.standardError, "\(evpi)")
    #expect(result.committed.solutions == ["b"])
    let loss = result.committed.expectedLoss
    #expect(abs(loss.value - 6.9779658) <= 2 * loss.standardError, "\(loss)")
    // P(a best) = Φ(0.5) = 0.6914625.
    let pa = result.candidates[0].inclusion
    #expect(abs(pa.value - 0.6914625) <= 2 * pa.standardError)
  }

  /// EVPPI by regression against the tests' own nested Monte Carlo
  /// (10⁴ outer × 10³ inner), within 5 % or two combined standard errors.
  static func agree(_ estimate: DecisionResult.Estimate, _ nested: (value: Double, se: Double)) -> Bool {
    let gap = abs(estimate.value - nested.value)
    return gap <= 0.05 * nested.value
      || gap <= 2 * (estimate.standardError * estimate.standardError + nested.se * nested.se).squareRoot()
  }

  static func evppi(_ result: DecisionResult, _ key: String) -> DecisionResult.PartialInformation? {
    result.evppi.first { $0.key == key }
  }

  /// Fixture 1 (independent, a product): a = x·y, x ~ U(0.5, 1.5), y ~ N(100, 20);
  /// b = z ~ N(95, 10). EVPPI(x) = E[max(100x, 95)] − 100 = 10.125 (by hand:
  /// 95 × 0.45 + 50 × (1.5² − 0.95²) − 100). Also the property
  /// 0 ≤ EVPPI(x) ≤ EVPPI({x, y}) ≤ EVPI.
  @Test func evppiProductFixture() throws {
    let text = DecisionFixtures.twoCandidates(
      a: "x * y", b: "z",
      inputsA: "x: {value: \"uniform(0.5, 1.5)\", source: test}, y: {value: \"normal(100, 20)\", source: test}",
      inputsB: "z: {value: \"normal(95, 10)\", source: test}")
    let result = try DecisionFixtures.run(text, iterations: 30_000)
    let nested = nestedEVPPI(
      seed: 1, drawOuter: { 0.5 + $0.uniform() },
      innerMeans: { x, n, inner in
        var a = 0.0
        var b = 0.0
        for _ in 0..<inner {
          a += x * (100 + 20 * n.next())
          b += 95 + 10 * n.next()
        }
        return (a / Double(inner), b / Double(inner))
      })
    #expect(abs(nested.value - 10.125) < 0.5)
    let x = try #require(Self.evppi(result, "a.x"))
    #expect(Self.agree(x.portfolio, nested), "\(x.portfolio) vs \(nested)")
    let group = try #require(Self.evppi(result, "a.*"))
    let evpi = result.evpi[0].value
    #expect(x.portfolio.value >= 0)
    #expect(x.portfolio.value <= group.portfolio.value + 2 * group.portfolio.standardError)
    #expect(group.portfolio.value <= evpi.value)
    for e in result.evppi { #expect(e.portfolio.value >= 0 && e.portfolio.value <= evpi.value) }
  }

  /// Fixture 2 (correlated): a = x, b = y, both N(100, 10), Spearman 0.6
  /// (Gaussian copula: Pearson r = 2 sin(π·0.6/6) = 0.618034). Given x,
  /// y ~ N(100 + r(x − 100), 10√(1 − r²)); EVPPI(x) = (1 − r) · 10 · φ(0) = 1.5239.
  @Test func evppiCorrelatedFixture() throws {
    let text = DecisionFixtures.twoCandidates(
      a: "x", b: "y", inputsA: "x: {value: \"normal(100, 10)\", source: test}",
      inputsB: "y: {value: \"normal(100, 10)\", source: test}",
      extra: "simulation: {correlations: [[a.x, b.y, 0.6]]}")
    let result = try DecisionFixtures.run(text, iterations: 30_000)
    let r = 2 * sin(Double.pi * 0.6 / 6)
    let nested = nestedEVPPI(
      seed: 2, drawOuter: { 100 + 10 * $0.next() },
      innerMeans: { x, n, inner in
        var b = 0.0
        for _ in 0..<inner { b += 100 + r * (x - 100) + 10 * (1 - r * r).squareRoot() * n.next() }
        return (x, b / Double(inner))
      })
    #expect(abs(nested.value - 1.5239) < 0.1)
    let x = try #require(Self.evppi(result, "a.x"))
    #expect(Self.agree(x.portfolio, nested), "\(x.portfolio) vs \(nested)")
  }

  /// Fixture 3 (a kinked max formula): a = max(x, 90) + w, x ~ N(90, 15),
  /// w ~ N(50, 10); b = 150. EVPPI(x) = E[(x − 100)⁺] = 15 (φ(k) − k(1 − Φ(k))),
  /// k = 2/3: 15 × (0.319448 − 0.666667 × 0.252493) = 2.2668.
  @Test func evppiKinkedFixture() throws {
    let text = DecisionFixtures.twoCandidates(
      a: "max(x, 90) + w", b: "150",
      inputsA: "x: {value: \"normal(90, 15)\", source: test}, w: {value: \"normal(50, 10)\", source: test}",
      inputsB: "")
    let result = try DecisionFixtures.run(text, iterations: 30_000)
    let nested = nestedEVPPI(
      seed: 3, drawOuter: { 90 + 15 * $0.next() },
      innerMeans: { x, n, inner in
        var a = 0.0
        for _ in 0..<inner { a += max(x, 90) + 50 + 10 * n.next() }
        return (a / Double(inner), 150)
      })
    #expect(abs(nested.value - 2.2668) < 0.15)
    let x = try #require(Self.evppi(result, "a.x"))
    #expect(Self.agree(x.portfolio, nested), "\(x.portfolio) vs \(nested)")
  }

  /// One solution with a business case; only its årsværk x ~ U(1, 2) is
  /// uncertain (median 1.5). NPV = (x·v − 200,000) × A − 1,500,000 × B with
  /// A = 1/1.1 + 1/1.21 + 1/1.331 = 2.4868520 (full effect from year 1,
  /// 10 %, 4 years) and B = 1, so P(NPV > 0) = 50 % where 1.5·v =
  /// 1,500,000 / 2.4868520 + 200,000: v = 535,448. The curve must cross
  /// within one grid step (25,000 kr.).
  @Test func acceptabilityCrossesAtSwitchingValue() throws {
    let text = """
      scenario: acceptability
      solutions:
        a:
          model: formula
          staff: [s]
          inputs: {x: {value: "uniform(1, 2)", source: test}}
          formulas: {fte: "x", project_cost: "1.5mio", operating_cost: "200k"}
      business_case:
        start_year: 2024
        horizon: 4
        discount_rate: 10%
        value_per_fte: {s: 500k}
        implementation_years: 1
        ramp_up: [0%, 100%]
      grant: {pool: 10mio}
      """
    let result = try DecisionFixtures.run(text, iterations: 40_000, evppiDraws: 0)
    let a = try #require(result.acceptability.first)
    let crossing = try #require(a.crossing)
    let annuity = 1 / 1.1 + 1 / 1.21 + 1 / 1.331
    let switching = (1_500_000 / annuity + 200_000) / 1.5
    #expect(abs(switching - 535_448) < 1)
    #expect(abs(crossing.value - switching) <= 25_000, "\(crossing.value)")
    // Exact at a grid point by hand: at v = 600,000, NPV > 0 ⇔ x > (603,172.4 + 200,000)/600,000 = 1.33862.
    let p600 = try #require(a.points.first { $0.value == 600_000 }).probability
    #expect(abs(p600.value - (2 - 1.3386207)) <= 2 * p600.standardError + 1e-9)
  }

  /// Same seed, same bytes, whatever the thread count.
  @Test func threadCountDoesNotChangeResults() throws {
    let text = DecisionFixtures.twoCandidates(
      a: "x * y", b: "z",
      inputsA: "x: {value: \"uniform(0.5, 1.5)\", source: test}, y: {value: \"normal(100, 20)\", source: test}",
      inputsB: "z: {value: \"normal(95, 10)\", source: test}")
    let one = try DecisionFixtures.run(text, iterations: 20_000, threads: 1, evppiDraws: 5_000)
    let three = try DecisionFixtures.run(text, iterations: 20_000, threads: 3, evppiDraws: 5_000)
    let a = DecisionReport(one).json().serialized()
    let b = DecisionReport(three).json().serialized()
    #expect(a == b)
  }
}
