/// Escaping of text for XML, SVG and HTML.
public enum XMLText {
  /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities, so it can
  /// stand in element content and in attribute values (single- or
  /// double-quoted). Control characters other than tab and line breaks, which
  /// XML 1.0 forbids, become spaces.
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
          result += " "
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }

  /// `text` reduced to the characters allowed in an XML id: ASCII letters,
  /// digits, `-` and `_`, starting with a letter (others become `-`).
  public static func identifier(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      let isLetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
      let isDigit = ("0"..."9").contains(scalar)
      result += isLetter || isDigit || scalar == "_" ? String(scalar) : "-"
    }
    if let first = result.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) {
      return result
    }
    return "c" + result
  }
}
