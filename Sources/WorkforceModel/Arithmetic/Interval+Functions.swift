/// The formula language's functions over intervals: each returns the smallest
/// interval that holds the function's value for every choice of arguments
/// inside their intervals (up to the last bit of a `Double`).
extension Interval {
  /// The whole real line: the honest answer when nothing tighter is known.
  package static let entire = Interval(-.infinity, .infinity)

  /// `[-high, -low]`.
  package static prefix func - (operand: Interval) -> Interval {
    Interval(-operand.high, -operand.low)
  }

  /// `min` is increasing in both arguments, so its range has the ends of the
  /// arguments' ranges as its ends.
  package static func minimum(_ lhs: Interval, _ rhs: Interval) -> Interval {
    Interval(Swift.min(lhs.low, rhs.low), Swift.min(lhs.high, rhs.high))
  }

  /// `max` is increasing in both arguments: `[max of lows, max of highs]`.
  package static func maximum(_ lhs: Interval, _ rhs: Interval) -> Interval {
    Interval(Swift.max(lhs.low, rhs.low), Swift.max(lhs.high, rhs.high))
  }

  /// Rounding never decreases, so the range is `[round(low), round(high)]`.
  package func rounded(places: Int) -> Interval {
    Interval(ScalarMath.round(low, places: places), ScalarMath.round(high, places: places))
  }

  /// `base ^ exponent`.
  ///
  /// - A constant exponent `e`: `x^e` is monotone in `x` on each side of zero,
  ///   so the ends come from the ends of `base`, except that an even power of a
  ///   range around zero reaches 0, and a negative power of such a range has a
  ///   pole (the whole line).
  /// - A range of exponents (only with a base ≥ 0): `x^y = exp(y · ln x)` and the
  ///   product `y · ln x` of two independent ranges takes its extremes at the
  ///   corners, so the range comes from the four corner powers.
  ///
  /// A negative base with a fractional exponent has no real value; the result
  /// is then the whole line (the loader rejects such formulas first).
  package static func power(_ base: Interval, _ exponent: Interval) -> Interval {
    if exponent.isPoint {
      let e = exponent.low
      if e == 0 { return Interval(constant: 1) }
      if base.isPoint { return Interval(constant: ScalarMath.power(base.low, e)).sanitised }
      let a = ScalarMath.power(base.low, e)
      let b = ScalarMath.power(base.high, e)
      var result = Interval(Swift.min(a, b), Swift.max(a, b))
      if base.low < 0 && base.high > 0 {
        guard e > 0 else { return .entire }
        if (e / 2).rounded(.towardZero) * 2 == e { result.low = 0 }
      }
      return result.sanitised
    }
    guard base.low >= 0 else { return .entire }
    let corners = [
      ScalarMath.power(base.low, exponent.low), ScalarMath.power(base.low, exponent.high),
      ScalarMath.power(base.high, exponent.low), ScalarMath.power(base.high, exponent.high),
    ]
    guard let low = corners.min(), let high = corners.max() else { return .entire }
    return Interval(low, high).sanitised
  }

  /// `then` where the comparison holds for every pair of values, `else` where
  /// it holds for none, and the hull of both where it depends on the values.
  package static func select(
    _ lhs: Interval, _ comparison: ComparisonOperator, _ rhs: Interval, then: Interval, else otherwise: Interval
  ) -> Interval {
    switch comparison.truth(lhs, rhs) {
    case true?: then
    case false?: otherwise
    case nil: then.hull(otherwise)
    }
  }

  package var enclosure: Interval? { self }

  /// The intersection with `range`; `range` itself when floating-point noise
  /// makes the two miss each other (both are enclosures of the same values).
  package func narrowed(to range: Interval) -> Interval {
    let low = Swift.max(self.low, range.low)
    let high = Swift.min(self.high, range.high)
    return low <= high ? Interval(low, high) : range
  }

  /// The interval with a NaN end replaced by the infinite end, so that an
  /// undefined corner widens the range instead of poisoning comparisons.
  var sanitised: Interval {
    Interval(low.isNaN ? -.infinity : low, high.isNaN ? .infinity : high)
  }
}
