/// Variance-based (Sobol') sensitivity indices from the A, B, AB_i design of
/// Saltelli et al. ("Variance based sensitivity analysis of model output",
/// Computer Physics Communications 181, 2010).
///
/// With N rows each: f_A and f_B are the model on two independent input
/// matrices A and B, and f_ABi the model on A with column i taken from B.
///
/// - First order (Saltelli 2010, Table 2 (b)):
///   S_i = (1/N)·Σ f_B·(f_ABi − f_A) / V.
/// - Total (Jansen 1999, Table 2 (f)):
///   T_i = (1/(2N))·Σ (f_A − f_ABi)² / V.
///
/// V is the variance of the 2N values f_A ∪ f_B (divisor 2N, as SALib).
/// All outputs are first shifted by the mean of f_A ∪ f_B: this leaves V and
/// the total-effect sum unchanged and the first-order sum unchanged in
/// expectation (E[f_ABi − f_A] = 0), but removes the cancellation and the
/// extra variance that a large mean (say 1e7 kroner) would otherwise cause.
/// Indices are 0 when V == 0.
package enum SobolEstimators {
  /// Which index an interval is for.
  package enum Estimator: Sendable, Hashable {
    case firstOrder
    case total
  }

  /// The first-order index S_i (Saltelli 2010).
  ///
  /// - Precondition: The three arrays have equal length.
  package static func firstOrder(fA: [Double], fB: [Double], fABi: [Double]) -> Double {
    estimate(.firstOrder, fA: fA, fB: fB, fABi: fABi)
  }

  /// The total-effect index T_i (Jansen 1999).
  ///
  /// - Precondition: The three arrays have equal length.
  package static func total(fA: [Double], fB: [Double], fABi: [Double]) -> Double {
    estimate(.total, fA: fA, fB: fB, fABi: fABi)
  }

  /// The chosen index.
  ///
  /// - Complexity: O(N), two passes.
  package static func estimate(
    _ estimator: Estimator, fA: [Double], fB: [Double], fABi: [Double]
  ) -> Double {
    precondition(fA.count == fB.count && fA.count == fABi.count, "Sobol columns differ in length")
    let n = fA.count
    guard n > 0 else { return 0 }
    let shift = center(fA, fB)
    var accumulator = Accumulator()
    for j in 0..<n {
      accumulator.add(fA[j] - shift, fB[j] - shift, fABi[j] - shift, estimator)
    }
    return accumulator.index(count: n)
  }

  /// A bootstrap percentile interval for the index (Efron & Tibshirani,
  /// 1993, §13.3; as in SALib): the N rows are resampled with replacement
  /// `resamples` times, the index recomputed on each resample, and the
  /// type-7 quantiles at (1 ∓ confidence)/2 of those estimates returned.
  ///
  /// - Parameters:
  ///   - resamples: Number of bootstrap resamples (say 100–1000); with fewer
  ///     than 1 the point estimate is returned as a degenerate interval.
  ///   - confidence: The coverage, e.g. 0.95.
  ///   - rng: The generator for the row indices (`next(upperBound:)`,
  ///     unbiased), so the interval is reproducible.
  /// - Complexity: O(resamples · N).
  package static func bootstrapInterval(
    fA: [Double], fB: [Double], fABi: [Double], resamples: Int, confidence: Double,
    using rng: inout some RandomNumberGenerator, estimator: Estimator
  ) -> ClosedRange<Double> {
    precondition(fA.count == fB.count && fA.count == fABi.count, "Sobol columns differ in length")
    let n = fA.count
    guard n > 0, resamples >= 1 else {
      let point = estimate(estimator, fA: fA, fB: fB, fABi: fABi)
      return point...point
    }
    let rows = (0..<resamples).map { _ in (0..<n).map { _ in Int(rng.next(upperBound: UInt64(n))) } }
    return bootstrapInterval(
      fA: fA, fB: fB, fABi: fABi, resampledRows: rows, confidence: confidence, estimator: estimator)
  }

  /// The bootstrap percentile interval over given resamples: `resampledRows[r]`
  /// lists the N row indices (each in 0..<N) of resample r.
  ///
  /// Callers that bootstrap many indices on the same rows (every input of every
  /// output) draw the resamples once and share them: the intervals stay
  /// reproducible and the random draws are not repeated per index.
  ///
  /// - Complexity: O(resamples · N).
  package static func bootstrapInterval(
    fA: [Double], fB: [Double], fABi: [Double], resampledRows: [[Int]], confidence: Double,
    estimator: Estimator
  ) -> ClosedRange<Double> {
    precondition(fA.count == fB.count && fA.count == fABi.count, "Sobol columns differ in length")
    let n = fA.count
    let point = estimate(estimator, fA: fA, fB: fB, fABi: fABi)
    guard n > 0, !resampledRows.isEmpty else { return point...point }
    let shift = center(fA, fB)
    var estimates = [Double](repeating: 0, count: resampledRows.count)
    fA.withUnsafeBufferPointer { a in
      fB.withUnsafeBufferPointer { b in
        fABi.withUnsafeBufferPointer { ab in
          for (r, rows) in resampledRows.enumerated() {
            precondition(rows.count == n, "a resample has one row index per row")
            var accumulator = Accumulator()
            for j in rows {
              accumulator.add(a[j] - shift, b[j] - shift, ab[j] - shift, estimator)
            }
            estimates[r] = accumulator.index(count: n)
          }
        }
      }
    }
    let level = Swift.min(1, Swift.max(0, confidence.isNaN ? 0.95 : confidence))
    let bounds = Quantiles.select(
      &estimates, probabilities: [0.5 - 0.5 * level, 0.5 + 0.5 * level])
    return Swift.min(bounds[0], bounds[1])...Swift.max(bounds[0], bounds[1])
  }

  /// The mean of f_A ∪ f_B.
  static func center(_ fA: [Double], _ fB: [Double]) -> Double {
    var sum = 0.0
    for value in fA { sum += value }
    for value in fB { sum += value }
    let mean = sum / Double(fA.count + fB.count)
    return mean.isFinite ? mean : 0
  }

  /// Running sums for one estimate over shifted outputs.
  struct Accumulator {
    var sum = 0.0
    var sumOfSquares = 0.0
    var numerator = 0.0

    @inline(__always)
    mutating func add(_ a: Double, _ b: Double, _ ab: Double, _ estimator: Estimator) {
      sum += a + b
      sumOfSquares += a * a + b * b
      switch estimator {
      case .firstOrder:
        numerator += b * (ab - a)
      case .total:
        let d = a - ab
        numerator += 0.5 * d * d
      }
    }

    /// numerator/N divided by the (divisor 2N) variance of the 2N outputs.
    func index(count n: Int) -> Double {
      let total = Double(2 * n)
      let mean = sum / total
      let variance = sumOfSquares / total - mean * mean
      guard variance > 0, variance.isFinite else { return 0 }
      let value = numerator / Double(n) / variance
      return value.isFinite ? value : 0
    }
  }
}
