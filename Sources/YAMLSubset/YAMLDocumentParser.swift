import Diagnostics

/// The recursive-descent parser behind `YAMLParser`: block structure here,
/// flow collections in `YAMLDocumentParser+Flow.swift`.
///
/// Block structure is decided line by line from indentation. Every block
/// function starts at the first character of its node and returns with the
/// scanner at the first character of the next content line (or the end of
/// input), so the caller only has to compare that line's column with its own.
/// Columns here are 1-based, and the document itself has indent 0.
///
/// Recursion is bounded by `maximumDepth` (each nested collection adds one
/// level), so hostile input gives an error, never a stack overflow.
struct YAMLDocumentParser: Sendable {
  var scanner: YAMLScanner
  let maximumDepth: Int

  /// Parses the single document of the input.
  ///
  /// - Returns: the root node, or `nil` if the input holds only whitespace and
  ///   comments.
  mutating func parseDocument() throws(Diagnostic) -> YAMLNode? {
    try scanner.skipToContentLine()
    if scanner.isAtEnd { return nil }
    let root = try parseBlockNode(parentIndent: 0, depth: 0)
    if !scanner.isAtEnd {
      throw scanner.error(
        "bad indentation of '\(scanner.excerpt())' (column \(scanner.column))",
        expected: "column \(root.location.column), like the document's first line")
    }
    return root
  }

  /// Throws if one more level of nesting would pass the limit.
  func checkDepth(_ depth: Int, at location: SourceLocation) throws(Diagnostic) {
    guard depth > maximumDepth else { return }
    throw scanner.error(
      "nesting deeper than \(maximumDepth) levels is not supported", at: location,
      expected: "a flatter structure")
  }

  // MARK: - Block nodes

  /// Parses the node that starts at the scanner's position, at the start of a
  /// line or after `- `: a block sequence, a block mapping (if a key and `: `
  /// follow), a flow collection or a scalar.
  ///
  /// - Parameters:
  ///   - parentIndent: the column of the enclosing block (0 for the document);
  ///     lines that follow a scalar must not be indented past it.
  ///   - depth: the nesting depth of the enclosing collection.
  mutating func parseBlockNode(parentIndent: Int, depth: Int) throws(Diagnostic) -> YAMLNode {
    let start = scanner.location
    let first = scanner.peek()
    if scanner.atSequenceEntry {
      return try parseBlockSequence(indent: start.column, depth: depth + 1, sharesIndent: false)
    }
    if first == ASCII.openBracket || first == ASCII.openBrace {
      let node = try parseFlowCollection(blockIndent: parentIndent, depth: depth + 1)
      scanner.skipBlanks()
      if scanner.atBlockValueIndicator { throw complexKey(at: start) }
      try scanner.finishLine(after: "the closed flow collection")
      try scanner.skipToContentLine()
      try checkAfterValue(parentIndent: parentIndent, plain: nil)
      return node
    }
    let scalar = try scanScalar(flow: false)
    scanner.skipBlanks()
    if scanner.atBlockValueIndicator {
      return try parseBlockMapping(indent: start.column, firstKey: scalar, depth: depth + 1)
    }
    try scanner.finishLine(after: description(of: scalar))
    try scanner.skipToContentLine()
    try checkAfterValue(parentIndent: parentIndent, plain: scalar.style == .plain ? scalar : nil)
    return YAMLNode(content: .scalar(scalar), location: scalar.location)
  }

  /// Reads a quoted or plain scalar, after rejecting characters that start
  /// something unsupported.
  mutating func scanScalar(flow: Bool) throws(Diagnostic) -> YAMLScalar {
    let first = scanner.peek()
    if first == ASCII.doubleQuote || first == ASCII.singleQuote {
      return try scanner.scanQuoted()
    }
    try scanner.checkPlainStart(flow: flow)
    return scanner.scanPlain(flow: flow)
  }

