import Diagnostics

extension YAMLScanner {
  // MARK: - The start of a value

  /// Rejects a character that cannot start a plain scalar here, with a message
  /// that names the unsupported YAML feature it would start.
  ///
  /// - Parameter flow: whether the value is inside a flow collection, where
  ///   `,[]{}` also end a value.
  func checkPlainStart(flow: Bool) throws(Diagnostic) {
    let byte = peek()
    let next = peek(1)
    // Inside {…} or […] a comma ends a plain value, so “Region X, 2023” would
    // split into two: say why instead of reporting the pieces. (In block
    // style such a value is plain text and stays allowed.)
    if flow, let quote = typographicQuote() {
      throw error(
        "the value starts with the typographic quotation mark '\(quote)' (as word processors write them)",
        expected: "straight quotes: \"…\" or '…'")
    }
    let indicatorAlone = ASCII.isWhiteOrEnd(next) || (flow && ASCII.isFlowIndicator(next))
    switch byte {
    case ASCII.ampersand:
      throw error(
        "anchors (\(token())) are not supported in scenario files",
        expected: "the value written out in full")
    case ASCII.asterisk:
      throw error(
        "aliases (\(token())) are not supported in scenario files",
        expected: "the value written out in full")
    case ASCII.exclamation:
      throw error(
        "tags (\(token())) are not supported in scenario files",
        expected: "a plain or quoted value")
    case ASCII.pipe, ASCII.greaterThan:
      throw error(
        "block scalars (\(token())) are not supported in scenario files",
        expected: "a quoted string on one line")
    case ASCII.percent, ASCII.at, ASCII.backtick:
      var lookahead = self  // a copy: only to find where the value would end
      let text = Self.shortened(lookahead.scanPlain(flow: flow).text)
      throw error(
        "'\(text)' must be quoted: '\(Character(Unicode.Scalar(byte)))' cannot start a plain value",
        expected: "quotes: \(YAMLEmitter.doubleQuoted(text))")
    case ASCII.hash:
      throw error("unexpected '#'", expected: "a value, or a space before '#' to start a comment")
    case ASCII.comma, ASCII.closeBracket, ASCII.closeBrace:
      let character = Character(Unicode.Scalar(byte))
      throw error("unexpected '\(character)'", expected: "a value")
    case ASCII.minus where indicatorAlone:
      if flow {
        throw error(
          "block sequence entries ('- ') are not allowed inside a flow collection",
          expected: "'[a, b]' or a quoted value")
      }
      throw error("a sequence entry ('- ') cannot start here", expected: "a value")
    case ASCII.question where indicatorAlone:
      throw error(
        "explicit keys ('? ') are not supported in scenario files",
        expected: "'key: value'")
    case ASCII.colon where indicatorAlone:
      throw error("missing key before ':'", expected: "'key: value'")
    default:
      return
    }
  }

  /// The typographic quotation mark at the current position (`“ ” „ ‘ ’ « »`), if any.
  func typographicQuote() -> Character? {
    switch (peek(), peek(1), peek(2)) {
    case (0xE2, 0x80, 0x98), (0xE2, 0x80, 0x99), (0xE2, 0x80, 0x9C), (0xE2, 0x80, 0x9D), (0xE2, 0x80, 0x9E):
      return Character(String(decoding: [peek(), peek(1), peek(2)], as: UTF8.self))
    case (0xC2, 0xAB, _), (0xC2, 0xBB, _):
      return Character(String(decoding: [peek(), peek(1)], as: UTF8.self))
    default:
      return nil
    }
  }

  // MARK: - Plain scalars

  /// Reads a plain scalar on the current line, leaving the scanner at its end
  /// (before trailing blanks).
  ///
  /// A plain scalar ends at the line's end, at `: ` (or `:` at the end of the
  /// line), and before ` #`; inside a flow collection also at `,[]{}` and at a
  /// `:` followed by one of them. Call `checkPlainStart(flow:)` first.
  ///
  /// - Complexity: O(*n*) in the scalar's length.
  mutating func scanPlain(flow: Bool) -> YAMLScalar {
    let start = position
    let startLocation = location
    var index = position
    var end = position
    var columns = 0
    var columnsAtEnd = 0
    scan: while index < bytes.count {
      let current = bytes[index]
      if current & 0xC0 != 0x80 { columns += 1 }
      switch current {
      case ASCII.lineFeed:
        break scan
      case ASCII.colon:
        let next = self.byte(at: index + 1)
        if ASCII.isWhiteOrEnd(next) || (flow && ASCII.isFlowIndicator(next)) { break scan }
      case ASCII.space, ASCII.tab:
        if self.byte(at: index + 1) == ASCII.hash { break scan }
        index += 1
        continue scan
      default:
        if flow && ASCII.isFlowIndicator(current) { break scan }
      }
      index += 1
      end = index
      columnsAtEnd = columns
    }
    jump(to: end, columns: columnsAtEnd)
    return YAMLScalar(text: text(start..<end), style: .plain, location: startLocation)
  }

