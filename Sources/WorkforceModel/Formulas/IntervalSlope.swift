/// An interval value together with interval enclosures of its slopes with
/// respect to each model input: the arithmetic behind the monotonicity test of
/// ``FormulaRangeAnalysis``.
///
/// For a function `f` on a box `X`, the slope enclosure `S_i` guarantees that
/// changing input `i` alone from `x` to `y` (both in `X`) changes `f` by an
/// amount in `S_i · (y − x)`. Where `S_i ≥ 0` on the whole box, `f` never
/// decreases in input `i`; where `S_i ≤ 0`, it never increases.
///
/// Slopes follow the rules of derivatives (sum, product, quotient and chain
/// rules) evaluated with interval arithmetic, and extend them to the
/// non-smooth functions of the formula language:
/// - `min`/`max`: the hull of the two arguments' slopes where it is not known
///   which argument is smaller (the minimum of two increasing functions is
///   increasing);
/// - `round`: a step function that never decreases, so its slope is `[0, ∞]`
///   times the argument's (only the sign survives);
/// - `if`: the slopes of the branch taken, or the hull of both branches'
///   slopes for inputs the condition does not depend on; for an input the
///   condition depends on, the function may jump, and its slope is unknown.
///
/// Products use the convention `0 · ∞ = 0` (a zero slope stays zero), and an
/// undefined end becomes infinite, so a slope is never NaN.
struct IntervalSlope: ModelValue {
  var value: Interval
  /// One slope per model input; an empty array means all slopes are zero.
  var slopes: [Interval]

  init(constant: Double) {
    value = Interval(constant: constant)
    slopes = []
  }

  init(value: Interval, slopes: [Interval]) {
    self.value = value
    self.slopes = slopes
  }

  /// Input `index` of `count` inputs, ranging over `range`: slope 1 with
  /// respect to itself, 0 with respect to the others (none at all for a point).
  init(input index: Int, of count: Int, range: Interval) {
    value = range
    if range.isPoint {
      slopes = []
    } else {
      slopes = [Interval](repeating: Interval(constant: 0), count: count)
      slopes[index] = Interval(constant: 1)
    }
  }

  private static let zero = Interval(constant: 0)

  /// Combines the slopes of two values input by input (missing slopes are 0).
  private static func zip(
    _ a: [Interval], _ b: [Interval], _ combine: (Interval, Interval) -> Interval
  ) -> [Interval] {
    if a.isEmpty && b.isEmpty { return [] }
    let count = Swift.max(a.count, b.count)
    return (0..<count).map { i in
      combine(i < a.count ? a[i] : zero, i < b.count ? b[i] : zero).sanitised
    }
  }

  /// Every slope transformed.
  private static func each(_ a: [Interval], _ transform: (Interval) -> Interval) -> [Interval] {
    a.map { transform($0).sanitised }
  }

  /// The interval product with `0 · ±∞ = 0`.
  static func product(_ a: Interval, _ b: Interval) -> Interval {
    if a == zero || b == zero { return zero }
    func times(_ x: Double, _ y: Double) -> Double { x == 0 || y == 0 ? 0 : x * y }
    let p = [times(a.low, b.low), times(a.low, b.high), times(a.high, b.low), times(a.high, b.high)]
    return Interval(p.min() ?? -.infinity, p.max() ?? .infinity).sanitised
  }

  /// The interval quotient; unknown (the whole line) when `b` may be zero.
  private static func quotient(_ a: Interval, _ b: Interval) -> Interval {
    if a == zero { return zero }
    guard b.low > 0 || b.high < 0 else { return .entire }
    return (a / b).sanitised
  }

  /// Only the sign of a slope: `[0, ∞]` for a non-negative one, and so on.
  private static func sign(_ a: Interval) -> Interval {
    if a == zero { return zero }
    return Interval(a.low >= 0 ? 0 : -.infinity, a.high <= 0 ? 0 : .infinity)
  }

  static func + (lhs: IntervalSlope, rhs: IntervalSlope) -> IntervalSlope {
    IntervalSlope(value: lhs.value + rhs.value, slopes: zip(lhs.slopes, rhs.slopes, +))
  }

