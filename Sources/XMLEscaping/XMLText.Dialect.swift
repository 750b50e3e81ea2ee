extension XMLText {
  /// Where escaped text goes. The dialects differ only in how they write `'`
  /// and in what becomes of characters the markup may not hold; both write
  /// `& < > "` as the named entities and keep tab and line breaks.
  package enum Dialect: Sendable, Equatable {
    /// HTML and SVG (the charts and the HTML report). `'` is written `&#39;`,
    /// since HTML 4 has no `&apos;`; C0 control characters and DEL, which
    /// HTML does not allow in text, become spaces, so the words on either
    /// side stay apart.
    case html
    /// Strict XML 1.0, as the Office Open XML parts of a workbook need it.
    /// `'` is written `&apos;`; the characters XML 1.0 does not allow (C0
    /// controls, U+FFFE, U+FFFF) are dropped. DEL is allowed and kept.
    case xml

    /// How `'` is written.
    var apostrophe: String {
      switch self {
      case .html: "&#39;"
      case .xml: "&apos;"
      }
    }

    /// What a character the dialect does not allow becomes.
    var replacement: String {
      switch self {
      case .html: " "
      case .xml: ""
      }
    }

    /// Whether `scalar` (never tab, line feed or carriage return, which are
    /// always kept) may not stand in text of this dialect.
    func disallows(_ scalar: Unicode.Scalar) -> Bool {
      let value = scalar.value
      if value < 0x20 || value == 0xFFFE || value == 0xFFFF { return true }
      return self == .html && value == 0x7F
    }
  }
}
