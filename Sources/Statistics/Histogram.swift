/// Streaming percentiles in bounded memory: a fine fixed-width histogram over
/// [lower, upper] plus exact copies of the few values outside it.
///
/// Counts are integers, so adding values in any grouping and merging the
/// partial histograms in any order gives identical results: percentiles do
/// not depend on the number of threads. Quantiles use the type-7 ranks of
/// ``Quantiles`` and, inside a bin, assume the bin's values are spread evenly
/// (the j-th of c values in bin b sits at lower + (b + (j + ½)/c)·width), so
/// the error of any in-range order statistic, and hence of any quantile, is
/// at most one bin width. Values outside [lower, upper] are kept exactly,
/// so out-of-range quantiles are exact; choose the range (from a pilot run or
/// the inputs' supports) so that they stay few. NaNs are counted and ranked
/// after +∞, as in ``Quantiles``.
///
/// Counts are 32-bit: a histogram holds at most ``capacity`` in-range values
/// (the simulation's limit of 10⁹ iterations stays below it). Half the memory
/// of 64-bit counts matters for speed: a simulation keeps one 65,536-bin
/// histogram per output per thread, and scattered increments into 18 of them
/// (4.7 MB instead of 9.4 MB) were a third of the standard benchmark's time.
package struct Histogram: Sendable, Equatable {
  /// The lower end of the binned range.
  package let lower: Double
  /// The upper end of the binned range (inclusive: the last bin is closed).
  package let upper: Double
  /// The width of every bin, (upper − lower)/binCount.
  package let binWidth: Double
  /// The most in-range values one histogram can count: 2³² − 1.
  package static let capacity = Int(UInt32.max)

  /// The counts per bin.
  package private(set) var bins: [UInt32]
  /// Values below `lower`, exactly, in arrival order.
  package private(set) var underflow: [Double] = []
  /// Values above `upper`, exactly, in arrival order.
  package private(set) var overflow: [Double] = []
  /// How many NaNs were added.
  package private(set) var nanCount = 0
  private var inRangeCount = 0
  private let binsPerUnit: Double

  /// Creates an empty histogram.
  ///
  /// - Precondition: `lower < upper`, both finite, `binCount ≥ 1` (a
  ///   programmer error otherwise).
  package init(lower: Double, upper: Double, binCount: Int = 65_536) {
    precondition(lower.isFinite && upper.isFinite && lower < upper, "need finite lower < upper")
    precondition(binCount >= 1, "need at least one bin")
    self.lower = lower
    self.upper = upper
    bins = [UInt32](repeating: 0, count: binCount)
    binWidth = (upper - lower) / Double(binCount)
    binsPerUnit = Double(binCount) / (upper - lower)
  }

  /// The number of values added, NaNs included.
  package var count: Int { inRangeCount + underflow.count + overflow.count + nanCount }

  /// The number of bins.
  package var binCount: Int { bins.count }

  /// Adds a batch.
  ///
  /// - Precondition: the in-range values stay within ``capacity``.
  /// - Complexity: O(n): one multiply, one conversion and one increment per
  ///   in-range value.
  package mutating func add(_ values: UnsafeBufferPointer<Double>) {
    precondition(values.count <= Self.capacity - inRangeCount, "histogram capacity exceeded")
    let lower = lower
    let upper = upper
    let scale = binsPerUnit
    let last = bins.count - 1
    var added = 0
    bins.withUnsafeMutableBufferPointer { bins in
      for value in values {
        if value >= lower && value <= upper {
          let index = Swift.min(last, Int((value - lower) * scale))
          bins[index] &+= 1
          added &+= 1
        } else if value < lower {
          underflow.append(value)
        } else if value > upper {
          overflow.append(value)
        } else {
          nanCount += 1
        }
      }
    }
    inRangeCount += added
  }

  /// Adds the values of an array.
  package mutating func add(contentsOf values: [Double]) {
    values.withUnsafeBufferPointer { add($0) }
  }

  /// Adds the counts and outliers of another histogram over the same bins.
  ///
  /// - Precondition: Same `lower`, `upper` and `binCount`; the in-range
  ///   values of both together within ``capacity``.
  package mutating func merge(_ other: Histogram) {
    precondition(
      lower == other.lower && upper == other.upper && bins.count == other.bins.count,
      "merging histograms with different bins")
    precondition(other.inRangeCount <= Self.capacity - inRangeCount, "histogram capacity exceeded")
    bins.withUnsafeMutableBufferPointer { bins in
      other.bins.withUnsafeBufferPointer { otherBins in
        for i in bins.indices { bins[i] &+= otherBins[i] }
      }
    }
    underflow.append(contentsOf: other.underflow)
    overflow.append(contentsOf: other.overflow)
    nanCount += other.nanCount
    inRangeCount += other.inRangeCount
  }

  /// The type-7 quantile: ranks h = (count − 1)·p, the values at ⌊h⌋ and
  /// ⌊h⌋ + 1 by ``value(atRank:)``, linearly interpolated.
  ///
  /// - Returns: NaN when empty or p is outside [0, 1].
  /// - Complexity: O(binCount + k log k) for k out-of-range values.
  package func quantile(_ p: Double) -> Double {
    let n = count
    guard n > 0, p >= 0, p <= 1 else { return .nan }
    let (low, fraction) = Quantiles.position(p, count: n)
    let lowValue = value(atRank: low)
    if fraction == 0 || low + 1 >= n { return lowValue }
    return Quantiles.interpolate(lowValue, value(atRank: low + 1), fraction)
  }

  /// The estimated 0-based k-th smallest value: exact below `lower` and
  /// above `upper`, within one bin width inside; NaN past the non-NaN values
  /// or for k outside 0..<count.
  package func value(atRank k: Int) -> Double {
    guard k >= 0 && k < count else { return .nan }
    var rank = k
    if rank < underflow.count { return underflow.sorted()[rank] }
    rank -= underflow.count
    if rank < inRangeCount {
      // The first bin whose running count passes the rank.
      let found: (index: Int, before: Int)? = bins.withUnsafeBufferPointer { bins in
        var before = 0
        for index in bins.indices {
          let after = before &+ Int(bins[index])
          if rank < after { return (index, before) }
          before = after
        }
        return nil
      }
      if let (index, before) = found {
        let position = (Double(rank - before) + 0.5) / Double(bins[index])
        let value = lower + (Double(index) + position) * binWidth
        return Swift.min(upper, Swift.max(lower, value))
      }
    }
    rank -= inRangeCount
    if rank < overflow.count { return overflow.sorted()[rank] }
    return .nan
  }

  /// Equal when the bins, NaN counts and outlier multisets agree (outlier
  /// arrival order does not matter).
  package static func == (lhs: Histogram, rhs: Histogram) -> Bool {
    lhs.lower == rhs.lower && lhs.upper == rhs.upper && lhs.bins == rhs.bins
      && lhs.nanCount == rhs.nanCount && lhs.inRangeCount == rhs.inRangeCount
      && lhs.underflow.sorted() == rhs.underflow.sorted()
      && lhs.overflow.sorted() == rhs.overflow.sorted()
  }
}
