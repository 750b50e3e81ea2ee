import Diagnostics

extension YAMLDocumentParser {
  // MARK: - Flow collections

  /// Parses a flow sequence `[a, b]` or flow mapping `{k: v}`; the scanner is
  /// at the opening bracket. Flow collections may nest and span lines.
  ///
  /// - Parameters:
  ///   - blockIndent: the column of the enclosing block; continuation lines
  ///     must be indented past it.
  ///   - depth: the nesting depth of this collection.
  mutating func parseFlowCollection(blockIndent: Int, depth: Int) throws(Diagnostic) -> YAMLNode {
    let open = scanner.location
    try checkDepth(depth, at: open)
    let isMapping = scanner.peek() == ASCII.openBrace
    let closer = isMapping ? ASCII.closeBrace : ASCII.closeBracket
    let other = isMapping ? ASCII.closeBracket : ASCII.closeBrace
    let name = isMapping ? "flow mapping" : "flow sequence"
    scanner.advance()
    var items: [YAMLNode] = []
    var entries: [YAMLNode.Entry] = []
    var keys = YAMLKeyRegistry()
    while true {
      _ = try scanner.skipFlowSeparation(
        blockIndent: blockIndent, opener: open, isMapping: isMapping)
      let next = scanner.peek()
      if scanner.isAtEnd { throw unterminated(name, at: open) }
      if next == closer {
        scanner.advance()
        break
      }
      if next == ASCII.comma {
        throw scanner.error("unexpected ',' in a \(name)", expected: "a value before ','")
      }
      if next == other { throw mismatched(next, name: name, at: open) }
      let lastValue: YAMLNode
      if isMapping {
        let key = try scanFlowKey()
        scanner.skipBlanks()
        guard scanner.peek() == ASCII.colon else {
          throw scanner.error(
            "missing ':' after key \(description(of: key)) in a flow mapping", at: key.location,
            expected: "'key: value'")
        }
        if let firstLine = keys.firstLine(ofDuplicate: key) {
          throw scanner.error(
            "duplicate key '\(key.text)' (first at line \(firstLine))", at: key.location)
        }
        scanner.advance()  // the ':'
        let afterColon = scanner.location
        _ = try scanner.skipFlowSeparation(
          blockIndent: blockIndent, opener: open, isMapping: isMapping)
        if scanner.peek() == ASCII.comma || scanner.peek() == closer {
          lastValue = YAMLNode(
            content: .scalar(YAMLScalar(text: "", style: .plain, location: afterColon)),
            location: afterColon)
        } else {
          lastValue = try parseFlowNode(blockIndent: blockIndent, depth: depth)
        }
        entries.append(YAMLNode.Entry(key: key, value: lastValue))
      } else {
        lastValue = try parseFlowNode(blockIndent: blockIndent, depth: depth)
        scanner.skipBlanks()
        if scanner.peek() == ASCII.colon {
          throw scanner.error(
            "a mapping inside a flow sequence must be written in braces",
            expected: "'{key: value}' as the sequence's item")
        }
        items.append(lastValue)
      }
      let crossedLine = try scanner.skipFlowSeparation(
        blockIndent: blockIndent, opener: open, isMapping: isMapping)
      let after = scanner.peek()
      if after == ASCII.comma {
        scanner.advance()
        continue
      }
      if after == closer {
        scanner.advance()
        break
      }
      if scanner.isAtEnd { throw unterminated(name, at: open) }
      if after == other { throw mismatched(after, name: name, at: open) }
      if crossedLine, let scalar = lastValue.scalar, scalar.style == .plain, !scalar.isNull {
        throw scanner.error(
          "multi-line plain scalars are not supported: this line continues "
            + "'\(YAMLScanner.shortened(scalar.text))' from line \(scalar.location.line)",
          expected: "the whole value on one line, or ',' between values")
      }
      let closing = Character(Unicode.Scalar(closer))
      throw scanner.error(
        "unexpected '\(scanner.excerpt())' in a \(name)", expected: "',' or '\(closing)'")
    }
    let content: YAMLNode.Content = isMapping ? .mapping(entries) : .sequence(items)
    return YAMLNode(content: content, location: open, isFlow: true)
  }

