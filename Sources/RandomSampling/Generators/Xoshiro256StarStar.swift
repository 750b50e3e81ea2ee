/// The xoshiro256** generator of Blackman and Vigna ("Scrambled linear
/// pseudorandom number generators", ACM TOMS 47(4), 2021).
///
/// A 256-bit xor/shift/rotate linear engine with period 2^256 − 1, scrambled by
/// `rotl(s1 · 5, 7) · 9`. It passes BigCrush and PractRand, is 4-dimensionally
/// equidistributed, and takes a few cycles per output, which makes it the
/// workhorse of the Monte Carlo samplers.
///
/// Seeding follows the authors' advice: the state is four consecutive outputs
/// of ``SplitMix64``. Parallel runs use ``init(seed:stream:)`` to give every
/// fixed block of iterations its own generator, so results do not depend on
/// the number of threads.
///
/// ```swift
/// var rng = Xoshiro256StarStar(seed: 42, stream: 7)
/// let u = rng.nextUnit()  // in [0, 1)
/// ```
package struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Hashable {
  var s0: UInt64
  var s1: UInt64
  var s2: UInt64
  var s3: UInt64

  /// Creates a generator whose state is the first four outputs of
  /// `SplitMix64(seed: seed)`.
  ///
  /// Since SplitMix64's output function is a bijection, at most one of the
  /// four words can be zero, so the forbidden all-zero state never occurs.
  package init(seed: UInt64) {
    var expander = SplitMix64(seed: seed)
    s0 = expander.next()
    s1 = expander.next()
    s2 = expander.next()
    s3 = expander.next()
  }

  /// Creates the generator for block `stream` of a run seeded with `seed`.
  ///
  /// The derivation is `key = mix(seed) ^ mix(stream ^ 0x6a09e667f3bcc909)`,
  /// where `mix` is SplitMix64's bijective output function, followed by
  /// `init(seed: key)`. For a fixed `seed`, `stream ↦ key` is a bijection
  /// (a bijection xor a constant), and `key ↦` first state word is a
  /// bijection too, so different streams of one seed always start from
  /// different states. Overlap of the sequences themselves is as unlikely as
  /// for any two random points on a cycle of length 2^256 − 1.
  ///
  /// - Parameters:
  ///   - seed: The run's seed.
  ///   - stream: The block index (or any other stream label).
  package init(seed: UInt64, stream: UInt64) {
    let key = SplitMix64.mix(seed) ^ SplitMix64.mix(stream ^ 0x6a09_e667_f3bc_c909)
    self.init(seed: key)
  }

  /// Creates a generator from a raw state, as in the reference C code.
  ///
  /// Used for known-answer tests: the state `(1, 2, 3, 4)` yields 11520, 0,
  /// 1509978240, 1215971899390074240, …
  ///
  /// - Precondition: The state is not all zero (a programmer error: that state
  ///   is a fixed point of the engine).
  package init(state: (UInt64, UInt64, UInt64, UInt64)) {
    precondition(
      state.0 | state.1 | state.2 | state.3 != 0, "xoshiro256** state must not be all zero")
    (s0, s1, s2, s3) = state
  }

  /// The current 256-bit state, for checkpointing and tests.
  package var state: (UInt64, UInt64, UInt64, UInt64) { (s0, s1, s2, s3) }

  /// Returns the next 64 random bits and advances the state.
  ///
  /// - Complexity: O(1): two multiplications, two rotations, a shift and four
  ///   xors; the state-update dependency chain is about four cycles.
  @inline(__always)
  package mutating func next() -> UInt64 {
    let result = rotateLeft(s1 &* 5, by: 7) &* 9
    let t = s1 &<< 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = rotateLeft(s3, by: 45)
    return result
  }

  /// A uniform double in [0, 1): the top 53 bits scaled by 2^−53, so every
  /// value is a multiple of 2^−53 and all 2^53 values are equally likely.
  @inline(__always)
  package mutating func nextUnit() -> Double {
    Double(next() &>> 11) * 0x1p-53
  }

  /// A uniform double in the open interval (0, 1), safe to pass to `log`.
  ///
  /// Uses the top 52 bits `k` and returns `(k + ½) · 2^−52`: the midpoints of
  /// a grid of 2^52 cells, all exactly representable, from 2^−53 to 1 − 2^−53.
  @inline(__always)
  package mutating func nextOpenUnit() -> Double {
    (Double(next() &>> 12) + 0.5) * 0x1p-52
  }

  /// A uniform double in [−1, 1): the top 53 bits read as a signed number and
  /// scaled by 2^−52. Used by the polar normal sampler.
  @inline(__always)
  mutating func nextSignedUnit() -> Double {
    Double(Int64(bitPattern: next()) &>> 11) * 0x1p-52
  }
}

@inline(__always)
func rotateLeft(_ x: UInt64, by k: UInt64) -> UInt64 {
  (x &<< k) | (x &>> (64 &- k))
}
