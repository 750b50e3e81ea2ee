/// Escaping of text for XML, SVG and HTML: the one implementation the charts,
/// the HTML report and the spreadsheet parts share.
package enum XMLText {
  /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities, so it can
  /// stand in element content and in attribute values (single- or
  /// double-quoted). Tab and line breaks are kept; other characters that
  /// `dialect` does not allow are replaced as it says (see `Dialect`).
  ///
  /// ```swift
  /// XMLText.escape("a < 'b'")             // "a &lt; &#39;b&#39;"
  /// XMLText.escape("a < 'b'", as: .xml)   // "a &lt; &apos;b&apos;"
  /// ```
  ///
  /// - Parameters:
  ///   - text: Plain text.
  ///   - dialect: Where the text goes: `.html` (the default) for HTML and SVG,
  ///     `.xml` for strict XML 1.0 such as Office Open XML parts.
  /// - Complexity: O(*n*) in the length of `text`.
  package static func escape(_ text: String, as dialect: Dialect = .html) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += dialect.apostrophe
      case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
      default:
        if dialect.disallows(scalar) {
          result += dialect.replacement
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }

  /// `text` reduced to the characters allowed in an XML id: ASCII letters,
  /// digits, `-` and `_`, starting with a letter (others become `-`).
  package static func identifier(_ text: String) -> String {
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
