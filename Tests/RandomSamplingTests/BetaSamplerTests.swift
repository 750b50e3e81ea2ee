import Testing

@testable import RandomSampling

@Suite("Beta sampler internals")
struct BetaSamplerTests {
  /// All orderings of 0..<n.
  private func permutations(_ n: Int) -> [[UInt64]] {
    if n == 0 { return [[]] }
    return permutations(n - 1).flatMap { p in
      (0...p.count).map { i in
        var q = p
        q.insert(UInt64(n - 1), at: i)
        return q
      }
    }
  }

  @Test("median and sorting networks are right for every ordering")
  func networks() {
    for p in permutations(3) {
      #expect(BetaSampler.median(p[0], p[1], p[2]) == 1)
    }
    for p in permutations(5) {
      #expect(BetaSampler.median(p[0], p[1], p[2], p[3], p[4]) == 2)
      let s = BetaSampler.sorted(p[0], p[1], p[2], p[3], p[4])
      #expect([s.0, s.1, s.2, s.3, s.4] == [0, 1, 2, 3, 4])
    }
    // With ties (values from {0, 1}), the median is still the 3rd smallest.
    for mask in 0..<32 {
      let v = (0..<5).map { UInt64((mask >> $0) & 1) }
      let expected = v.sorted()[2]
      #expect(BetaSampler.median(v[0], v[1], v[2], v[3], v[4]) == expected)
    }
  }

  @Test("the method is chosen from the shapes")
  func methodChoice() {
    #expect(BetaSampler(alpha: 3, beta: 3).method == .medianOf5)
    #expect(BetaSampler(alpha: 2, beta: 2).method == .medianOf3)
    #expect(BetaSampler(alpha: 2, beta: 4).method == .orderStatisticOf5(rank: 2))
    #expect(BetaSampler(alpha: 1, beta: 1).method == .uniform)
    #expect(BetaSampler(alpha: 1, beta: 5).method == .reversePower(inverseBeta: 0.2))
    if case .largeGammaRatio = BetaSampler(alpha: 1.8, beta: 4.2).method {
    } else {
      Issue.record("expected the gamma ratio for (1.8, 4.2)")
    }
    if case .gammaRatio = BetaSampler(alpha: 0.5, beta: 3).method {
    } else {
      Issue.record("expected the boosted gamma ratio for (0.5, 3)")
    }
  }

  @Test("extreme shapes stay inside [0, 1] and never produce NaN")
  func extremeShapes() {
    var rng = Xoshiro256StarStar(seed: 11)
    for (a, b) in [(0.01, 0.01), (0.05, 20.0), (300.0, 0.2), (500.0, 700.0)] {
      let sample = BetaDistribution(alpha: a, beta: b).samples(count: 5000, using: &rng)
      #expect(sample.allSatisfy { $0 >= 0 && $0 <= 1 }, "Beta(\(a), \(b))")
      // Mean check within 5 standard errors of the closed form α/(α+β).
      let summary = SampleSummary(sample)
      #expect(abs(summary.mean - a / (a + b)) <= 5 * summary.meanStandardError + 1e-12)
    }
  }
}
