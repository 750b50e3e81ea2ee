/// A closed interval `[low, high]` of real numbers with interval arithmetic.
///
/// Used for the deterministic range of a model: each uncertain input contributes
/// its range, and every operation returns the smallest interval that contains
/// the result for every choice of operands inside their intervals. For formulas
/// in which each uncertain input appears once (all five built-in models), the
/// result is the exact range of the formula, not just an enclosure.
///
/// Rounding is to nearest, not outward: the bounds are exact up to the last
/// bit of a `Double`, which is far below any figure that is displayed.
///
/// The formula language's other functions (`min`, `max`, `round`, powers and
/// `if`) are in `Interval+Functions.swift`.
package struct Interval: ModelValue, Hashable, CustomStringConvertible {
  package var low: Double
  package var high: Double

  /// An interval from `low` to `high`; the caller guarantees `low <= high`.
  package init(_ low: Double, _ high: Double) {
    self.low = low
    self.high = high
  }

  /// The degenerate interval `[value, value]`.
  package init(constant value: Double) { self.init(value, value) }

  /// True when the interval is a single number.
  package var isPoint: Bool { low == high }
  /// The midpoint, `(low + high) / 2`.
  package var midpoint: Double { low + (high - low) / 2 }
  /// `high - low`.
  package var width: Double { high - low }
  /// True when both bounds are finite numbers.
  package var isFinite: Bool { low.isFinite && high.isFinite }

  package func contains(_ value: Double) -> Bool { low <= value && value <= high }

  /// The smallest interval containing both.
  package func hull(_ other: Interval) -> Interval {
    Interval(Swift.min(low, other.low), Swift.max(high, other.high))
  }

  package static func + (lhs: Interval, rhs: Interval) -> Interval {
    Interval(lhs.low + rhs.low, lhs.high + rhs.high)
  }

  package static func - (lhs: Interval, rhs: Interval) -> Interval {
    Interval(lhs.low - rhs.high, lhs.high - rhs.low)
  }

  package static func * (lhs: Interval, rhs: Interval) -> Interval {
    if lhs.isPoint && rhs.isPoint { return Interval(constant: lhs.low * rhs.low) }
    let products = (lhs.low * rhs.low, lhs.low * rhs.high, lhs.high * rhs.low, lhs.high * rhs.high)
    return Interval(
      Swift.min(products.0, products.1, products.2, products.3),
      Swift.max(products.0, products.1, products.2, products.3))
  }

  /// Division; a divisor containing zero gives the whole real line, which the
  /// formula evaluator reports as an error before it can reach an output.
  package static func / (lhs: Interval, rhs: Interval) -> Interval {
    if rhs.contains(0) { return Interval(-.infinity, .infinity) }
    if lhs.isPoint && rhs.isPoint { return Interval(constant: lhs.low / rhs.low) }
    // Quotients of the bounds directly (not lhs × 1/rhs): one rounding, not two.
    let quotients = (lhs.low / rhs.low, lhs.low / rhs.high, lhs.high / rhs.low, lhs.high / rhs.high)
    return Interval(
      Swift.min(quotients.0, quotients.1, quotients.2, quotients.3),
      Swift.max(quotients.0, quotients.1, quotients.2, quotients.3))
  }

  package var description: String { isPoint ? "\(low)" : "\(low)..\(high)" }
}
