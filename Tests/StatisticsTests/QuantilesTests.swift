import SpecialFunctions
import Statistics
import Testing

@Suite("Quantiles")
struct QuantilesTests {
  static let probabilities = [0, 0.001, 0.05, 0.25, 0.5, 0.5, 0.75, 0.95, 0.999, 1]

  @Test("numpy's default (type 7) on hand examples")
  func handExamples() {
    // np.quantile([1, 2, 3, 4], 0.25): h = 3·0.25 = 0.75 → 1 + 0.75·1.
    var a: [Double] = [4, 1, 3, 2]
    #expect(Quantiles.select(&a, probabilities: [0.25, 0.5, 1]) == [1.75, 2.5, 4])
    // [10, 20, 30, 40] at 0.1: h = 0.3 → 10 + 0.3·10 = 13.
    var b: [Double] = [40, 30, 20, 10]
    #expect(isClose(Quantiles.select(&b, probabilities: [0.1])[0], 13, relative: 1e-15))
    var one: [Double] = [7]
    #expect(Quantiles.select(&one, probabilities: [0, 0.3, 1]) == [7, 7, 7])
    var two: [Double] = [9, 1]
    // h = p: 1 + p·8.
    #expect(Quantiles.select(&two, probabilities: [0, 0.5, 0.25, 1]) == [1, 5, 3, 9])
    var empty: [Double] = []
    #expect(Quantiles.select(&empty, probabilities: [0.5])[0].isNaN)
    #expect(Quantiles.select(&two, probabilities: [1.5])[0].isNaN)
  }

  static let inputs: [(String, [Double])] = {
    let n = 20_011
    let random = uniforms(n, -5, 5, seed: 1)
    return [
      ("random", random),
      ("random 601", Array(random.prefix(601))),
      ("random 602", Array(random.prefix(602))),
      ("three", Array(random.prefix(3))),
      ("sorted", random.sorted()),
      ("reversed", random.sorted().reversed()),
      ("all equal", [Double](repeating: 2.5, count: n)),
      ("many ties", random.map { ($0 * 1.3).rounded() }),
      ("two values", random.map { $0 < 0 ? -1 : 1 }),
      ("organ pipe", (0..<n).map { Double(min($0, n - $0)) }),
      ("sawtooth", (0..<n).map { Double($0 % 17) }),
      ("infinities", random.enumerated().map { $0.offset % 100 == 0 ? -.infinity : $0.element }),
    ]
  }()

  @Test("select agrees with sorting", arguments: 0..<inputs.count)
  func matchesSorting(index: Int) {
    let (name, input) = Self.inputs[index]
    var values = input
    let result = Quantiles.select(&values, probabilities: Self.probabilities)
    for (p, value) in zip(Self.probabilities, result) {
      let expected = referenceQuantile(input, p)
      #expect(
        isClose(value, expected, relative: 1e-15, absoluteFloor: 1e-300) || value == expected,
        "\(name) p=\(p): \(value) vs \(expected)")
    }
    // Selection only permutes.
    #expect(values.sorted() == input.sorted())
  }

  @Test("NaNs rank after +∞")
  func nans() {
    var values: [Double] = [3, .nan, 1, 2, .nan, .infinity]
    // Order: 1, 2, 3, ∞, NaN, NaN. h = 5p.
    let q = Quantiles.select(&values, probabilities: [0, 0.4, 0.6, 1])
    #expect(q[0] == 1 && q[1] == 3 && q[2] == .infinity && q[3].isNaN)
  }

  @Test("large random input against a sort, through the buffer API")
  func large() {
    let input = uniforms(300_000, 0, 1, seed: 99)
    var values = input
    let probabilities = [0.05, 0.5, 0.95]
    let result = values.withUnsafeMutableBufferPointer {
      Quantiles.select($0, probabilities: probabilities)
    }
    let sorted = input.sorted()
    for (p, value) in zip(probabilities, result) {
      #expect(isClose(value, referenceQuantile(sorted, p), relative: 1e-15))
    }
  }

  @Test("confidence ranks by hand and their exact binomial coverage")
  func confidenceRanks() {
    // n = 1000, p = ½, 95 %: z = 1.959964, √(np(1−p)) = √250 = 15.8114,
    // np ∓ z·15.8114 = 469.01 … 530.99 → 0-based ranks ⌊469.01⌋ − 1 = 468
    // and ⌈530.99⌉ = 531.
    let ranks = Quantiles.confidenceRanks(count: 1000, probability: 0.5, confidence: 0.95)
    #expect(ranks == 468...531)
    // Coverage of [x₍l₎, x₍u₎] (1-based l = lower + 1, u = upper + 1) is
    // P(l ≤ B ≤ u − 1) for B ~ Binomial(n, p), and P(B ≤ k) =
    // I_{1−p}(n − k, k + 1) (the binomial–beta identity).
    for (n, p) in [(1000, 0.5), (1000, 0.05), (20_000, 0.95), (200, 0.25)] {
      let r = Quantiles.confidenceRanks(count: n, probability: p, confidence: 0.95)
      func binomialCDF(_ k: Int) -> Double {
        if k < 0 { return 0 }
        if k >= n { return 1 }
        return SpecialFunctions.regularizedIncompleteBeta(1 - p, a: Double(n - k), b: Double(k + 1))
      }
      let l = r.lowerBound + 1
      let u = r.upperBound + 1
      let coverage = binomialCDF(u - 1) - binomialCDF(l - 1)
      #expect(coverage >= 0.95, "n=\(n) p=\(p) ranks \(r) coverage \(coverage)")
      #expect(coverage <= 0.975, "n=\(n) p=\(p): not needlessly wide (\(coverage))")
    }
    #expect(Quantiles.confidenceRanks(count: 1, probability: 0.5, confidence: 0.95) == 0...0)
  }
}