  /// Parses a block mapping whose first key has been read; the scanner is at
  /// that key's `:`.
  ///
  /// - Parameter indent: the column of the keys.
  mutating func parseBlockMapping(
    indent: Int, firstKey: YAMLScalar, depth: Int
  ) throws(Diagnostic) -> YAMLNode {
    try checkDepth(depth, at: firstKey.location)
    var entries: [YAMLNode.Entry] = []
    var keys = YAMLKeyRegistry()
    var key = firstKey
    while true {
      if let firstLine = keys.firstLine(ofDuplicate: key) {
        throw scanner.error(
          "duplicate key '\(key.text)' (first at line \(firstLine))", at: key.location)
      }
      scanner.advance()  // the ':'
      let value = try parseMappingValue(keyIndent: indent, key: key, depth: depth)
      entries.append(YAMLNode.Entry(key: key, value: value))
      if scanner.isAtEnd || scanner.column < indent { break }
      if scanner.column > indent {
        var columns = "column \(indent)"
        if !value.isFlow, value.scalar == nil {
          columns += " (a key of this mapping) or \(value.location.column) (as the lines above)"
        }
        throw scanner.error(
          "bad indentation of '\(scanner.excerpt())' (column \(scanner.column))",
          expected: columns)
      }
      key = try scanKey(mappingIndent: indent, depth: depth)
    }
    return YAMLNode(content: .mapping(entries), location: firstKey.location)
  }

  /// Reads the next key of a block mapping, at the keys' column, up to its `:`.
  mutating func scanKey(mappingIndent: Int, depth: Int) throws(Diagnostic) -> YAMLScalar {
    let start = scanner.location
    let first = scanner.peek()
    if scanner.atSequenceEntry {
      throw scanner.error(
        "unexpected sequence entry '\(scanner.excerpt())' among the keys of a mapping",
        expected: "'key: value' at column \(mappingIndent)")
    }
    if first == ASCII.openBracket || first == ASCII.openBrace {
      _ = try parseFlowCollection(blockIndent: mappingIndent, depth: depth + 1)
      scanner.skipBlanks()
      if scanner.atBlockValueIndicator { throw complexKey(at: start) }
      throw scanner.error(
        "expected a key, found a flow collection", at: start, expected: "'key: value'")
    }
    let key = try scanScalar(flow: false)
    scanner.skipBlanks()
    if scanner.atBlockValueIndicator { return key }
    throw scanner.error(
      "missing ':' after key \(description(of: key))", at: start,
      expected: key.style == .plain && key.text.contains(":")
        ? "a space after ':' ('key: value')" : "'key: value'")
  }

  /// Parses the value of a block mapping entry; the scanner is just after the
  /// `:`. The value is on the same line, on the lines below (indented past the
  /// key, or a `- ` sequence at the key's column), or absent (a null).
  mutating func parseMappingValue(
    keyIndent: Int, key: YAMLScalar, depth: Int
  ) throws(Diagnostic) -> YAMLNode {
    let afterColon = scanner.location
    scanner.skipBlanks()
    if scanner.atLineEnd {
      try scanner.finishLine(after: "the key")
      try scanner.skipToContentLine()
      if !scanner.isAtEnd {
        if scanner.column > keyIndent {
          return try parseBlockNode(parentIndent: keyIndent, depth: depth)
        }
        if scanner.column == keyIndent, scanner.atSequenceEntry {
          return try parseBlockSequence(indent: keyIndent, depth: depth + 1, sharesIndent: true)
        }
      }
      return YAMLNode(
        content: .scalar(YAMLScalar(text: "", style: .plain, location: afterColon)),
        location: afterColon)
    }
    if scanner.atSequenceEntry {
      throw scanner.error(
        "a sequence cannot start on the same line as its key '\(key.text)'",
        expected: "'- item' lines below the key, indented")
    }
    let first = scanner.peek()
    let node: YAMLNode
    var plain: YAMLScalar?
    if first == ASCII.openBracket || first == ASCII.openBrace {
      node = try parseFlowCollection(blockIndent: keyIndent, depth: depth + 1)
      scanner.skipBlanks()
      try scanner.finishLine(after: "the closed flow collection")
    } else {
      let scalar = try scanScalar(flow: false)
      scanner.skipBlanks()
      if scanner.atBlockValueIndicator {
        let colon = scanner.location
        let whole = scanner.excerpt(from: scanner.position)
        let text = "\(scalar.text)\(whole.hasPrefix(":") ? "" : " ")\(whole)"
        if scalar.style == .plain {
          throw scanner.error(
            "a plain value cannot contain ': ' in '\(text)'", at: colon,
            expected: "the value in quotes: \(YAMLEmitter.doubleQuoted(text))")
        }
        throw scanner.error(
          "unexpected ':' after \(description(of: scalar))", at: colon,
          expected: "one value per key")
      }
      try scanner.finishLine(after: description(of: scalar))
      node = YAMLNode(content: .scalar(scalar), location: scalar.location)
      if scalar.style == .plain { plain = scalar }
    }
    try scanner.skipToContentLine()
    try checkAfterValue(parentIndent: keyIndent, plain: plain)
    return node
  }