  // MARK: - Quoted scalars

  /// Reads a single- or double-quoted scalar, which must close on its line.
  ///
  /// - Throws: for a missing closing quote, or a bad escape in a double-quoted
  ///   scalar (located at its backslash).
  /// - Complexity: O(*n*) in the scalar's length.
  mutating func scanQuoted() throws(Diagnostic) -> YAMLScalar {
    let quote = peek()
    let startLocation = location
    let start = position
    var index = position + 1
    var value = [UInt8]()
    while true {
      let current = self.byte(at: index)
      if current == 0 || current == ASCII.lineFeed {
        let kind = quote == ASCII.singleQuote ? "single" : "double"
        let mark = quote == ASCII.singleQuote ? "'" : "\""
        throw error(
          "unterminated \(kind)-quoted string \(excerpt(from: start))", at: startLocation,
          expected: "a closing \(mark) on the same line")
      }
      if current == quote {
        if quote == ASCII.singleQuote, self.byte(at: index + 1) == ASCII.singleQuote {
          value.append(current)
          index += 2
          continue
        }
        index += 1
        break
      }
      if current == ASCII.backslash, quote == ASCII.doubleQuote {
        index = try unescape(at: index, into: &value)
        continue
      }
      value.append(current)
      index += 1
    }
    advance(to: index)
    let style: YAMLScalar.Style = quote == ASCII.singleQuote ? .singleQuoted : .doubleQuoted
    return YAMLScalar(
      text: String(decoding: value, as: UTF8.self), style: style, location: startLocation)
  }

  /// Decodes the escape whose backslash is at `index`, appending its UTF-8.
  ///
  /// - Returns: the index just after the escape.
  private func unescape(at index: Int, into value: inout [UInt8]) throws(Diagnostic) -> Int {
    let code = byte(at: index + 1)
    let simple: UInt8? =
      switch code {
      case ASCII.doubleQuote: ASCII.doubleQuote
      case ASCII.backslash: ASCII.backslash
      case ASCII.slash: ASCII.slash
      case UInt8(ascii: "n"): ASCII.lineFeed
      case UInt8(ascii: "t"): ASCII.tab
      case UInt8(ascii: "r"): ASCII.carriageReturn
      case UInt8(ascii: "0"): 0
      default: nil
      }
    if let simple {
      value.append(simple)
      return index + 2
    }
    let digits: Int
    switch code {
    case UInt8(ascii: "x"): digits = 2
    case UInt8(ascii: "u"): digits = 4
    case UInt8(ascii: "U"): digits = 8
    case 0, ASCII.lineFeed:
      throw error(
        "escaped line breaks are not supported in scenario files", at: location(at: index),
        expected: "the whole string on one line")
    default:
      let escape = Self.shortened(text(index..<min(index + 2 + Self.scalarTail(code), bytes.count)))
      throw error(
        "unsupported escape '\(escape)' in a double-quoted string", at: location(at: index),
        expected: #"one of \" \\ \/ \n \t \r \0 \xXX \uXXXX \UXXXXXXXX"#)
    }
    var scalarValue: UInt32 = 0
    var cursor = index + 2
    while cursor < index + 2 + digits, let digit = Self.hexValue(byte(at: cursor)) {
      scalarValue = scalarValue << 4 | digit
      cursor += 1
    }
    let escape = text(index..<cursor)
    guard cursor == index + 2 + digits else {
      throw error(
        "invalid escape '\(escape)'", at: location(at: index),
        expected: "\(digits) hexadecimal digits after '\(text(index..<index + 2))'")
    }
    guard let scalar = Unicode.Scalar(scalarValue) else {
      throw error(
        "invalid escape '\(escape)': not a Unicode character", at: location(at: index),
        expected: "a Unicode scalar value (not a surrogate)")
    }
    UTF8.encode(scalar) { value.append($0) }
    return cursor
  }

  /// How many continuation bytes follow a UTF-8 lead byte.
  private static func scalarTail(_ lead: UInt8) -> Int {
    switch lead {
    case 0xC0...0xDF: 1
    case 0xE0...0xEF: 2
    case 0xF0...0xFF: 3
    default: 0
    }
  }

  /// The value of an ASCII hexadecimal digit.
  private static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }
}
