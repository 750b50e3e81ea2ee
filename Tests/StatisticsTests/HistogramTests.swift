import Statistics
import Testing

@Suite("Histogram")
struct HistogramTests {
  @Test("quantiles within one bin width of the exact type-7 quantile")
  func accuracy() {
    let values = uniforms(100_000, 0, 1, seed: 5).map { $0 * $0 * 10 }  // skewed, in [0, 10)
    var histogram = Histogram(lower: 0, upper: 10, binCount: 1024)
    histogram.add(contentsOf: values)
    #expect(histogram.count == values.count)
    #expect(histogram.binWidth == 10.0 / 1024)
    for p in [0, 0.001, 0.05, 0.25, 0.5, 0.95, 0.999, 1] {
      let exact = referenceQuantile(values, p)
      #expect(abs(histogram.quantile(p) - exact) <= histogram.binWidth * (1 + 1e-9), "p = \(p)")
    }
  }

  @Test("merging partial histograms equals adding everything to one")
  func merge() {
    let values = uniforms(30_000, -2, 12, seed: 6)  // some outside [0, 10]
    var whole = Histogram(lower: 0, upper: 10, binCount: 4096)
    whole.add(contentsOf: values)
    var a = Histogram(lower: 0, upper: 10, binCount: 4096)
    var b = Histogram(lower: 0, upper: 10, binCount: 4096)
    a.add(contentsOf: Array(values[..<12_345]))
    b.add(contentsOf: Array(values[12_345...]))
    var ba = b
    ba.merge(a)
    a.merge(b)
    #expect(a == whole)
    #expect(ba == whole)
    for p in [0.01, 0.1, 0.5, 0.9, 0.99] {
      #expect(a.quantile(p) == whole.quantile(p) && ba.quantile(p) == whole.quantile(p))
    }
  }

  @Test("out-of-range values are exact")
  func outOfRange() {
    var histogram = Histogram(lower: 0, upper: 1, binCount: 16)
    // 5 values below, 90 inside, 5 above: ranks 0–4 and 95–99 are exact.
    let below: [Double] = [-5, -1, -3, -2, -4]
    let above: [Double] = [7, 3, 5, 6, 4]
    histogram.add(contentsOf: below + (0..<90).map { (Double($0) + 0.5) / 90 } + above)
    #expect(histogram.count == 100)
    #expect(histogram.value(atRank: 0) == -5)
    #expect(histogram.value(atRank: 4) == -1)
    #expect(histogram.value(atRank: 95) == 3)
    #expect(histogram.value(atRank: 99) == 7)
    #expect(histogram.quantile(0) == -5)
    #expect(histogram.quantile(1) == 7)
    // h = 99·0.02 = 1.98: −4 + 0.98·(−3 − (−4)) = −3.02.
    #expect(isClose(histogram.quantile(0.02), -3.02, relative: 1e-14))
    #expect(histogram.value(atRank: 100).isNaN)
    #expect(histogram.value(atRank: -1).isNaN)
  }

  @Test("the upper bound falls in the last bin; NaNs rank last")
  func edges() {
    var histogram = Histogram(lower: 0, upper: 1, binCount: 4)
    histogram.add(contentsOf: [1, 1, 0, .nan])
    #expect(histogram.count == 4)
    #expect(histogram.bins == [1, 0, 0, 2])
    #expect(histogram.nanCount == 1)
    #expect(histogram.value(atRank: 3).isNaN)
    #expect(Histogram(lower: 0, upper: 1).quantile(0.5).isNaN)
  }
}
