/// Coordinates as SVG text: at most two decimals, trailing zeros dropped,
/// `.` as the decimal mark whatever the language, never `NaN`, `inf` or `-0`.
package enum SVGNumber {
  /// `12.5`, `3`, `-0.25`; a value that is not finite is written `0`.
  package static func text(_ value: Double) -> String {
    guard value.isFinite, abs(value) < 1e15 else { return value.isFinite ? (value > 0 ? "1e15" : "-1e15") : "0" }
    let hundredths = Int64((value * 100).rounded(.toNearestOrAwayFromZero))
    if hundredths == 0 { return "0" }
    let sign = hundredths < 0 ? "-" : ""
    let magnitude = hundredths.magnitude
    let whole = magnitude / 100
    let fraction = magnitude % 100
    if fraction == 0 { return sign + String(whole) }
    if fraction % 10 == 0 { return sign + String(whole) + "." + String(fraction / 10) }
    return sign + String(whole) + "." + (fraction < 10 ? "0" : "") + String(fraction)
  }
}
