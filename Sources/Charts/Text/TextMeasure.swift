/// Estimated widths of chart text, so labels can be placed without overlap
/// before a browser ever lays them out.
///
/// The widths are the advance widths of the wider of DejaVu Sans and
/// Liberation Sans (metric-compatible with Arial) at each character, read
/// from the fonts' `hmtx` tables, so the estimate is never narrower than the
/// text in either font; other sans-serif faces (Helvetica, Arial) are
/// narrower still. Characters outside the table count as 1 em.
package enum TextMeasure {
  /// Widths in thousandths of an em of U+0020 … U+007E, regular weight.
  static let regular: [UInt16] = [
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636,
    636, 636, 636, 636, 337, 337, 838, 838, 838, 556, 1015, 684, 686, 722, 770, 667, 611, 778, 752, 295, 500, 667,
    557, 863, 748, 787, 667, 787, 722, 667, 611, 732, 684, 989, 685, 667, 685, 390, 337, 390, 838, 556, 500, 613,
    635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818,
    592, 592, 525, 636, 337, 636, 838,
  ]
  /// Widths in thousandths of an em of U+0020 … U+007E, bold.
  static let bold: [UInt16] = [
    348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696,
    696, 696, 696, 696, 400, 400, 838, 838, 838, 611, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 556, 775,
    637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 556, 500, 675,
    716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924,
    645, 652, 582, 712, 365, 712, 838,
  ]
  /// Widths (regular, bold) of the non-ASCII characters reports use.
  static let extra: [Character: (regular: UInt16, bold: UInt16)] = [
    "æ": (982, 1048), "ø": (612, 687), "å": (613, 675), "Æ": (1000, 1085), "Ø": (787, 850), "Å": (684, 774),
    "é": (615, 678), "ü": (634, 712), "–": (556, 556), "—": (1000, 1000), "×": (838, 838), "·": (318, 380),
    "…": (1000, 1000), "−": (838, 838), "≈": (838, 838), "≤": (838, 838), "≥": (838, 838), "±": (838, 838),
    "\u{00A0}": (318, 348),
  ]

  /// The estimated width of `text` in points.
  ///
  /// - Parameters:
  ///   - text: One line of text.
  ///   - fontSize: The font size in points.
  ///   - bold: True for bold text.
  /// - Complexity: O(n) in the characters of `text`.
  package static func width(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
    var thousandths = 0
    for character in text {
      if let ascii = character.asciiValue, ascii >= 32, ascii < 127 {
        thousandths += Int((bold ? Self.bold : regular)[Int(ascii) - 32])
      } else if let widths = extra[character] {
        thousandths += Int(bold ? widths.bold : widths.regular)
      } else {
        thousandths += 1000
      }
    }
    return Double(thousandths) / 1000 * fontSize
  }

  /// `text`, or its longest prefix that fits in `maxWidth` followed by `…`.
  ///
  /// - Returns: The text unchanged when it fits; otherwise a shortened text
  ///   with the ellipsis (just `…` when not even one character fits).
  package static func truncated(_ text: String, toWidth maxWidth: Double, fontSize: Double, bold: Bool = false)
    -> String
  {
    if width(text, fontSize: fontSize, bold: bold) <= maxWidth { return text }
    var prefix = Substring(text)
    while !prefix.isEmpty {
      prefix = prefix.dropLast()
      let candidate = prefix.trimmingTrailingSpaces() + "…"
      if width(candidate, fontSize: fontSize, bold: bold) <= maxWidth { return candidate }
    }
    return "…"
  }

  /// `text` broken at spaces into lines no wider than `maxWidth` (a single
  /// word wider than that gets a line of its own, truncated).
  package static func wrapped(_ text: String, toWidth maxWidth: Double, fontSize: Double, bold: Bool = false)
    -> [String]
  {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      let candidate = line.isEmpty ? String(word) : line + " " + word
      if width(candidate, fontSize: fontSize, bold: bold) <= maxWidth || line.isEmpty {
        line = candidate
      } else {
        lines.append(line)
        line = String(word)
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines.map { truncated($0, toWidth: maxWidth, fontSize: fontSize, bold: bold) }
  }
}

extension Substring {
  fileprivate func trimmingTrailingSpaces() -> String {
    var text = self
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
}
