import Foundation

/// The scalar functions of the formula language, shared by every
/// ``ModelValue`` so that a range, a trace and a column of samples round and
/// raise to powers in exactly the same way.
package enum ScalarMath {
  /// The most decimals `round(x, places)` accepts either way.
  package static let maximumPlaces = 15

  /// `x` rounded to `places` decimals, halves away from zero: `round(2.5) = 3`,
  /// `round(-2.5) = -3`, `round(1234, -2) = 1200`.
  ///
  /// `places` is clamped to ±``maximumPlaces``. Where scaling would overflow,
  /// `x` is already more precise than the rounding asks and is returned as is.
  package static func round(_ x: Double, places: Int) -> Double {
    let places = min(max(places, -maximumPlaces), maximumPlaces)
    if places == 0 { return x.rounded(.toNearestOrAwayFromZero) }
    let scale = pow(10, Double(abs(places)))
    if places > 0 {
      let scaled = x * scale
      return scaled.isFinite ? scaled.rounded(.toNearestOrAwayFromZero) / scale : x
    }
    return (x / scale).rounded(.toNearestOrAwayFromZero) * scale
  }

  /// `base ^ exponent` (the C library's `pow`).
  package static func power(_ base: Double, _ exponent: Double) -> Double {
    pow(base, exponent)
  }

  /// True when `x` is a whole number (so a negative base may be raised to it).
  package static func isWhole(_ x: Double) -> Bool {
    x.isFinite && x == x.rounded(.towardZero)
  }
}

extension ScalarMath {
  /// The natural logarithm.
  package static func logarithm(_ x: Double) -> Double {
    log(x)
  }
}