  static func - (lhs: IntervalSlope, rhs: IntervalSlope) -> IntervalSlope {
    IntervalSlope(value: lhs.value - rhs.value, slopes: zip(lhs.slopes, rhs.slopes, -))
  }

  /// `(uv)' = u'v + uv'`.
  static func * (lhs: IntervalSlope, rhs: IntervalSlope) -> IntervalSlope {
    IntervalSlope(
      value: lhs.value * rhs.value,
      slopes: zip(lhs.slopes, rhs.slopes) { a, b in product(a, rhs.value) + product(lhs.value, b) })
  }

  /// `(u/v)' = u'/v − u·v'/v²`.
  static func / (lhs: IntervalSlope, rhs: IntervalSlope) -> IntervalSlope {
    let square = rhs.value * rhs.value
    return IntervalSlope(
      value: lhs.value / rhs.value,
      slopes: zip(lhs.slopes, rhs.slopes) { a, b in quotient(a, rhs.value) - quotient(product(lhs.value, b), square) })
  }

  static prefix func - (operand: IntervalSlope) -> IntervalSlope {
    IntervalSlope(value: -operand.value, slopes: each(operand.slopes) { -$0 })
  }

  static func minimum(_ lhs: IntervalSlope, _ rhs: IntervalSlope) -> IntervalSlope {
    if lhs.value.high <= rhs.value.low { return lhs }
    if rhs.value.high <= lhs.value.low { return rhs }
    return IntervalSlope(value: .minimum(lhs.value, rhs.value), slopes: zip(lhs.slopes, rhs.slopes) { $0.hull($1) })
  }

  static func maximum(_ lhs: IntervalSlope, _ rhs: IntervalSlope) -> IntervalSlope {
    if lhs.value.high <= rhs.value.low { return rhs }
    if rhs.value.high <= lhs.value.low { return lhs }
    return IntervalSlope(value: .maximum(lhs.value, rhs.value), slopes: zip(lhs.slopes, rhs.slopes) { $0.hull($1) })
  }

  func rounded(places: Int) -> IntervalSlope {
    IntervalSlope(value: value.rounded(places: places), slopes: Self.each(slopes, Self.sign))
  }

  /// `(u^v)' = v·u^(v−1)·u' + u^v·ln(u)·v'`.
  static func power(_ base: IntervalSlope, _ exponent: IntervalSlope) -> IntervalSlope {
    let value = Interval.power(base.value, exponent.value)
    if base.slopes.isEmpty && exponent.slopes.isEmpty { return IntervalSlope(value: value, slopes: []) }
    if exponent.value.isPoint && exponent.value.low == 0 { return IntervalSlope(value: value, slopes: []) }
    // d/du: v · u^(v − 1).
    let one = Interval(constant: 1)
    let byBase = product(exponent.value, Interval.power(base.value, exponent.value - one))
    // d/dv: u^v · ln u (only with a base ≥ 0; unknown otherwise).
    var byExponent = Interval.entire
    if exponent.slopes.isEmpty {
      byExponent = zero
    } else if base.value.low >= 0 {
      byExponent = product(value, Interval(logarithm(base.value.low), logarithm(base.value.high)))
    }
    return IntervalSlope(
      value: value,
      slopes: zip(base.slopes, exponent.slopes) { a, b in product(byBase, a) + product(byExponent, b) })
  }

  private static func logarithm(_ x: Double) -> Double {
    x == 0 ? -.infinity : ScalarMath.logarithm(x)
  }

  static func select(
    _ lhs: IntervalSlope, _ comparison: ComparisonOperator, _ rhs: IntervalSlope, then: IntervalSlope,
    else otherwise: IntervalSlope
  ) -> IntervalSlope {
    switch comparison.truth(lhs.value, rhs.value) {
    case true?: return then
    case false?: return otherwise
    case nil:
      let conditionSlopes = zip(lhs.slopes, rhs.slopes) { a, b in
        a == zero && b == zero ? zero : .entire
      }
      let branchSlopes = zip(then.slopes, otherwise.slopes) { $0.hull($1) }
      return IntervalSlope(
        value: then.value.hull(otherwise.value),
        slopes: zip(conditionSlopes, branchSlopes) { condition, branch in condition == zero ? branch : .entire })
    }
  }
}
