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
      let s = BetaSampler.sorted(p[0], p[1], p[2], p[3], p[4])
      #expect([s.0, s.1, s.2, s.3, s.4] == [0, 1, 2, 3, 4])
    }
  }

  /// Five 16-bit lane vectors whose lane j holds `rows[j]` (rows padded with
  /// the last row to eight lanes).
  private func lanes(_ rows: [[Int16]]) -> (SIMD8<Int16>, SIMD8<Int16>, SIMD8<Int16>, SIMD8<Int16>, SIMD8<Int16>) {
    let padded = (0..<8).map { rows[min($0, rows.count - 1)] }
    func column(_ i: Int) -> SIMD8<Int16> { SIMD8(padded.map { $0[i] }) }
    return (column(0), column(1), column(2), column(3), column(4))
  }

  @Test("the 16-bit lane median network is right for every ordering and with ties")
  func laneNetwork() {
    // All 120 orderings of five distinct values (negative ones too: the
    // lanes are signed), eight per call.
    let orderings = permutations(5).map { $0.map { Int16($0) * 1000 - 2000 } }
    for start in stride(from: 0, to: orderings.count, by: 8) {
      let rows = Array(orderings[start..<min(start + 8, orderings.count)])
      let (a, b, c, d, e) = lanes(rows)
      let m = BetaSampler.median(a, b, c, d, e)
      for lane in 0..<rows.count { #expect(m[lane] == 0, "ordering \(rows[lane])") }
    }
    // With ties (values from {−1, 1}), the median is still the 3rd smallest.
    let tied = (0..<32).map { mask in (0..<5).map { Int16((mask >> $0) & 1) * 2 - 1 } }
    for start in stride(from: 0, to: tied.count, by: 8) {
      let rows = Array(tied[start..<start + 8])
      let (a, b, c, d, e) = lanes(rows)
      let m = BetaSampler.median(a, b, c, d, e)
      for lane in 0..<8 { #expect(m[lane] == rows[lane].sorted()[2], "values \(rows[lane])") }
    }
  }

  @Test("a grid index is the median K and, when K is not tied, the given low half")
  func gridIndexWithoutTies() {
    // Lane 0: K = (5, −3, 9, 0, 7), median 5; lane 1: K = (−7, −9, −8, 1, 2), median −7.
    let a = SIMD8<Int16>(5, -7, 0, 0, 0, 0, 0, 0)
    let b = SIMD8<Int16>(-3, -9, 1, 1, 1, 1, 1, 1)
    let c = SIMD8<Int16>(9, -8, 2, 2, 2, 2, 2, 2)
    let d = SIMD8<Int16>(0, 1, 3, 3, 3, 3, 3, 3)
    let e = SIMD8<Int16>(7, 2, 4, 4, 4, 4, 4, 4)
    let v = SIMD8<UInt16>(0xBEEF, 0, 0xFFFF, 1, 2, 3, 4, 5)
    var g = Xoshiro256StarStar(seed: 1)
    let before = g
    let w = BetaSampler.medianOf5GridIndices(highs: (a, b, c, d, e), low: v, using: &g)
    // K·65536 + V: 5·65536 + 0xBEEF = 376559; −7·65536 + 0 = −458752; 2·65536 + 65535 = 196607.
    #expect(w[0] == 376_559)
    #expect(w[1] == -458_752)
    #expect(w[2] == 196_607)
    #expect(g == before, "no tie, so no generator words are drawn")
  }

  @Test("a tied median K takes the right order statistic of fresh low halves")
  func gridIndexWithTies() {
    // Lane 0: K = (4, 4, 4, 4, 4): all tied, the median of five fresh lows.
    // Lane 1: K = (1, 2, 2, 3, 3): median K 2, one below, two tied → the
    //   larger of two fresh lows (rank 3 − 1 = 2nd of 2).
    // Lane 2: K = (3, 3, 2, 3, 1): median K 3, two below, three tied → the
    //   smallest of three fresh lows.
    // Lanes 3…7: distinct K's, no draws.
    let a = SIMD8<Int16>(4, 1, 3, 0, 0, 0, 0, 0)
    let b = SIMD8<Int16>(4, 2, 3, 1, 1, 1, 1, 1)
    let c = SIMD8<Int16>(4, 2, 2, 2, 2, 2, 2, 2)
    let d = SIMD8<Int16>(4, 3, 3, 3, 3, 3, 3, 3)
    let e = SIMD8<Int16>(4, 3, 1, 4, 4, 4, 4, 4)
    var g = Xoshiro256StarStar(seed: 7)
    var replay = g
    let w = BetaSampler.medianOf5GridIndices(highs: (a, b, c, d, e), low: .zero, using: &g)
    // Lows are the top 16 bits of fresh words, drawn lane by lane.
    func lows(_ n: Int) -> [Int32] { (0..<n).map { _ in Int32(replay.next() >> 48) }.sorted() }
    #expect(w[0] == 4 << 16 | lows(5)[2])
    #expect(w[1] == 2 << 16 | lows(2)[1])
    #expect(w[2] == 3 << 16 | lows(3)[0])
    #expect(g == replay, "exactly 5 + 2 + 3 words were drawn")
  }

  @Test("the tie rule gives the order statistic's distribution")
  func tieDistribution() {
    // All five K's tied: the low half is the median of five 16-bit uniforms,
    // Beta(3, 3) on the grid, mean (2¹⁶ − 1)/2 = 32767.5 and standard
    // deviation ≈ 2¹⁶·√(1/28) = 12385.3 (Beta(3, 3) variance 9/(36·7) = 1/28).
    var g = Xoshiro256StarStar(seed: 3)
    let n = 40_000
    var sum = 0.0
    var squares = 0.0
    for _ in 0..<n {
      let x = Double(BetaSampler.resolveTie(below: 0, tied: 5, using: &g))
      sum += x
      squares += x * x
    }
    let mean = sum / Double(n)
    let sd = (squares / Double(n) - mean * mean).squareRoot()
    // Standard error of the mean 12385/√40000 ≈ 62; allow 5 of them.
    #expect(abs(mean - 32767.5) < 5 * 62)
    #expect(abs(sd - 12385.3) < 0.02 * 12385.3)
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

  /// `count` Beta(3, 3) draws scaled to [offset, offset + scale], from `seed`.
  private func medianOf5(_ count: Int, seed: UInt64, offset: Double = 0, scale: Double = 1) -> [Double] {
    var g = Xoshiro256StarStar(seed: seed)
    return [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
      BetaSampler(alpha: 3, beta: 3).fill(buffer, offset: offset, scale: scale, using: &g)
      initialized = count
    }
  }

  @Test("a count that is not a multiple of eight gets the first values of a longer fill")
  func partialGroups() {
    // Each group of eight draws the same generator words whatever the count,
    // so the first n of 24 draws are the n draws.
    let long = medianOf5(24, seed: 5)
    for n in 1...17 {
      #expect(medianOf5(n, seed: 5) == Array(long.prefix(n)), "n = \(n)")
    }
  }

  @Test("draws stay inside [min, max] even when the range is tiny next to min")
  func drawsStayInTheRange() {
    // Width 2⁻¹⁰ next to 10⁹ (about 2³⁰): the range spans a few dozen doubles,
    // where rounding in offset + scale·x could step outside if x were not exact.
    let draws = medianOf5(80_000, seed: 9, offset: 1e9, scale: 0x1p-10)
    #expect(draws.allSatisfy { $0 >= 1e9 && $0 <= 1e9 + 0x1p-10 })
    #expect(Set(draws).count > 1)
  }
}
