import SpecialFunctions
import Statistics
import Testing

@Suite("Moments")
struct MomentsTests {
  @Test("hand-computed mean and variance")
  func small() {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 40/8 = 5; squared deviations
    // 9+1+1+1+0+0+4+16 = 32; variance 32/7.
    let m = Moments([2, 4, 4, 4, 5, 5, 7, 9])
    #expect(m.count == 8)
    #expect(m.mean == 5)
    #expect(isClose(m.sumOfSquaredDeviations, 32, relative: 1e-15))
    #expect(isClose(m.variance, 32.0 / 7, relative: 1e-15))
    #expect(isClose(m.standardErrorOfMean, (32.0 / 7 / 8).squareRoot(), relative: 1e-15))
    #expect(Moments().variance == 0 && Moments([3]).variance == 0)
  }

  /// z95 is Φ⁻¹(0.975) (tables: 1.959963984540054), and the margin is z95 standard errors.
  @Test("the 95 % z value is the normal quantile of 0.975")
  func z95IsTheNormalQuantile() {
    #expect(isClose(Moments.z95, SpecialFunctions.normalQuantile(0.975), relative: 1e-14))
    let m = Moments([2, 4, 4, 4, 5, 5, 7, 9])
    #expect(isClose(m.marginOfError95, 1.959963984540054 * (32.0 / 7 / 8).squareRoot(), relative: 1e-15))
  }

  @Test("merging batches equals one pass, whatever the split")
  func mergeEqualsSinglePass() {
    let values = uniforms(10_007, -3, 8, seed: 4)
    let whole = Moments(values)
    for split in [1, 2, 1000, 5003, 10_006] {
      var left = Moments(Array(values[..<split]))
      left.merge(Moments(Array(values[split...])))
      #expect(left.count == whole.count)
      #expect(isClose(left.mean, whole.mean, relative: 1e-14))
      #expect(isClose(left.sumOfSquaredDeviations, whole.sumOfSquaredDeviations, relative: 1e-13))
    }
    // Welford one at a time agrees too.
    var single = Moments()
    for value in values { single.add(value) }
    #expect(isClose(single.mean, whole.mean, relative: 1e-13))
    #expect(isClose(single.variance, whole.variance, relative: 1e-12))
    // Merging with empty is the identity.
    var copy = whole
    copy.merge(Moments())
    #expect(copy == whole)
  }

  @Test("no catastrophic cancellation around 1e9")
  func cancellation() {
    // 1e9 + {4, 7, 13, 16} repeated: mean 1e9 + 10, deviations ±6, ±3, so
    // per group 36+9+9+36 = 90. The naive Σx² − n·mean² loses every digit
    // here (Σx² ≈ 4e18 in doubles with ulp 512).
    let offsets = [4.0, 7, 13, 16]
    var values: [Double] = []
    for _ in 0..<25_000 { values += offsets.map { 1e9 + $0 } }
    var batched = Moments()
    for start in stride(from: 0, to: values.count, by: 7_919) {
      let end = min(values.count, start + 7_919)
      batched.add(contentsOf: Array(values[start..<end]))
    }
    let n = Double(values.count)
    #expect(isClose(batched.mean, 1e9 + 10, relative: 1e-15))
    #expect(isClose(batched.variance, 90 * 25_000 / (n - 1), relative: 1e-12))
  }
}
