import Foundation
import Testing

@testable import RandomSampling

/// One distribution with its mean and variance worked out by hand from the
/// closed forms (not read back from the type under test).
struct DistributionCase: Sendable, CustomTestStringConvertible {
  let name: String
  let distribution: any ContinuousDistribution
  let mean: Double
  let variance: Double
  var testDescription: String { name }
}

let distributionCases: [DistributionCase] = {
  let ln3 = log(3.0)
  // LogNormal(p5: 1, p95: 3): μ = (0 + ln 3)/2, σ = ln 3/(2·1.6448536269514722);
  // mean = e^(μ + σ²/2), variance = (e^(σ²) − 1)·e^(2μ + σ²).
  let mu = ln3 / 2
  let sigma = ln3 / (2 * 1.644_853_626_951_472_2)
  return [
    // (a + b)/2 = 3.5, (b − a)²/12 = 9/12.
    DistributionCase(
      name: "Uniform(2, 5)", distribution: UniformDistribution(min: 2, max: 5),
      mean: 3.5, variance: 0.75),
    // (1 + 2 + 6)/3 = 3; (1 + 4 + 36 − 2 − 6 − 12)/18 = 21/18.
    DistributionCase(
      name: "Triangular(1, 2, 6)", distribution: TriangularDistribution(min: 1, mode: 2, max: 6),
      mean: 3, variance: 21.0 / 18),
    // α/(α+β) = 2.5/4; αβ/((α+β)²(α+β+1)) = 3.75/80.
    DistributionCase(
      name: "Beta(2.5, 1.5) gamma ratio", distribution: BetaDistribution(alpha: 2.5, beta: 1.5),
      mean: 0.625, variance: 3.75 / 80),
    // 0.5/1.2; 0.35/(1.44·2.2).
    DistributionCase(
      name: "Beta(0.5, 0.7) boosted gamma ratio",
      distribution: BetaDistribution(alpha: 0.5, beta: 0.7),
      mean: 0.5 / 1.2, variance: 0.35 / (1.44 * 2.2)),
    // 1/2; 4/(16·5).
    DistributionCase(
      name: "Beta(2, 2) median of 3", distribution: BetaDistribution(alpha: 2, beta: 2),
      mean: 0.5, variance: 0.05),
    // 1/4; 3/(16·5).
    DistributionCase(
      name: "Beta(1, 3) inversion", distribution: BetaDistribution(alpha: 1, beta: 3),
      mean: 0.25, variance: 3.0 / 80),
    // 2.2/3.2; 2.2/(3.2²·4.2).
    DistributionCase(
      name: "Beta(2.2, 1) inversion", distribution: BetaDistribution(alpha: 2.2, beta: 1),
      mean: 2.2 / 3.2, variance: 2.2 / (3.2 * 3.2 * 4.2)),
    // PERT: mean (a + 4m + b)/6, variance (mean − a)(b − mean)/7.
    // (10 + 80 + 30)/6 = 20; 10·10/7. α = β = 3.
    DistributionCase(
      name: "PERT(10, 20, 30) symmetric",
      distribution: PERTDistribution(min: 10, mode: 20, max: 30), mean: 20, variance: 100.0 / 7),
    // (0 + 8 + 10)/6 = 3; 3·7/7 = 3. α = 1.8, β = 4.2.
    DistributionCase(
      name: "PERT(0, 2, 10) asymmetric", distribution: PERTDistribution(min: 0, mode: 2, max: 10),
      mean: 3, variance: 3),
    // (0 + 10 + 10)/6 = 10/3; (10/3)(20/3)/7 = 200/63. α = 2, β = 4.
    DistributionCase(
      name: "PERT(0, 2.5, 10) integer (2, 4)",
      distribution: PERTDistribution(min: 0, mode: 2.5, max: 10), mean: 10.0 / 3,
      variance: 200.0 / 63),
    // (0 + 30 + 10)/6 = 20/3; (20/3)(10/3)/7 = 200/63. α = 4, β = 2.
    DistributionCase(
      name: "PERT(0, 7.5, 10) integer (4, 2)",
      distribution: PERTDistribution(min: 0, mode: 7.5, max: 10), mean: 20.0 / 3,
      variance: 200.0 / 63),
    // (0 + 0 + 10)/6 = 5/3; (5/3)(25/3)/7 = 125/63. α = 1, β = 5.
    DistributionCase(
      name: "PERT(0, 0, 10) mode at min", distribution: PERTDistribution(min: 0, mode: 0, max: 10),
      mean: 5.0 / 3, variance: 125.0 / 63),
    DistributionCase(
      name: "Normal(3, 2)", distribution: NormalDistribution(mean: 3, standardDeviation: 2),
      mean: 3, variance: 4),
    DistributionCase(
      name: "LogNormal(p5: 1, p95: 3)", distribution: LogNormalDistribution(p5: 1, p95: 3),
      mean: exp(mu + sigma * sigma / 2),
      variance: expm1(sigma * sigma) * exp(2 * mu + sigma * sigma)),
  ]
}()

