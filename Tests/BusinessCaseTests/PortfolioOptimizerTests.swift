import RandomSampling
import Testing

@testable import BusinessCase

@Suite("The portfolio optimiser against brute force")
struct PortfolioOptimizerTests {
  typealias Item = PortfolioOptimizer.Item

  /// 200 random instances of 0–12 candidates, seeded: half with whole-number
  /// årsværk and costs (so ties happen and the tie rules are exercised), half
  /// with real-valued årsværk. Branch and bound must pick exactly the
  /// selection brute force picks.
  @Test(arguments: 0..<200)
  func matchesBruteForce(seed: UInt64) {
    var rng = Xoshiro256StarStar(seed: seed, stream: 17)
    let count = draw(13, &rng)
    let integral = seed % 2 == 0
    let items = (0..<count).map { _ in
      Item(
        value: integral ? Double(draw(20, &rng)) : rng.nextUnit() * 200,
        cost: integral ? draw(10, &rng) * 1_000_000 : draw(40_000_000, &rng))
    }
    let budget = draw(items.reduce(0) { $0 + $1.cost } + 1, &rng)
    let fast = PortfolioOptimizer.best(items, budget: budget)
    let slow = PortfolioOptimizer.bruteForce(items, budget: budget)
    #expect(fast == slow, "seed \(seed): \(items) budget \(budget)")
    #expect(fast.cost <= budget)
  }

  /// Ties on årsværk are broken by cost: {a, b} and {c} both free 10 årsværk;
  /// {c} costs 5 and {a, b} costs 6, so {c} wins.
  @Test func tiesGoToTheCheaperSelection() {
    let items = [Item(value: 4, cost: 3), Item(value: 6, cost: 3), Item(value: 10, cost: 5)]
    #expect(PortfolioOptimizer.best(items, budget: 6).indices == [2])
    #expect(PortfolioOptimizer.bruteForce(items, budget: 6).indices == [2])
  }

  /// A candidate that frees nothing is left out, even when it costs nothing.
  @Test func nothingForNothing() {
    let items = [Item(value: 0, cost: 0), Item(value: 5, cost: 2)]
    #expect(PortfolioOptimizer.best(items, budget: 10).indices == [1])
  }

  /// More candidates than brute force could try: 40 items, solved exactly
  /// (checked against a dynamic programme over whole-million costs).
  @Test func manyCandidates() {
    var rng = Xoshiro256StarStar(seed: 7, stream: 3)
    let items = (0..<40).map { _ in Item(value: Double(1 + draw(50, &rng)), cost: 1 + draw(20, &rng)) }
    let budget = 100
    let best = PortfolioOptimizer.best(items, budget: budget)
    // Dynamic programme: the most value for each budget.
    var table = [Double](repeating: 0, count: budget + 1)
    for item in items {
      for capacity in stride(from: budget, through: item.cost, by: -1) {
        table[capacity] = max(table[capacity], table[capacity - item.cost] + item.value)
      }
    }
    #expect(best.value == table[budget])
    #expect(best.cost <= budget)
  }
}
