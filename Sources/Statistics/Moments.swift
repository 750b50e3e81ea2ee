/// Count, mean and sum of squared deviations of a stream of values, merged
/// exactly across batches and threads.
///
/// Each batch is summarised by a two-pass algorithm (mean, then the sum of
/// squared deviations from it, with the mean corrected by the mean residual),
/// which is stable even when the spread is tiny compared to the mean, e.g.
/// values around 1e9 that differ in the units. Summaries are combined with
/// the pairwise update of Chan, Golub & LeVeque ("Algorithms for computing
/// the sample variance", 1979/1983):
///
///     n = n_A + n_B,  δ = mean_B − mean_A,
///     mean = mean_A + δ·n_B/n,  M2 = M2_A + M2_B + δ²·n_A·n_B/n.
///
/// Merging in a fixed block order gives the same bits whatever the thread
/// count.
package struct Moments: Sendable, Hashable {
  /// The number of values seen.
  package private(set) var count: Int
  /// Their arithmetic mean (0 when empty).
  package private(set) var mean: Double
  /// Σ(x − mean)², often called M2.
  package private(set) var sumOfSquaredDeviations: Double

  /// The empty summary.
  package init() {
    count = 0
    mean = 0
    sumOfSquaredDeviations = 0
  }

  /// The summary of `values`.
  package init(_ values: [Double]) {
    self.init()
    add(contentsOf: values)
  }

  /// Adds a batch by the two-pass algorithm, then merges it.
  ///
  /// Both passes keep eight partial sums (one per SIMD lane, each summing
  /// every eighth value) and add them up at the end: the same arithmetic as
  /// one running sum, regrouped, which lets eight additions proceed at once
  /// instead of waiting for each other, and is if anything more accurate. The grouping is fixed by the batch alone, so the
  /// result still does not depend on the thread count.
  ///
  /// - Complexity: O(n), two passes over the batch.
  package mutating func add(_ values: UnsafeBufferPointer<Double>) {
    let n = values.count
    guard n > 0, let start = UnsafeRawPointer(values.baseAddress) else { return }
    let stride = MemoryLayout<Double>.stride
    let whole = n - n % 8
    @inline(__always)
    func chunk(_ i: Int) -> SIMD8<Double> {
      start.loadUnaligned(fromByteOffset: i * stride, as: SIMD8<Double>.self)
    }
    var sums = SIMD8<Double>()
    for i in Swift.stride(from: 0, to: whole, by: 8) { sums += chunk(i) }
    var sum = Self.total(sums)
    for i in whole..<n { sum += values[i] }
    var batchMean = sum / Double(n)
    var residuals = SIMD8<Double>()
    var squareSums = SIMD8<Double>()
    let mean8 = SIMD8(repeating: batchMean)
    for i in Swift.stride(from: 0, to: whole, by: 8) {
      let d = chunk(i) - mean8
      residuals += d
      squareSums += d * d
    }
    var residual = Self.total(residuals)
    var squares = Self.total(squareSums)
    for i in whole..<n {
      let d = values[i] - batchMean
      residual += d
      squares += d * d
    }
    // Corrected two-pass (Chan, Golub & LeVeque's eq. 1.7): removes the
    // rounding error of the first-pass mean from both results.
    let correction = residual / Double(n)
    batchMean += correction
    squares = Swift.max(0, squares - residual * correction)
    merge(Moments(count: n, mean: batchMean, sumOfSquaredDeviations: squares))
  }

  /// The sum of eight lanes in a fixed order, halves first (the standard
  /// library's `sum()` leaves its order to the implementation).
  @inline(__always)
  static func total(_ lanes: SIMD8<Double>) -> Double {
    let four = lanes.lowHalf + lanes.highHalf
    let two = four.lowHalf + four.highHalf
    return two[0] + two[1]
  }

  /// Adds the values of an array.
  package mutating func add(contentsOf values: [Double]) {
    values.withUnsafeBufferPointer { add($0) }
  }

  /// Adds one value (Welford's update).
  package mutating func add(_ value: Double) {
    count += 1
    let delta = value - mean
    mean += delta / Double(count)
    sumOfSquaredDeviations += delta * (value - mean)
  }

  /// Combines with the summary of another, disjoint set of values.
  package mutating func merge(_ other: Moments) {
    guard other.count > 0 else { return }
    guard count > 0 else {
      self = other
      return
    }
    let total = count + other.count
    let delta = other.mean - mean
    let weight = Double(other.count) / Double(total)
    mean += delta * weight
    sumOfSquaredDeviations +=
      other.sumOfSquaredDeviations + delta * delta * Double(count) * weight
    count = total
  }

  /// The sample variance M2/(n − 1); 0 when fewer than two values.
  package var variance: Double {
    count > 1 ? sumOfSquaredDeviations / Double(count - 1) : 0
  }

  /// √variance.
  package var standardDeviation: Double { variance.squareRoot() }

  /// The standard error of the mean, √(variance/n); 0 when empty.
  package var standardErrorOfMean: Double {
    count > 0 ? (variance / Double(count)).squareRoot() : 0
  }

  /// z = Φ⁻¹(0.975) = 1.959963984540054, the standard normal quantile that
  /// makes mean ± z × standard error a 95 % interval. The program's one copy
  /// of the number (a test checks it against `SpecialFunctions.normalQuantile`).
  package static let z95 = 1.959963984540054

  /// Half the width of the 95 % confidence interval of the mean: z95 × standard error.
  package var marginOfError95: Double { Self.z95 * standardErrorOfMean }

  init(count: Int, mean: Double, sumOfSquaredDeviations: Double) {
    self.count = count
    self.mean = mean
    self.sumOfSquaredDeviations = sumOfSquaredDeviations
  }
}
