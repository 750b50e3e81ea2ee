import Foundation
import RandomSampling
import Statistics
import Testing

/// The Saltelli design for k inputs: outputs on A, B and each AB_i.
private struct Design {
  var fA: [Double] = []
  var fB: [Double] = []
  var fAB: [[Double]]

  init(
    count n: Int, inputs k: Int, lower: Double, upper: Double, seed: UInt64,
    model: ([Double]) -> Double
  ) {
    var rng = Xoshiro256StarStar(seed: seed)
    fAB = Array(repeating: [], count: k)
    for _ in 0..<n {
      let a = (0..<k).map { _ in lower + (upper - lower) * rng.nextUnit() }
      let b = (0..<k).map { _ in lower + (upper - lower) * rng.nextUnit() }
      fA.append(model(a))
      fB.append(model(b))
      for i in 0..<k {
        var ab = a
        ab[i] = b[i]
        fAB[i].append(model(ab))
      }
    }
  }
}

@Suite("Sobol estimators")
struct SobolEstimatorsTests {
  @Test("additive model: S_i = T_i = a_i²/Σa²")
  func additive() {
    // Y = X1 + 2·X2 + 3·X3, X ~ U(0, 1) independent: Var(a_i X_i) = a_i²/12,
    // so S_i = T_i = a_i²/(1 + 4 + 9) = 1/14, 4/14, 9/14. A large mean
    // (1e7) is added to check that it does not hurt.
    let coefficients = [1.0, 2, 3]
    let design = Design(count: 1 << 14, inputs: 3, lower: 0, upper: 1, seed: 21) { x in
      1e7 + x[0] + 2 * x[1] + 3 * x[2]
    }
    for i in 0..<3 {
      let truth = coefficients[i] * coefficients[i] / 14
      let s = SobolEstimators.firstOrder(fA: design.fA, fB: design.fB, fABi: design.fAB[i])
      let t = SobolEstimators.total(fA: design.fA, fB: design.fB, fABi: design.fAB[i])
      #expect(abs(s - truth) < 0.02, "S\(i + 1) = \(s), truth \(truth)")
      #expect(abs(t - truth) < 0.02, "T\(i + 1) = \(t), truth \(truth)")
    }
  }

  @Test("Ishigami function against its analytic indices")
  func ishigami() {
    // f = sin x1 + a sin² x2 + b x3⁴ sin x1, X ~ U(−π, π), a = 7, b = 0.1.
    // Analytic (Ishigami & Homma 1990; Sobol' & Levitan 1999):
    //   V = a²/8 + bπ⁴/5 + b²π⁸/18 + ½, V1 = ½(1 + bπ⁴/5)², V2 = a²/8,
    //   V13 = b²π⁸(1/18 − 1/50), V3 = 0;
    //   S1 = V1/V ≈ 0.3139, S2 ≈ 0.4424, S3 = 0,
    //   T1 = (V1 + V13)/V ≈ 0.5576, T2 = S2, T3 = V13/V ≈ 0.2437.
    let a = 7.0
    let b = 0.1
    let pi4 = pow(Double.pi, 4)
    let pi8 = pi4 * pi4
    let v = a * a / 8 + b * pi4 / 5 + b * b * pi8 / 18 + 0.5
    let v1 = 0.5 * (1 + b * pi4 / 5) * (1 + b * pi4 / 5)
    let v2 = a * a / 8
    let v13 = b * b * pi8 * (1.0 / 18 - 1.0 / 50)
    let first = [v1 / v, v2 / v, 0]
    let total = [(v1 + v13) / v, v2 / v, v13 / v]
    #expect(abs(first[0] - 0.3139) < 1e-4 && abs(total[2] - 0.2437) < 1e-4)

    let design = Design(count: 1 << 14, inputs: 3, lower: -.pi, upper: .pi, seed: 2010) { x in
      sin(x[0]) + a * sin(x[1]) * sin(x[1]) + b * pow(x[2], 4) * sin(x[0])
    }
    var rng = Xoshiro256StarStar(seed: 77)
    for i in 0..<3 {
      let s = SobolEstimators.firstOrder(fA: design.fA, fB: design.fB, fABi: design.fAB[i])
      let t = SobolEstimators.total(fA: design.fA, fB: design.fB, fABi: design.fAB[i])
      #expect(abs(s - first[i]) < 0.03, "S\(i + 1) = \(s), truth \(first[i])")
      #expect(abs(t - total[i]) < 0.03, "T\(i + 1) = \(t), truth \(total[i])")
      let sInterval = SobolEstimators.bootstrapInterval(
        fA: design.fA, fB: design.fB, fABi: design.fAB[i], resamples: 100, confidence: 0.95,
        using: &rng, estimator: .firstOrder)
      let tInterval = SobolEstimators.bootstrapInterval(
        fA: design.fA, fB: design.fB, fABi: design.fAB[i], resamples: 100, confidence: 0.95,
        using: &rng, estimator: .total)
      #expect(sInterval.contains(first[i]), "S\(i + 1) interval \(sInterval)")
      #expect(tInterval.contains(total[i]), "T\(i + 1) interval \(tInterval)")
      #expect(sInterval.contains(s) && tInterval.contains(t))
    }
  }

  @Test("constant output gives 0, never NaN")
  func constant() {
    let ones = [Double](repeating: 1, count: 100)
    #expect(SobolEstimators.firstOrder(fA: ones, fB: ones, fABi: ones) == 0)
    #expect(SobolEstimators.total(fA: ones, fB: ones, fABi: ones) == 0)
    #expect(SobolEstimators.firstOrder(fA: [], fB: [], fABi: []) == 0)
  }
}
