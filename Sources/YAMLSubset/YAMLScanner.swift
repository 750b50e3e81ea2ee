import Diagnostics

/// A cursor over the normalized bytes of a scenario file that knows its line and
/// column, skips the whitespace and comments between tokens, and reads scalars.
///
/// The column is kept up to date byte by byte (continuation bytes of a UTF-8
/// sequence do not count), so asking for a location is O(1) and the whole scan
/// stays linear however long a line is. Byte 0 stands for the end of input: the
/// source check rejects NUL, so it cannot be a real character.
struct YAMLScanner: Sendable {
  /// Valid UTF-8 with LF line breaks (see `YAMLSource`).
  let bytes: [UInt8]
  /// The file name used in locations.
  let file: String
  /// The index of the next byte.
  private(set) var position = 0
  /// The 1-based line of `position`.
  private(set) var line = 1
  /// The 1-based column of `position`, counted in Unicode scalars.
  private(set) var column = 1
  /// Whether a content line has been found yet; decides how `---` is reported.
  private var hasSeenContent = false

  init(bytes: [UInt8], file: String) {
    self.bytes = bytes
    self.file = file
  }

  /// The location of the next character.
  var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }

  /// Whether all input has been consumed.
  var isAtEnd: Bool { position >= bytes.count }

  /// The byte `offset` places ahead, or 0 past the end.
  func peek(_ offset: Int = 0) -> UInt8 { byte(at: position + offset) }

  /// The byte at `index`, or 0 past the end.
  func byte(at index: Int) -> UInt8 { index < bytes.count ? bytes[index] : 0 }

  /// Whether the next character starts a sequence entry: `-` then whitespace.
  var atSequenceEntry: Bool { peek() == ASCII.minus && ASCII.isWhiteOrEnd(peek(1)) }

  /// Whether the next character is `:` followed by whitespace or the end of
  /// the line: the separator of a block mapping entry.
  var atBlockValueIndicator: Bool { peek() == ASCII.colon && ASCII.isWhiteOrEnd(peek(1)) }

  /// Whether a `#` here would start a comment: YAML needs whitespace (or the
  /// start of a line) before it.
  var commentAllowed: Bool {
    position == 0 || ASCII.isWhiteOrEnd(bytes[position - 1])
  }

  /// Whether the rest of the line is empty or a comment, after blanks.
  var atLineEnd: Bool {
    let byte = peek()
    return byte == 0 || byte == ASCII.lineFeed || (byte == ASCII.hash && commentAllowed)
  }

  /// Moves past one byte, keeping line and column right.
  mutating func advance() {
    guard position < bytes.count else { return }
    let byte = bytes[position]
    position += 1
    if byte == ASCII.lineFeed {
      line += 1
      column = 1
    } else if byte & 0xC0 != 0x80 {
      column += 1
    }
  }

  /// Moves forward to `target`.
  mutating func advance(to target: Int) {
    while position < target, position < bytes.count { advance() }
  }

  /// Moves forward to `target` on the current line, which is `columns`
  /// characters ahead; for scanners that counted them while looking ahead.
  mutating func jump(to target: Int, columns: Int) {
    position = min(target, bytes.count)
    column += columns
  }

  /// The location of `index`, which must be on the current line at or after
  /// `position`. Used for errors found while looking ahead.
  func location(at index: Int) -> SourceLocation {
    var column = self.column
    var cursor = position
    while cursor < index, cursor < bytes.count {
      if bytes[cursor] & 0xC0 != 0x80 { column += 1 }
      cursor += 1
    }
    return SourceLocation(file: file, line: line, column: column)
  }

  /// The text of `range` of the input.
  func text(_ range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }

  /// The rest of the line from `index`, without trailing blanks, shortened to
  /// 40 characters, for quoting in messages.
  func excerpt(from index: Int? = nil) -> String {
    let start = index ?? position
    var end = start
    while end < bytes.count, bytes[end] != ASCII.lineFeed { end += 1 }
    while end > start, ASCII.isBlank(bytes[end - 1]) { end -= 1 }
    return Self.shortened(text(start..<end))
  }

  /// `text` cut to 40 characters, with `…` when something was left off.
  static func shortened(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard scalars.count > 40 else { return text }
    return String(String.UnicodeScalarView(scalars.prefix(40))) + "…"
  }

  /// A `.data` diagnostic at `location` (by default the next character).
  func error(
    _ message: String, at location: SourceLocation? = nil, expected: String? = nil
  ) -> Diagnostic {
    Diagnostic(.data, at: location ?? self.location, message, expected: expected)
  }

  // MARK: - Whitespace, comments and lines

  /// Skips spaces and tabs on the current line.
  mutating func skipBlanks() {
    while ASCII.isBlank(peek()) { advance() }
  }

  /// Skips to the line feed ending the current line (not past it).
  mutating func skipToLineFeed() {
    while position < bytes.count, bytes[position] != ASCII.lineFeed { advance() }
  }

  /// Ends a line after a complete value: allows blanks and a comment, then
  /// consumes the line feed.
  ///
  /// - Parameter what: what came before, for the error ("the quoted string").
  /// - Throws: if anything else follows on the line.
  mutating func finishLine(after what: String) throws(Diagnostic) {
    skipBlanks()
    if peek() == ASCII.hash, commentAllowed { skipToLineFeed() }
    if peek() == ASCII.lineFeed {
      advance()
      return
    }
    if isAtEnd { return }
    throw error(
      "unexpected text '\(excerpt())' after \(what)",
      expected: "the end of the line or a comment (' # ...')")
  }

  /// From the start of a line, skips blank lines and comment lines and stops at
  /// the first character of the next content line (or the end of input).
  ///
  /// - Throws: for a tab in a content line's indentation, a directive (`%`) or
  ///   a document marker (`---`, `...`) at column 1.
  mutating func skipToContentLine() throws(Diagnostic) {
    while true {
      var tab: SourceLocation?
      while ASCII.isBlank(peek()) {
        if tab == nil, peek() == ASCII.tab { tab = location }
        advance()
      }
      let byte = peek()
      if byte == 0 { return }
      if byte == ASCII.lineFeed {
        advance()
        continue
      }
      if byte == ASCII.hash {
        skipToLineFeed()
        continue
      }
      if let tab { throw error("tab used for indentation", at: tab, expected: "spaces") }
      if column == 1 { try checkColumnOne() }
      hasSeenContent = true
      return
    }
  }

  /// Inside a flow collection, skips blanks, comments and line breaks up to
  /// the next token.
  ///
  /// - Parameters:
  ///   - blockIndent: the column of the enclosing block; continuation lines
  ///     must be indented past it, as YAML requires.
  ///   - opener: the collection's `[` or `{`, for the error when a line that
  ///     is not indented enough shows the collection was never closed.
  /// - Returns: whether a line break was crossed.
  mutating func skipFlowSeparation(
    blockIndent: Int, opener: SourceLocation, isMapping: Bool
  ) throws(Diagnostic) -> Bool {
    var crossedLine = false
    while true {
      skipBlanks()
      if peek() == ASCII.hash, commentAllowed { skipToLineFeed() }
      guard peek() == ASCII.lineFeed else { return crossedLine }
      advance()
      crossedLine = true
      var tab: SourceLocation?
      while ASCII.isBlank(peek()) {
        if tab == nil, peek() == ASCII.tab { tab = location }
        advance()
      }
      if atLineEnd { continue }
      if let tab { throw error("tab used for indentation", at: tab, expected: "spaces") }
      if column == 1 { try checkColumnOne() }
      guard column <= blockIndent else { continue }
      if peek() == ASCII.closeBracket || peek() == ASCII.closeBrace {
        throw error(
          "bad indentation of '\(excerpt())' (column \(column)) in a flow collection",
          expected: "the line indented past column \(blockIndent)")
      }
      let (name, open, close) = isMapping ? ("mapping", "{", "}") : ("sequence", "[", "]")
      throw error(
        "unterminated flow \(name): '\(open)' is not closed before '\(excerpt())' on line \(line)",
        at: opener,
        expected: "'\(close)', with continuation lines indented past column \(blockIndent)")
    }
  }

  /// Rejects directives and document markers, which YAML recognizes only at
  /// column 1.
  private func checkColumnOne() throws(Diagnostic) {
    let byte = peek()
    if byte == ASCII.percent {
      throw error(
        "directives (\(token())) are not supported in scenario files",
        expected: "the document without '%' lines")
    }
    guard byte == ASCII.minus || byte == ASCII.period, peek(1) == byte, peek(2) == byte,
      ASCII.isWhiteOrEnd(peek(3))
    else { return }
    if byte == ASCII.period {
      throw error(
        "document end markers ('...') are not supported in scenario files",
        expected: "the document without a '...' line")
    }
    if hasSeenContent {
      throw error(
        "multiple documents are not supported in scenario files ('---' starts a new one)",
        expected: "one document per file")
    }
    throw error(
      "document markers ('---') are not supported in scenario files",
      expected: "the document without a '---' line")
  }

  /// The token starting at the next character, up to whitespace or a flow
  /// indicator: `&anchor`, `!tag`, `%YAML`.
  func token() -> String {
    var end = position + 1
    while end < bytes.count, !ASCII.isWhiteOrEnd(bytes[end]), !ASCII.isFlowIndicator(bytes[end]) {
      end += 1
    }
    return Self.shortened(text(position..<min(end, bytes.count)))
  }
}
