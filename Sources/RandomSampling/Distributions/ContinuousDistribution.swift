/// A continuous probability distribution on the real line that can be
/// summarised, inverted and sampled exactly and fast.
///
/// Conforming types are small immutable values. Samplers fill whole batches
/// (columns) at a time: the Monte Carlo runner asks each input for one column
/// of a block, which keeps the generator state in registers and lets the
/// per-distribution set-up (square roots, logarithms, method choice) happen
/// once per distribution rather than once per sample.
package protocol ContinuousDistribution: Sendable {
  /// The expectation E[X].
  var mean: Double { get }
  /// The variance Var[X] (0 for a point mass).
  var variance: Double { get }
  /// The smallest closed interval holding all the mass; infinite ends allowed.
  var support: ClosedRange<Double> { get }
  /// The cumulative distribution function P(X ≤ x).
  func cdf(_ x: Double) -> Double
  /// The inverse CDF: the smallest x with P(X ≤ x) ≥ p, for p in [0, 1],
  /// accurate to about 1e−12 relative. NaN for p outside [0, 1].
  func quantile(_ p: Double) -> Double
  /// Overwrites every element of `out` with an independent exact sample.
  ///
  /// "Exact" means the method samples the distribution itself (inversion,
  /// order statistics or rejection), not an approximation of it; the only
  /// error is the 53-bit resolution of the underlying uniforms.
  func fill(_ out: UnsafeMutableBufferPointer<Double>, using rng: inout Xoshiro256StarStar)
}

extension ContinuousDistribution {
  /// The standard deviation √Var[X].
  package var standardDeviation: Double { variance.squareRoot() }

  /// One sample. Convenient in tests and set-up code; use
  /// ``fill(_:using:)`` in hot loops.
  package func sample(using rng: inout Xoshiro256StarStar) -> Double {
    var value = 0.0
    withUnsafeMutablePointer(to: &value) { pointer in
      fill(UnsafeMutableBufferPointer(start: pointer, count: 1), using: &rng)
    }
    return value
  }

  /// `count` samples in a new array.
  package func samples(count: Int, using rng: inout Xoshiro256StarStar) -> [Double] {
    [Double](unsafeUninitializedCapacity: Swift.max(0, count)) { buffer, initialized in
      buffer.initialize(repeating: 0)
      fill(buffer, using: &rng)
      initialized = buffer.count
    }
  }
}
