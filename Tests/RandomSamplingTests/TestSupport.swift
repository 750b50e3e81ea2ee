import Foundation

@testable import RandomSampling

/// |actual − expected| ≤ tolerance · max(|expected|, tiny): a relative
/// comparison that degrades to an absolute one near zero.
func isClose(
  _ actual: Double, _ expected: Double, relative tolerance: Double, absoluteFloor: Double = 1e-300
) -> Bool {
  abs(actual - expected) <= tolerance * max(abs(expected), absoluteFloor)
}

/// Sample mean, variance (n − 1) and fourth central moment, by two passes.
struct SampleSummary {
  let count: Int
  let mean: Double
  let variance: Double
  let fourthMoment: Double

  init(_ x: [Double]) {
    count = x.count
    let n = Double(x.count)
    mean = x.reduce(0, +) / n
    var m2 = 0.0
    var m4 = 0.0
    for value in x {
      let d = value - mean
      m2 += d * d
      m4 += d * d * d * d
    }
    variance = m2 / (n - 1)
    fourthMoment = m4 / n
  }

  /// The standard error of the sample mean, √(s²/n).
  var meanStandardError: Double { (variance / Double(count)).squareRoot() }
  /// The asymptotic standard error of the sample variance, √((m₄ − s⁴)/n).
  var varianceStandardError: Double {
    ((fourthMoment - variance * variance) / Double(count)).squareRoot()
  }
}

/// The two-sided Kolmogorov–Smirnov statistic D_n = sup |F_n − F| of
/// `sample` against `cdf`.
func kolmogorovSmirnov(_ sample: [Double], cdf: (Double) -> Double) -> Double {
  let sorted = sample.sorted()
  let n = Double(sorted.count)
  var d = 0.0
  for (i, x) in sorted.enumerated() {
    let f = cdf(x)
    d = max(d, Double(i + 1) / n - f, f - Double(i) / n)
  }
  return d
}

/// The asymptotic 99.9 % critical value of D_n: √(−ln(0.0005)/2)/√n
/// = 1.94947/√n (Kolmogorov's limit distribution, two-sided α = 0.001).
func kolmogorovSmirnovCritical999(count n: Int) -> Double {
  (-log(0.0005) / 2).squareRoot() / Double(n).squareRoot()
}

/// The type-7 quantile of a sorted array: h = (n − 1)p, linear between the
/// order statistics around h.
func sortedQuantile(_ sorted: [Double], _ p: Double) -> Double {
  let h = Double(sorted.count - 1) * p
  let low = Int(h.rounded(.down))
  let high = min(sorted.count - 1, low + 1)
  return sorted[low] + (h - Double(low)) * (sorted[high] - sorted[low])
}
