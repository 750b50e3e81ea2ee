/// The number type a model formula is written in.
///
/// Each solution's formulas are written once, generic over `ModelValue`, and
/// evaluated with different conforming types:
/// - ``Interval`` gives the deterministic range (`workforce run`);
/// - ``Traced`` records every operation for the "show your working" trace (`explain`);
/// - the Monte Carlo runner's sample column evaluates a whole batch of draws at once.
///
/// Integer and float literals in a formula (`/ 60`) become constants of the type.
public protocol ModelValue: Sendable, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
  /// A value that is exactly `constant`.
  init(constant: Double)

  static func + (lhs: Self, rhs: Self) -> Self
  static func - (lhs: Self, rhs: Self) -> Self
  static func * (lhs: Self, rhs: Self) -> Self
  /// Division. Formulas only divide by quantities validated to be positive;
  /// the formula evaluator checks divisors before dividing.
  static func / (lhs: Self, rhs: Self) -> Self

  /// This value, labelled as a named intermediate quantity (e.g. `patient_days`),
  /// so traces can show it and `check` can compare it with a published figure.
  func named(_ name: String) -> Self
}

extension ModelValue {
  public init(integerLiteral value: Int) { self.init(constant: Double(value)) }
  public init(floatLiteral value: Double) { self.init(constant: value) }
  public func named(_ name: String) -> Self { self }
}
