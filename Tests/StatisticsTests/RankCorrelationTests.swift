import Foundation
import Statistics
import Testing

@Suite("Rank correlation")
struct RankCorrelationTests {
  @Test("average ranks for ties")
  func ranks() {
    #expect(RankCorrelation.ranks([10, 20, 20, 30]) == [1, 2.5, 2.5, 4])
    #expect(RankCorrelation.ranks([3, 1, 2]) == [3, 1, 2])
    #expect(RankCorrelation.ranks([5, 5, 5]) == [2, 2, 2])
    #expect(RankCorrelation.ranks([-0.0, 0.0, .nan, -1]) == [2.5, 2.5, 4, 1])
    #expect(RankCorrelation.ranks([]) == [])
  }

  @Test("perfect monotone relations give ±1")
  func monotone() {
    let x = uniforms(1000, 0, 1, seed: 2)
    #expect(isClose(RankCorrelation.spearman(x, x.map { exp(3 * $0) }), 1, relative: 1e-14))
    #expect(isClose(RankCorrelation.spearman(x, x.map { -$0 * $0 * $0 }), -1, relative: 1e-14))
  }

  @Test("ties, constants and independence")
  func ties() {
    // Ranks x = [1, 2.5, 2.5, 4], y = [1, 2, 3, 4]; centred: dx = ±1.5, 0, 0,
    // dy = ±1.5, ±0.5: Σdxdy = 4.5, Σdx² = 4.5, Σdy² = 5 → 4.5/√22.5 = √0.9.
    #expect(
      isClose(
        RankCorrelation.spearman([1, 2, 2, 3], [1, 2, 3, 4]), 0.9.squareRoot(),
        relative: 1e-15))
    #expect(RankCorrelation.spearman([1, 1, 1], [1, 2, 3]) == 0)
    #expect(RankCorrelation.spearman([1, 2, 3], [4, 4, 4]) == 0)
    #expect(RankCorrelation.spearman([1], [2]) == 0)
    #expect(RankCorrelation.spearman([], []) == 0)
    // Independent samples: ρ has standard error 1/√(n − 1) ≈ 0.0071.
    let a = uniforms(20_000, 0, 1, seed: 11)
    let b = uniforms(20_000, 0, 1, seed: 12)
    #expect(abs(RankCorrelation.spearman(a, b)) < 5 / (20_000.0 - 1).squareRoot())
  }
}
