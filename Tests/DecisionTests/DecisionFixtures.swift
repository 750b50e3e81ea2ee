import Decision
import Foundation
import RandomSampling
import ScenarioFormat
import WorkforceModel

/// Fixture scenarios written by hand for the decision tests, decoded by the
/// real scenario reader.
enum DecisionFixtures {
  /// Two candidates, 10 mio. kr. of grant each (20 mio. project, 50 %
  /// co-financing), a pool of 10 mio.: exactly one can be funded.
  static func twoCandidates(a: String, b: String, inputsA: String, inputsB: String, extra: String = "") -> String {
    """
    scenario: fixture
    solutions:
      a:
        model: formula
        inputs: {\(inputsA)}
        formulas: {fte: "\(a)", project_cost: "20mio", operating_cost: "0"}
      b:
        model: formula
        inputs: {\(inputsB)}
        formulas: {fte: "\(b)", project_cost: "20mio", operating_cost: "0"}
    grant: {pool: 10mio}
    \(extra)
    """
  }

  static func decode(_ text: String) throws -> Scenario {
    try ScenarioLoader().decode(text, file: "fixture.yaml")
  }

  static func run(_ text: String, iterations: Int, threads: Int = 2, evppiDraws: Int? = nil, grid: [Double]? = nil)
    throws -> DecisionResult
  {
    let scenario = try decode(text)
    var options = DecisionRun.Options()
    options.iterations = iterations
    options.threads = threads
    options.evppiDraws = evppiDraws ?? iterations
    if let grid { options.valueGrid = grid }
    guard let problem = DecisionRun.problem(scenario, options: options) else { throw FixtureError.noGrant }
    return try DecisionRun.run(scenario, problem: problem, options: options)
  }

  enum FixtureError: Error { case noGrant }
}

/// Standard normal draws by Box–Muller from the project's generator, for the
/// tests' own nested Monte Carlo (independent of the product's samplers).
struct TestNormal {
  var rng: Xoshiro256StarStar
  var spare: Double?

  init(seed: UInt64) { rng = Xoshiro256StarStar(seed: seed, stream: 99) }

  mutating func uniform() -> Double { (Double(rng.next() >> 11) + 0.5) / 9_007_199_254_740_992 }

  mutating func next() -> Double {
    if let s = spare {
      spare = nil
      return s
    }
    let u = uniform()
    let v = uniform()
    let r = (-2 * log(u)).squareRoot()
    spare = r * sin(2 * .pi * v)
    return r * cos(2 * .pi * v)
  }
}

/// Brute-force nested Monte Carlo EVPPI for a two-option decision: outer
/// draws of the input, inner draws of the rest given it; the per-outer term is
/// max(inner means) − the inner mean of the option best on expected values.
/// - Returns: the estimate and its (outer-level) standard error.
func nestedEVPPI(
  outer: Int = 10_000, inner: Int = 1_000, seed: UInt64,
  drawOuter: (inout TestNormal) -> Double,
  innerMeans: (Double, inout TestNormal, Int) -> (a: Double, b: Double)
) -> (value: Double, se: Double) {
  var normal = TestNormal(seed: seed)
  var pairs: [(a: Double, b: Double)] = []
  pairs.reserveCapacity(outer)
  for _ in 0..<outer { pairs.append(innerMeans(drawOuter(&normal), &normal, inner)) }
  let meanA = pairs.reduce(0) { $0 + $1.a } / Double(outer)
  let meanB = pairs.reduce(0) { $0 + $1.b } / Double(outer)
  let terms = pairs.map { max($0.a, $0.b) - (meanA >= meanB ? $0.a : $0.b) }
  let mean = terms.reduce(0, +) / Double(outer)
  let variance = terms.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(outer - 1)
  return (mean, (variance / Double(outer)).squareRoot())
}