@Suite("Distributions")
struct DistributionTests {
  static let sampleCount = 200_000

  @Test("closed-form mean and variance", arguments: distributionCases)
  func summaries(_ c: DistributionCase) {
    #expect(isClose(c.distribution.mean, c.mean, relative: 1e-14))
    #expect(isClose(c.distribution.variance, c.variance, relative: 1e-13))
  }

  @Test(
    "sample moments match the closed forms within 5 standard errors",
    arguments: distributionCases)
  func sampleMoments(_ c: DistributionCase) {
    var rng = Xoshiro256StarStar(seed: 2024, stream: 1)
    let sample = c.distribution.samples(count: Self.sampleCount, using: &rng)
    let summary = SampleSummary(sample)
    #expect(
      abs(summary.mean - c.mean) <= 5 * summary.meanStandardError,
      "mean \(summary.mean) vs \(c.mean)")
    #expect(
      abs(summary.variance - c.variance) <= 5 * summary.varianceStandardError,
      "variance \(summary.variance) vs \(c.variance)")
    let support = c.distribution.support
    #expect(sample.allSatisfy { support.contains($0) })
  }

  @Test(
    "sample quantiles at 5, 50 and 95 % agree with quantile()",
    arguments: distributionCases)
  func sampleQuantiles(_ c: DistributionCase) {
    // Distribution-free check: F(q̂_p) of the sample p-quantile has standard
    // deviation √(p(1−p)/n); allow 5 of them.
    var rng = Xoshiro256StarStar(seed: 2024, stream: 2)
    let sorted = c.distribution.samples(count: Self.sampleCount, using: &rng).sorted()
    for p in [0.05, 0.5, 0.95] {
      let estimate = sortedQuantile(sorted, p)
      let tolerance = 5 * (p * (1 - p) / Double(Self.sampleCount)).squareRoot()
      #expect(abs(c.distribution.cdf(estimate) - p) <= tolerance, "p = \(p)")
      // and the quantile function lands where the CDF says.
      #expect(abs(c.distribution.cdf(c.distribution.quantile(p)) - p) <= 1e-13, "p = \(p)")
    }
  }

  @Test(
    "Kolmogorov–Smirnov statistic below the 99.9 % critical value",
    arguments: distributionCases)
  func kolmogorovSmirnovTest(_ c: DistributionCase) {
    var rng = Xoshiro256StarStar(seed: 2024, stream: 3)
    let n = 50_000
    let sample = c.distribution.samples(count: n, using: &rng)
    let d = kolmogorovSmirnov(sample, cdf: c.distribution.cdf)
    #expect(d < kolmogorovSmirnovCritical999(count: n), "D = \(d)")
  }

  @Test("quantile inverts cdf to 1e-12", arguments: distributionCases)
  func quantileOfCDF(_ c: DistributionCase) {
    let d = c.distribution
    // Points strictly inside the bulk: quantiles of 0.001 ... 0.999, nudged.
    for p in stride(from: 0.001, through: 0.999, by: 0.0499) {
      let x = d.quantile(p) * (1 + 1e-7)
      let back = d.quantile(d.cdf(x))
      #expect(isClose(back, x, relative: 1e-12, absoluteFloor: 1e-12), "x = \(x), got \(back)")
    }
    #expect(d.quantile(-0.1).isNaN)
    #expect(d.quantile(1.1).isNaN)
    #expect(d.quantile(0) == d.support.lowerBound)
    #expect(d.quantile(1) == d.support.upperBound)
  }

  @Test("fill is reproducible and advances the generator")
  func reproducible() {
    let pert = PERTDistribution(min: 1, mode: 2, max: 4)
    var a = Xoshiro256StarStar(seed: 5)
    var b = Xoshiro256StarStar(seed: 5)
    let first = pert.samples(count: 1000, using: &a)
    #expect(first == pert.samples(count: 1000, using: &b))
    #expect(first != pert.samples(count: 1000, using: &a))
  }

  @Test("degenerate ranges are point masses")
  func pointMasses() {
    let cases: [any ContinuousDistribution] = [
      PERTDistribution(min: 7, mode: 7, max: 7),
      TriangularDistribution(min: 7, mode: 7, max: 7),
      UniformDistribution(min: 7, max: 7),
      NormalDistribution(mean: 7, standardDeviation: 0),
      LogNormalDistribution(p5: 7, p95: 7),
    ]
    var rng = Xoshiro256StarStar(seed: 1)
    for d in cases {
      #expect(isClose(d.mean, 7, relative: 1e-15))
      #expect(abs(d.variance) <= 1e-28)
      #expect(d.samples(count: 100, using: &rng).allSatisfy { isClose($0, 7, relative: 1e-15) })
      #expect(isClose(d.quantile(0.3), 7, relative: 1e-15))
      #expect(d.cdf(6.9) == 0)
      #expect(d.cdf(7.1) == 1)
    }
  }

  @Test("PERT shapes follow 1 + 4(mode − min)/(max − min)")
  func pertShapes() {
    // (2 − 0)/10 = 0.2 → α = 1.8, β = 1 + 4·0.8 = 4.2.
    let pert = PERTDistribution(min: 0, mode: 2, max: 10)
    #expect(isClose(pert.alpha, 1.8, relative: 1e-15))
    #expect(isClose(pert.beta, 4.2, relative: 1e-15))
    // 0.8x, x, 1.2x: symmetric, α = β = 3.
    let symmetric = PERTDistribution(min: 80, mode: 100, max: 120)
    #expect(symmetric.alpha == 3 && symmetric.beta == 3)
  }

  @Test("triangular and uniform quantiles are the closed-form inverses")
  func closedFormQuantiles() {
    let triangular = TriangularDistribution(min: 1, mode: 2, max: 6)
    // F(2) = (2−1)²/(5·1) = 0.2; below: 1 + √(p·5·1); above: 6 − √((1−p)·5·4).
    #expect(isClose(triangular.quantile(0.1), 1 + 0.5.squareRoot(), relative: 1e-15))
    #expect(isClose(triangular.quantile(0.2), 2, relative: 1e-15))
    #expect(isClose(triangular.quantile(0.8), 6 - 4.0.squareRoot(), relative: 1e-15))
    #expect(UniformDistribution(min: 2, max: 5).quantile(0.25) == 2.75)
    // Normal(3, 2) at 0.975: 3 + 2·1.959963984540054.
    #expect(
      isClose(
        NormalDistribution(mean: 3, standardDeviation: 2).quantile(0.975),
        3 + 2 * 1.959_963_984_540_054, relative: 1e-15))
    // LogNormal(p5: 1, p95: 3) reproduces its defining percentiles.
    let logNormal = LogNormalDistribution(p5: 1, p95: 3)
    #expect(isClose(logNormal.quantile(0.05), 1, relative: 1e-14))
    #expect(isClose(logNormal.quantile(0.95), 3, relative: 1e-14))
  }
}
