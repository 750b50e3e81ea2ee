/// How numbers are written on a chart: the decimal and grouping marks of a
/// language. Numbers are rounded here, for display only.
///
/// ```swift
/// ChartNumberFormat.danish.string(1234.5, decimals: 1)   // "1.234,5"
/// ChartNumberFormat.english.percent(25, decimals: 0)     // "25%"
/// ```
package struct ChartNumberFormat: Sendable, Hashable {
  /// `,` in Danish, `.` in English.
  package var decimalMark: Character
  /// `.` in Danish, `,` in English.
  package var groupingMark: Character
  /// What goes between a number and `%`: a no-break space in Danish (`25 %`),
  /// nothing in English (`25%`).
  package var percentSeparator: String

  package init(decimalMark: Character, groupingMark: Character, percentSeparator: String) {
    self.decimalMark = decimalMark
    self.groupingMark = groupingMark
    self.percentSeparator = percentSeparator
  }

  /// `1.234,5` and `25 %`.
  package static let danish = ChartNumberFormat(decimalMark: ",", groupingMark: ".", percentSeparator: "\u{00A0}")
  /// `1,234.5` and `25%`.
  package static let english = ChartNumberFormat(decimalMark: ".", groupingMark: ",", percentSeparator: "")

  /// The minus sign used for negative numbers (U+2212, as wide as a plus).
  package static let minus = "\u{2212}"

  /// `x` rounded half away from zero to `decimals` decimals, thousands grouped.
  ///
  /// A value that rounds to zero has no sign; a value that is not finite is
  /// written `–`, so no chart ever shows `NaN` or `inf`.
  ///
  /// - Parameters:
  ///   - x: The number.
  ///   - decimals: Digits after the decimal mark, 0 to 12.
  /// - Returns: The text, e.g. `−1.234,50`.
  package func string(_ x: Double, decimals: Int) -> String {
    guard x.isFinite else { return "–" }
    let decimals = min(max(decimals, 0), 12)
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = (abs(x) * scale).rounded(.toNearestOrAwayFromZero)
    var whole: String
    var fraction: String
    if rounded < 1.8e19 {
      let units = UInt64(rounded)
      let divisor = UInt64(scale)
      whole = String(units / divisor)
      fraction = String(units % divisor)
    } else {
      // Beyond 64-bit integers: no chart shows such numbers; keep it readable.
      return (x < 0 ? Self.minus : "") + String(describing: abs(x))
    }
    var grouped = ""
    while whole.count > 3 {
      grouped = String(groupingMark) + String(whole.suffix(3)) + grouped
      whole.removeLast(3)
    }
    grouped = whole + grouped
    if decimals > 0 {
      while fraction.count < decimals { fraction = "0" + fraction }
      grouped += String(decimalMark) + fraction
    }
    return (x < 0 && rounded > 0 ? Self.minus : "") + grouped
  }

  /// A percentage: `percent(12.5, decimals: 1)` is `12,5 %` in Danish.
  ///
  /// - Parameter value: The value in percent (not a share).
  package func percent(_ value: Double, decimals: Int) -> String {
    string(value, decimals: decimals) + percentSeparator + "%"
  }

  /// `low–high`, or one number when both ends print the same.
  package func range(_ low: Double, _ high: Double, decimals: Int) -> String {
    let a = string(low, decimals: decimals)
    let b = string(high, decimals: decimals)
    return a == b ? a : a + "–" + b
  }
}
