import Foundation
import WorkforceModel

/// Formats numbers for people: grouping and decimal marks by language, units,
/// ranges with an en dash. Numbers are rounded here, for display only.
package struct NumberStyle: Sendable {
  package var language: Language

  package init(_ language: Language) {
    self.language = language
  }

  var groupingMark: Character { language == .da ? "." : "," }
  var decimalMark: Character { language == .da ? "," : "." }

  /// `x` with `decimals` decimals and grouped thousands: `1.234,5` (da), `1,234.5` (en).
  ///
  /// Works for every finite `Double`. Rounding is half away from zero, done
  /// on whole numbers (no Double text in between). From 10¹⁵ up, where a
  /// `Double` no longer holds every whole number and grouped digits would
  /// claim a precision they do not have, the number is written the way a
  /// spreadsheet's scientific format writes it, three significant digits and
  /// never grouped: `1,00E+18` (da), `2.80E+300` (en). `decimals` is clamped
  /// to 0…12.
  package func number(_ x: Double, decimals: Int) -> String {
    guard x.isFinite else { return x.isNaN ? "–" : (x > 0 ? "∞" : "-∞") }
    let decimals = min(max(decimals, 0), 12)
    guard abs(x) < Self.scientificFrom else { return scientific(x) }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let divisor = UInt64(scale)
    var whole: UInt64
    var fraction: UInt64
    let rounded = (abs(x) * scale).rounded(.toNearestOrAwayFromZero)
    if rounded < 0x1p63 {
      let units = UInt64(rounded)
      (whole, fraction) = (units / divisor, units % divisor)
    } else {
      // More digits than 64 bits hold: round the fraction on its own (x − ⌊x⌋ is exact).
      let floor = abs(x).rounded(.down)
      whole = UInt64(floor)
      fraction = UInt64(((abs(x) - floor) * scale).rounded(.toNearestOrAwayFromZero))
      if fraction == divisor { (whole, fraction) = (whole + 1, 0) }
    }
    if whole >= UInt64(Self.scientificFrom) { return scientific(x) }  // 999…9,5 rounded up
    let zero = whole == 0 && fraction == 0
    return (x < 0 && !zero ? "-" : "") + digits(whole: whole, fraction: fraction, decimals: decimals)
  }

  /// The first magnitude written in scientific form: 10¹⁵.
  static let scientificFrom = 1e15

  /// `whole` grouped by thousands, then `fraction` padded to `decimals` digits.
  private func digits(whole: UInt64, fraction: UInt64, decimals: Int) -> String {
    var digits = String(whole)
    var grouped = ""
    while digits.count > 3 {
      grouped = String(groupingMark) + String(digits.suffix(3)) + grouped
      digits.removeLast(3)
    }
    grouped = digits + grouped
    if decimals > 0 {
      let fractionDigits = String(fraction)
      grouped += String(decimalMark) + String(repeating: "0", count: max(0, decimals - fractionDigits.count))
      grouped += fractionDigits
    }
    return grouped
  }

  /// `x` (finite, |x| ≥ 1) as `d,ddE+n`: a mantissa in [1, 10) with two
  /// decimals, rounded half away from zero, and the power of ten.
  ///
  /// - Parameter shift: a power of ten the written number is multiplied by,
  ///   for a percentage of a share too large to multiply by 100.
  private func scientific(_ x: Double, shift: Int = 0) -> String {
    var exponent = Int(log10(abs(x)).rounded(.down))
    // Divide in two steps so that 10^exponent never overflows or loses range.
    var mantissa = abs(x) / pow(10, Double(exponent / 2)) / pow(10, Double(exponent - exponent / 2))
    if mantissa < 1 {  // log10 rounded up across a power of ten
      mantissa *= 10
      exponent -= 1
    }
    var hundredths = UInt64((mantissa * 100).rounded(.toNearestOrAwayFromZero))
    if hundredths >= 1000 {
      hundredths /= 10
      exponent += 1
    }
    let text = digits(whole: hundredths / 100, fraction: hundredths % 100, decimals: 2)
    return (x < 0 ? "-" : "") + text + "E+" + String(exponent + shift)
  }

  /// A number with as many decimals as it needs to be read (at most `maximum`),
  /// trailing zeros dropped: `13,25`, `725.000`, `0,65`.
  package func compact(_ x: Double, maximum: Int = 2) -> String {
    var decimals = maximum
    while decimals > 0 {
      var scale = 1.0
      for _ in 0..<(decimals - 1) { scale *= 10 }
      let coarser = (x * scale).rounded(.toNearestOrAwayFromZero) / scale
      if abs(coarser - x) > 1e-9 * max(1, abs(x)) { break }
      decimals -= 1
    }
    return number(x, decimals: decimals)
  }

  /// `low–high`, or one number when the two ends agree at this precision.
  package func range(_ interval: Interval, decimals: Int, scale: Double = 1) -> String {
    let low = number(interval.low / scale, decimals: decimals)
    let high = number(interval.high / scale, decimals: decimals)
    return low == high ? low : "\(low)–\(high)"
  }

  /// A range in the most readable form, using `compact` for each end.
  package func compactRange(_ interval: Interval, scale: Double = 1, maximum: Int = 2) -> String {
    let low = compact(interval.low / scale, maximum: maximum)
    let high = compact(interval.high / scale, maximum: maximum)
    return low == high ? low : "\(low)–\(high)"
  }

  /// A share as a percentage: `25 %` (da), `25%` (en).
  ///
  /// A share strictly between 0 and 1 never shows as `0 %` or `100 %`: more
  /// decimals are used (up to three) until it does not, so 0.996 is `99,6 %`
  /// even where whole percents are asked for.
  package func percent(_ share: Double, maximum: Int = 1) -> String {
    let percent = share * 100
    let sign = language == .da ? " %" : "%"
    if share.isFinite, !percent.isFinite { return scientific(share, shift: 2) + sign }
    var decimals = maximum
    var scale = 1.0
    for _ in 0..<max(0, decimals) { scale *= 10 }
    while share > 0, share < 1, decimals < 3 {
      let shown = (percent * scale).rounded(.toNearestOrAwayFromZero) / scale
      guard shown == 0 || shown == 100 else { break }
      decimals += 1
      scale *= 10
    }
    return compact(percent, maximum: decimals) + sign
  }

  /// A signed percentage for deviations: `+0,4 %`, `-1,3 %`.
  package func signedPercent(_ share: Double) -> String {
    let text =
      share.isFinite && !(share * 100).isFinite ? scientific(share, shift: 2) : number(share * 100, decimals: 1)
    let sign = share > 0 && text.contains(where: { $0 != "0" && $0 != "," && $0 != "." }) ? "+" : ""
    return sign + text + (language == .da ? " %" : "%")
  }

  /// The label for millions of kroner.
  package var millionKroner: String { language.pick("mio. kr.", "m DKK") }

  /// A value with its unit, as an analyst would write it: `25 %`, `20–25 mio. kr.`,
  /// `75–125 kr.`, `13,25 min.`, `725.000`.
  package func quantity(_ interval: Interval, unit: InputSpec.Unit?) -> String {
    switch unit {
    case .share:
      let low = percent(interval.low)
      let high = percent(interval.high)
      return low == high ? low : "\(percent(interval.low).dropLast(language == .da ? 2 : 1))–\(high)"
    case .kroner:
      if max(abs(interval.low), abs(interval.high)) >= 1e5 {
        return compactRange(interval, scale: 1e6, maximum: 3) + " " + millionKroner
      }
      return compactRange(interval) + " " + language.pick("kr.", "DKK")
    case .minutes: return compactRange(interval) + " min."
    case .days: return compactRange(interval) + " " + language.pick("døgn", "days")
    case .hours: return compactRange(interval) + " " + language.pick("timer", "hours")
    case .fte: return compactRange(interval, maximum: 1) + " " + language.pick("årsværk", "FTE")
    case .count, nil: return compactRange(interval, maximum: 2)
    }
  }
}

/// Plain machine-readable numbers for CSV and JSON: `1234.5`, `22000000`,
/// shortest text that reads back as the same `Double`.
package enum PlainNumber {
  package static func text(_ x: Double) -> String {
    if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
    return "\(x)"
  }
}