  /// Parses a block sequence; the scanner is at its first `-`.
  ///
  /// - Parameters:
  ///   - indent: the column of the `-` indicators.
  ///   - sharesIndent: whether the sequence is a mapping value written at its
  ///     key's column (`key:` then `- item`); a line at that column that is not
  ///     an entry then ends the sequence instead of being an error.
  mutating func parseBlockSequence(
    indent: Int, depth: Int, sharesIndent: Bool
  ) throws(Diagnostic) -> YAMLNode {
    let start = scanner.location
    try checkDepth(depth, at: start)
    var items: [YAMLNode] = []
    while true {
      scanner.advance()  // the '-'
      let afterDash = scanner.location
      var tab: SourceLocation?
      while ASCII.isBlank(scanner.peek()) {
        if tab == nil, scanner.peek() == ASCII.tab { tab = scanner.location }
        scanner.advance()
      }
      if scanner.atLineEnd {
        try scanner.finishLine(after: "'-'")
        try scanner.skipToContentLine()
        if !scanner.isAtEnd, scanner.column > indent {
          items.append(try parseBlockNode(parentIndent: indent, depth: depth))
        } else {
          items.append(
            YAMLNode(
              content: .scalar(YAMLScalar(text: "", style: .plain, location: afterDash)),
              location: afterDash))
        }
      } else {
        if let tab, scanner.atSequenceEntry {
          throw scanner.error("tab used for indentation", at: tab, expected: "spaces")
        }
        let item = try parseBlockNode(parentIndent: indent, depth: depth)
        if let tab, item.mapping != nil, !item.isFlow {
          throw scanner.error("tab used for indentation", at: tab, expected: "spaces")
        }
        items.append(item)
      }
      if scanner.isAtEnd || scanner.column < indent { break }
      if scanner.column > indent {
        throw scanner.error(
          "bad indentation of '\(scanner.excerpt())' (column \(scanner.column))",
          expected: "'- ' at column \(indent) or less")
      }
      if scanner.atSequenceEntry { continue }
      if sharesIndent { break }
      throw scanner.error(
        "expected a sequence entry, found '\(scanner.excerpt())'",
        expected: "'- ' at column \(indent)")
    }
    return YAMLNode(content: .sequence(items), location: start)
  }

  /// After a scalar or flow collection that ended its line, checks that the next
  /// content line is not indented past the enclosing block, which would make it
  /// a continuation of the value.
  ///
  /// - Parameter plain: the value, if it was a plain scalar (a continuation line
  ///   then reads as a multi-line plain scalar).
  func checkAfterValue(parentIndent: Int, plain: YAMLScalar?) throws(Diagnostic) {
    guard !scanner.isAtEnd, scanner.column > parentIndent else { return }
    let text = scanner.excerpt()
    if let plain, !looksLikeStructure() {
      throw scanner.error(
        "multi-line plain scalars are not supported: this line continues "
          + "'\(YAMLScanner.shortened(plain.text))' from line \(plain.location.line)",
        expected: "the whole value on one line")
    }
    if parentIndent == 0 {
      throw scanner.error(
        "unexpected '\(text)' after the document's value",
        expected: "a single value, mapping or sequence")
    }
    throw scanner.error(
      "bad indentation of '\(text)' (column \(scanner.column))",
      expected: "column \(parentIndent) or less")
  }

  /// Whether the current line looks like a mapping entry or a sequence entry,
  /// so that an over-indented line is reported as bad indentation rather than
  /// as the continuation of a value.
  private func looksLikeStructure() -> Bool {
    if scanner.atSequenceEntry { return true }
    var index = scanner.position
    while index < scanner.bytes.count, scanner.bytes[index] != ASCII.lineFeed {
      if scanner.bytes[index] == ASCII.colon, ASCII.isWhiteOrEnd(scanner.byte(at: index + 1)) {
        return true
      }
      index += 1
    }
    return false
  }

  /// The error for a flow collection used as a mapping key.
  func complexKey(at location: SourceLocation) -> Diagnostic {
    scanner.error(
      "complex keys (a flow collection as a key) are not supported in scenario files",
      at: location, expected: "a plain or quoted key")
  }

  /// How a scalar is named in messages: `'text'` for plain, quoted as written
  /// otherwise.
  func description(of scalar: YAMLScalar) -> String {
    let text = YAMLScanner.shortened(scalar.text)
    switch scalar.style {
    case .plain: return "'\(text)'"
    case .singleQuoted, .doubleQuoted: return "the quoted string \(YAMLEmitter.doubleQuoted(text))"
    }
  }
}
