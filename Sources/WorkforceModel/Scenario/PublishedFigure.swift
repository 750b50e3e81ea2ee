import Diagnostics

/// A figure as the source report published it, to compare with what the
/// model computes (`workforce check`).
package struct PublishedFigure: Sendable, Hashable {
  /// A published figure that is a bound rather than a value: the board paper's
  /// "mindst 84 årsværk" says the figure is at least 84, not that it is 84.
  package enum Bound: String, Sendable, Hashable, CaseIterable {
    /// "mindst": the computed value must not be below the published one.
    case atLeast = "at_least"
    /// "højst": the computed value must not be above the published one.
    case atMost = "at_most"
  }

  /// What is published: `fte`, `project_cost`, `operating_cost`, a model's
  /// named intermediate (`patient_days`) or one of the solution's inputs.
  package var name: String
  /// The published value; a single number is a degenerate interval.
  package var value: Interval
  /// The rounding unit the report used, when the scenario states it; otherwise
  /// ``implicitUnit(_:)`` of the published value applies.
  package var rounding: Double?
  /// Where the figure is printed.
  package var source: String?
  /// Why a figure that the model does not reproduce is known to differ.
  package var discrepancy: String?
  /// Set when the source gives a bound ("mindst 84"), not a value; the value
  /// is then one number.
  package var bound: Bound?
  package var location: SourceLocation

  package init(
    name: String, value: Interval, rounding: Double? = nil, source: String? = nil,
    discrepancy: String? = nil, bound: Bound? = nil, location: SourceLocation
  ) {
    self.name = name
    self.value = value
    self.rounding = rounding
    self.source = source
    self.discrepancy = discrepancy
    self.bound = bound
    self.location = location
  }

  /// The rounding unit to judge the figure with: the stated one, or else the
  /// ``implicitUnit(_:)`` of the published numbers (the smaller of the two ends):
  /// `110` → 10, `26mio` → 1 mio, `30mio` → 1 mio, `200` → 10, `2` → 0.1,
  /// `13.25` → 0.01, `90..100` → 1.
  package var roundingUnit: Double {
    rounding ?? min(Self.implicitUnit(value.low), Self.implicitUnit(value.high))
  }

  /// `x` rounded to ``roundingUnit``, halves away from zero: the number the
  /// source would have printed for `x` at its rounding.
  package func rounded(_ x: Double) -> Double {
    let unit = roundingUnit
    return (x / unit).rounded(.toNearestOrAwayFromZero) * unit
  }

  /// The rounding unit a published number implies when the scenario states
  /// none: the place of its last non-zero digit, but never coarser than its
  /// second significant digit, so trailing zeros do not widen the tolerance:
  /// `30mio` is read as rounded to 1 mio (not 10 mio), `200` to 10, `2` to 0.1,
  /// `2.5mio` to 0.1 mio. A coarser rounding must be stated with `rounding:`.
  static func implicitUnit(_ value: Double) -> Double {
    min(lastDigitUnit(value), secondDigitUnit(value))
  }

  /// The place value of the second significant digit of `value`: 10 for 110
  /// and 200, 1 mio for 30 mio, 0.1 for 2 (1 for zero).
  static func secondDigitUnit(_ value: Double) -> Double {
    let magnitude = abs(value)
    guard magnitude > 0, magnitude.isFinite else { return 1 }
    for exponent in stride(from: 15, through: -9, by: -1) where magnitude / pow10(exponent) >= 1 - 1e-9 {
      return pow10(exponent - 1)
    }
    return pow10(-10)
  }

  /// The place value of the last non-zero digit of `value` (1 for zero).
  static func lastDigitUnit(_ value: Double) -> Double {
    let magnitude = abs(value)
    guard magnitude > 0, magnitude.isFinite else { return 1 }
    for exponent in stride(from: 15, through: -9, by: -1) {
      let unit = pow10(exponent)
      let quotient = magnitude / unit
      if quotient >= 1, abs(quotient - quotient.rounded()) <= 1e-9 * quotient { return unit }
    }
    return pow10(-9)
  }

  private static func pow10(_ exponent: Int) -> Double {
    var result = 1.0
    if exponent >= 0 {
      for _ in 0..<exponent { result *= 10 }
    } else {
      for _ in 0..<(-exponent) { result /= 10 }
    }
    return result
  }
}

/// A remark on the source that `check` prints: an inconsistency in the report
/// that the model cannot compute, e.g. two pages giving different numbers.
package struct SourceNote: Sendable, Hashable {
  package var text: String
  package var source: String?
  package var location: SourceLocation

  package init(text: String, source: String? = nil, location: SourceLocation) {
    self.text = text
    self.source = source
    self.location = location
  }
}
