/// Writes a node tree back as text in the subset `YAMLParser` reads.
///
/// The output is canonical: block collections in block style with a 2-space
/// indent, flow collections (`isFlow`) on one line in flow style, mappings in
/// their given order, a null as `key:` (or `-`). A plain scalar stays plain
/// unless its text would read back differently, and is then double-quoted with
/// escapes; quoted scalars keep their quotes (single quotes become double ones
/// only when the text holds characters that need an escape). So for any tree
/// the parser produced, `parse(emit(x))` equals `x` up to locations.
///
/// ```swift
/// YAMLEmitter.emit(root)  // "share: 25%\nnote: \"a: b\"\n"
/// ```
///
/// Trees built by hand can hold what the subset cannot write; the emitter then
/// picks the nearest text: an empty block collection is written `{}` or `[]`
/// (it reads back as flow), a null inside a flow sequence as `""`, a block
/// collection inside a flow one in flow style, and a null root as empty text.
package enum YAMLEmitter {
  /// Canonical block-style text for a node tree, ending with a line break.
  ///
  /// - Complexity: O(*n*) in the size of the output.
  package static func emit(_ node: YAMLNode) -> String {
    var out = ""
    switch node.content {
    case .scalar(let scalar):
      if scalar.isNull { return "" }
      out = scalarText(scalar, flow: false, at: .documentStart) + "\n"
    case .mapping(let entries) where !node.isFlow && !entries.isEmpty:
      writeMapping(entries, indent: 0, continuingLine: false, into: &out)
    case .sequence(let items) where !node.isFlow && !items.isEmpty:
      writeSequence(items, indent: 0, continuingLine: false, into: &out)
    default:
      out = flowText(node) + "\n"
    }
    return out
  }

  // MARK: - Block style

  /// Writes the entries of a block mapping at `indent` spaces.
  ///
  /// - Parameter continuingLine: whether the first entry goes on a line already
  ///   started (after `- `).
  private static func writeMapping(
    _ entries: [YAMLNode.Entry], indent: Int, continuingLine: Bool, into out: inout String
  ) {
    let pad = String(repeating: " ", count: indent)
    for (index, entry) in entries.enumerated() {
      if !(continuingLine && index == 0) { out += pad }
      let place: Place = indent > 0 ? .inline : index == 0 ? .documentStart : .lineStart
      out += scalarText(entry.key, flow: false, isKey: true, at: place) + ":"
      let value = entry.value
      switch value.content {
      case .scalar(let scalar):
        out += scalar.isNull ? "\n" : " " + scalarText(scalar, flow: false) + "\n"
      case .mapping(let nested) where !value.isFlow && !nested.isEmpty:
        out += "\n"
        writeMapping(nested, indent: indent + 2, continuingLine: false, into: &out)
      case .sequence(let items) where !value.isFlow && !items.isEmpty:
        out += "\n"
        writeSequence(items, indent: indent + 2, continuingLine: false, into: &out)
      default:
        out += " " + flowText(value) + "\n"
      }
    }
  }

  /// Writes the items of a block sequence, with their `-` at `indent` spaces.
  private static func writeSequence(
    _ items: [YAMLNode], indent: Int, continuingLine: Bool, into out: inout String
  ) {
    let pad = String(repeating: " ", count: indent)
    for (index, item) in items.enumerated() {
      if !(continuingLine && index == 0) { out += pad }
      switch item.content {
      case .scalar(let scalar):
        out += scalar.isNull ? "-\n" : "- " + scalarText(scalar, flow: false) + "\n"
      case .mapping(let entries) where !item.isFlow && !entries.isEmpty:
        out += "- "
        writeMapping(entries, indent: indent + 2, continuingLine: true, into: &out)
      case .sequence(let nested) where !item.isFlow && !nested.isEmpty:
        out += "- "
        writeSequence(nested, indent: indent + 2, continuingLine: true, into: &out)
      default:
        out += "- " + flowText(item) + "\n"
      }
    }
  }

  // MARK: - Flow style

  /// The one-line flow text of a node: `[a, b]`, `{k: v}` or a scalar.
  ///
  /// - Parameter beforeComma: whether a `,` follows, which would cut a plain
  ///   scalar with an unclosed `(` (the parser reports that as an error).
  private static func flowText(_ node: YAMLNode, beforeComma: Bool = false) -> String {
    switch node.content {
    case .scalar(let scalar):
      if scalar.isNull { return "\"\"" }
      return scalarText(scalar, flow: true, beforeComma: beforeComma)
    case .sequence(let items):
      let parts = items.indices.map { flowText(items[$0], beforeComma: $0 < items.count - 1) }
      return "[" + parts.joined(separator: ", ") + "]"
    case .mapping(let entries):
      let parts = entries.indices.map { index in
        let entry = entries[index]
        let key = scalarText(entry.key, flow: true, isKey: true) + ":"
        if entry.value.isNull { return key }
        return key + " " + flowText(entry.value, beforeComma: index < entries.count - 1)
      }
      return "{" + parts.joined(separator: ", ") + "}"
    }
  }

  // MARK: - Scalars

  /// A scalar as it must be written to read back with the same text and, where
  /// possible, the same style.
  static func scalarText(
    _ scalar: YAMLScalar, flow: Bool, isKey: Bool = false, beforeComma: Bool = false,
    at place: Place = .inline
  ) -> String {
    let text = scalar.text
    switch scalar.style {
    case .plain:
      let safe = isPlainSafe(
        text, flow: flow, isKey: isKey, beforeComma: beforeComma, at: place)
      return safe ? text : doubleQuoted(text)
    case .singleQuoted:
      guard text.unicodeScalars.allSatisfy({ $0 == "\t" || !needsEscape($0) }) else {
        return doubleQuoted(text)
      }
      return "'" + text.doublingQuotes() + "'"
    case .doubleQuoted:
      return doubleQuoted(text)
    }
  }

  /// `text` in double quotes, with `"` and `\` escaped and every character that
  /// YAML does not allow raw (or that would break the line) written as an escape.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  static func doubleQuoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      case "\0": out += "\\0"
      default:
        if needsEscape(scalar) || scalar == "\u{FEFF}" {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          out +=
            scalar.value <= 0xFF
            ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
            : "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// Whether a character must be escaped: C0 and C1 controls (tab included),
  /// DEL, U+FFFE and U+FFFF.
  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
    default: false
    }
  }

  /// Whether `text` reads back as the same plain scalar: it does not start with
  /// an indicator or a blank, is not a document marker, holds no `: ` or ` #`,
  /// no character needing an escape, does not end in a blank (nor, unless it is
  /// a key, in `:`), and in flow context has no `,[]{}` and, before a comma, no
  /// unclosed `(`.
  static func isPlainSafe(
    _ text: String, flow: Bool, isKey: Bool = false, beforeComma: Bool = false,
    at place: Place = .inline
  ) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard let first = scalars.first, let last = scalars.last else { return false }
    if first == " " || first == "\t" || last == " " || last == "\t" { return false }
    // A leading U+FEFF would be read as a byte order mark at the start of a file.
    if place == .documentStart, first == "\u{FEFF}" { return false }
    for marker in ["---", "..."] where place != .inline && text.hasPrefix(marker) {
      let rest = text.unicodeScalars.dropFirst(3)
      if rest.first.map({ $0 == " " || $0 == "\t" }) ?? true { return false }
    }
    func isFlowIndicator(_ scalar: Unicode.Scalar) -> Bool {
      ",[]{}".unicodeScalars.contains(scalar)
    }
    func endsIndicator(_ next: Unicode.Scalar?) -> Bool {
      guard let next else { return true }
      return next == " " || next == "\t" || (flow && isFlowIndicator(next))
    }
    let second = scalars.count > 1 ? scalars[1] : nil
    switch first {
    case "-", "?", ":":
      if endsIndicator(second) { return false }
    case ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`":
      return false
    default:
      break
    }
    var depth = 0
    for (index, scalar) in scalars.enumerated() {
      let next = index + 1 < scalars.count ? scalars[index + 1] : nil
      switch scalar {
      case "\t":
        if next == "#" { return false }
      case ":":
        if endsIndicator(next), !(isKey && next == nil) { return false }
      case " ":
        if next == "#" { return false }
      case "(":
        depth += 1
      case ")":
        depth -= 1
      default:
        if needsEscape(scalar) || (flow && isFlowIndicator(scalar)) { return false }
      }
    }
    return !(flow && beforeComma && depth > 0)
  }
}

extension YAMLEmitter {
  /// Where on its line a scalar is written, which decides whether it could be
  /// mistaken for a document marker (`---` at column 1) or a byte order mark.
  enum Place {
    /// After other text on the line.
    case inline
    /// At column 1.
    case lineStart
    /// The very first character of the output.
    case documentStart
  }
}

extension String {
  /// Every `'` written twice, as single-quoted YAML needs (Foundation-free).
  ///
  /// Works on Unicode scalars, not characters: a quote followed by a
  /// combining mark (`'` U+034B) is one `Character` that is not `"'"`, but
  /// its quote must still be doubled.
  fileprivate func doublingQuotes() -> String {
    var out = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      out.append(scalar)
      if scalar == "'" { out.append(scalar) }
    }
    return String(out)
  }
}
