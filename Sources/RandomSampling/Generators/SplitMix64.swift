/// Sebastiano Vigna's SplitMix64 generator: a 64-bit Weyl sequence passed
/// through a bijective mixing function.
///
/// SplitMix64 is tiny and statistically good for its size, but its main use
/// here is to expand one 64-bit seed into the 256-bit state of
/// ``Xoshiro256StarStar``, as the xoshiro authors recommend.
///
/// Each call adds the golden-ratio increment `0x9e3779b97f4a7c15` to the state
/// and returns `mix(state)`, where `mix` is Stafford's "Mix13" variant of the
/// MurmurHash3 finaliser. Because `mix` is a bijection of `UInt64`, distinct
/// states always give distinct outputs.
///
/// ```swift
/// var generator = SplitMix64(seed: 0)
/// generator.next()  // 0xe220a8397b1dcdaf
/// ```
package struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
  /// The Weyl-sequence counter.
  package private(set) var state: UInt64

  /// Creates a generator whose first output is `mix(seed + 0x9e3779b97f4a7c15)`.
  package init(seed: UInt64) {
    state = seed
  }

  /// Advances the counter and returns the mixed value.
  ///
  /// - Complexity: O(1): one addition, two multiplications, three shifts.
  package mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    return Self.mix(state)
  }

  /// The SplitMix64 output function: a bijection of `UInt64` with full
  /// avalanche (every input bit affects every output bit).
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z &>> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z &>> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z &>> 31)
  }
}
