/// The number type a model formula is written in.
///
/// Each solution's formulas are written once, generic over `ModelValue`, and
/// evaluated with different conforming types:
/// - ``Interval`` gives the deterministic range (`workforce run`);
/// - ``Traced`` records every operation for the "show your working" trace (`explain`);
/// - the Monte Carlo runner's sample column evaluates a whole batch of draws at once.
///
/// Integer and float literals in a formula (`/ 60`) become constants of the type.
///
/// Besides the four arithmetic operations, the type provides what the formula
/// language of `model: formula` solutions needs: negation, `min`, `max`,
/// `round`, powers and a comparison that selects one of two values
/// (`if(a > b, x, y)`). Each conforming type implements them in its own terms:
/// an interval returns the range of the result over its operands' ranges, a
/// trace records the operation, a sample column applies it draw by draw.
package protocol ModelValue: Sendable, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
  /// A value that is exactly `constant`.
  init(constant: Double)

  static func + (lhs: Self, rhs: Self) -> Self
  static func - (lhs: Self, rhs: Self) -> Self
  static func * (lhs: Self, rhs: Self) -> Self
  /// Division. Formulas only divide by quantities validated to be positive;
  /// the formula evaluator checks divisors before dividing.
  static func / (lhs: Self, rhs: Self) -> Self

  /// Negation, `-x`.
  static prefix func - (operand: Self) -> Self
  /// The smaller of two values, `min(a, b)`.
  static func minimum(_ lhs: Self, _ rhs: Self) -> Self
  /// The larger of two values, `max(a, b)`.
  static func maximum(_ lhs: Self, _ rhs: Self) -> Self
  /// The value rounded to `places` decimals, halves away from zero
  /// (`round(x, 2)`; negative `places` round to tens, hundreds, …).
  func rounded(places: Int) -> Self
  /// `base ^ exponent`. Formulas only raise a negative base to a whole-number
  /// constant, and zero only to a non-negative power; the scenario loader
  /// checks this before evaluating.
  static func power(_ base: Self, _ exponent: Self) -> Self
  /// `if(lhs <comparison> rhs, then, else)`: `then` where the comparison
  /// holds, `else` where it does not.
  static func select(
    _ lhs: Self, _ comparison: ComparisonOperator, _ rhs: Self, then: Self, else: Self
  ) -> Self

  /// This value, labelled as a named intermediate quantity (e.g. `patient_days`),
  /// so traces can show it and `check` can compare it with a published figure.
  func named(_ name: String) -> Self

  /// The range this value is known to lie in, for types that carry one
  /// (an interval, a trace); `nil` for a column of samples.
  var enclosure: Interval? { get }

  /// This value with its range narrowed to `range`, for types that carry a
  /// range. `range` must contain every value the expression can take: it is a
  /// tighter bound found by analysing the whole formula (see
  /// ``FormulaRangeAnalysis``), never a different value.
  func narrowed(to range: Interval) -> Self
}

extension ModelValue {
  package init(integerLiteral value: Int) { self.init(constant: Double(value)) }
  package init(floatLiteral value: Double) { self.init(constant: value) }
  package func named(_ name: String) -> Self { self }
  package static prefix func - (operand: Self) -> Self { Self(constant: 0) - operand }
  package var enclosure: Interval? { nil }
  package func narrowed(to range: Interval) -> Self { self }
}