  /// Parses one value inside a flow collection: a nested collection or a scalar.
  mutating func parseFlowNode(blockIndent: Int, depth: Int) throws(Diagnostic) -> YAMLNode {
    let first = scanner.peek()
    if first == ASCII.openBracket || first == ASCII.openBrace {
      return try parseFlowCollection(blockIndent: blockIndent, depth: depth + 1)
    }
    let scalar = try scanScalar(flow: true)
    if scalar.style == .plain, scanner.peek() == ASCII.comma, hasUnclosedParenthesis(scalar.text) {
      throw scanner.error(
        "in a flow collection, text with commas must be quoted: write "
          + YAMLEmitter.doubleQuoted(parenthesizedText(from: scalar)),
        at: scalar.location)
    }
    return YAMLNode(content: .scalar(scalar), location: scalar.location)
  }

  /// Reads a key of a flow mapping: a plain or quoted scalar.
  mutating func scanFlowKey() throws(Diagnostic) -> YAMLScalar {
    let first = scanner.peek()
    if first == ASCII.openBracket || first == ASCII.openBrace {
      throw complexKey(at: scanner.location)
    }
    return try scanScalar(flow: true)
  }

  /// The byte index where `node` starts, found from its location on the
  /// current line (used only to quote text in an error).
  private func positionOf(_ node: YAMLNode) -> Int {
    guard node.location.line == scanner.line else { return scanner.position }
    var index = scanner.position
    var column = scanner.column
    while index > 0, column > node.location.column {
      index -= 1
      if scanner.bytes[index] & 0xC0 != 0x80 { column -= 1 }
    }
    return index
  }

  /// Whether `text` opens more parentheses than it closes, as `pert(1` does
  /// when a flow collection cut `pert(1, 2, 3)` at its first comma.
  private func hasUnclosedParenthesis(_ text: String) -> Bool {
    var depth = 0
    for byte in text.utf8 {
      if byte == ASCII.openParen { depth += 1 } else if byte == ASCII.closeParen { depth -= 1 }
    }
    return depth > 0
  }

  /// The text from `scalar`'s start to the parenthesis that balances its
  /// opening ones, on the same line: the value the author meant to write.
  private func parenthesizedText(from scalar: YAMLScalar) -> String {
    let start = positionOf(YAMLNode(content: .scalar(scalar), location: scalar.location))
    var index = start
    var depth = 0
    var end = scanner.position
    while index < scanner.bytes.count, scanner.bytes[index] != ASCII.lineFeed {
      let byte = scanner.bytes[index]
      index += 1
      if byte == ASCII.openParen { depth += 1 }
      if byte == ASCII.closeParen {
        depth -= 1
        if depth == 0 {
          end = index
          break
        }
      }
    }
    return YAMLScanner.shortened(scanner.text(start..<end))
  }

  /// The error for a flow collection that never closes.
  private func unterminated(_ name: String, at open: SourceLocation) -> Diagnostic {
    let closer = name == "flow mapping" ? "}" : "]"
    let opener = name == "flow mapping" ? "{" : "["
    return scanner.error(
      "unterminated \(name): '\(opener)' is never closed", at: open, expected: "'\(closer)'")
  }

  /// The error for a `]` closing a `{` or a `}` closing a `[`.
  private func mismatched(_ byte: UInt8, name: String, at open: SourceLocation) -> Diagnostic {
    let closer = name == "flow mapping" ? "}" : "]"
    return scanner.error(
      "'\(Character(Unicode.Scalar(byte)))' does not close the \(name) opened at line "
        + "\(open.line), column \(open.column)",
      expected: "'\(closer)'")
  }
}
