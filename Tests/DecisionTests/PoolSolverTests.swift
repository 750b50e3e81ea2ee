import BusinessCase
import RandomSampling
import Testing

@testable import Decision

@Suite("The per-draw pool optimum equals brute force")
struct PoolSolverTests {
  /// 200 seeded random instances of 0–12 candidates, 8 draws each, at 7
  /// pool sizes, by every method: the same selection (indices) and value as
  /// `PortfolioOptimizer.bruteForce` in every draw. Instances mix coarse
  /// grants (multiples of 500,000 kr., as the pool's), arbitrary kroner,
  /// zero grants, zero, negative and tied (whole-number) årsværk.
  @Test func randomInstancesEveryDraw() {
    var rng = Xoshiro256StarStar(seed: 2026, stream: 17)
    func draw(_ bound: Int) -> Int { Int(rng.next(upperBound: UInt64(max(1, bound)))) }
    var checked = 0
    for instance in 0..<200 {
      let n = draw(13)
      let coarse = instance % 3 != 0
      let costs = (0..<n).map { _ in
        draw(10) == 0 ? 0 : (coarse ? 500_000 * (1 + draw(40)) : 1 + draw(20_000_000))
      }
      let total = costs.reduce(0, +)
      let capacities = [0, total / 4, total / 3, total / 2, 2 * total / 3, total, total + 1]
      let methods: [PoolSolver.Method?] =
        coarse
        ? [nil, .enumeration, .dynamicProgramme(unit: 500_000), .branchAndBound] : [nil, .enumeration, .branchAndBound]
      var solvers = methods.map { PoolSolver(costs: costs, capacities: capacities, method: $0) }
      for _ in 0..<8 {
        let values = (0..<n).map { _ -> Double in
          switch draw(6) {
          case 0: 0
          case 1: -Double(draw(50))
          case 2: Double(draw(20))  // ties
          default: Double(draw(1_000_000)) / 1_000
          }
        }
        let items = zip(values, costs).map { PortfolioOptimizer.Item(value: $0, cost: $1) }
        let expected = capacities.map { PortfolioOptimizer.bruteForce(items, budget: $0) }
        for s in solvers.indices {
          let got = solvers[s].solve(values)
          for (k, selection) in expected.enumerated() {
            let mask = selection.indices.reduce(UInt64(0)) { $0 | (1 << UInt64($1)) }
            #expect(got[k].mask == mask, "instance \(instance), method \(solvers[s].method), pool \(capacities[k])")
            #expect(abs(got[k].value - selection.value) <= 1e-9 * max(1, selection.value))
            checked += 1
          }
        }
      }
    }
    #expect(checked > 30_000)
  }

  /// The method is chosen by its cost: enumeration for the bundled five,
  /// the dynamic programme for 30 candidates on 500,000-kr. grants, branch
  /// and bound when the grants share no useful unit and there are many.
  @Test func methodChoice() {
    let five = PoolSolver(costs: [13_500_000, 8_500_000, 18_500_000, 12_500_000, 7_000_000], capacities: [100_000_000])
    #expect(five.method == .enumeration)
    let thirty = PoolSolver(costs: (1...30).map { $0 * 500_000 }, capacities: [35_000_000])
    #expect(thirty.method == .dynamicProgramme(unit: 500_000))
    let odd = PoolSolver(costs: (1...30).map { $0 * 1_000_003 + 7 * $0 * $0 }, capacities: [35_000_000_000])
    #expect(odd.method == .branchAndBound)
  }
}
