import Diagnostics

/// The bytes of a scenario file made ready for scanning: the byte order mark
/// removed, every line break turned into a single LF, and the whole text checked
/// to be UTF-8 made of characters YAML allows.
///
/// Doing this once, up front, lets the scanner assume valid UTF-8 and a single
/// kind of line break, while the line:column of every problem found here is
/// still that of the original file (CRLF and lone CR count as one line break).
struct YAMLSource: Sendable {
  /// Valid UTF-8 without a BOM, without NUL, with LF as the only line break.
  let bytes: [UInt8]

  /// Checks and normalizes `raw`.
  ///
  /// - Throws: a `.data` `Diagnostic` at the first invalid UTF-8 byte or the
  ///   first character YAML does not allow (control characters, U+FFFE, U+FFFF).
  /// - Complexity: O(*n*) in the number of bytes.
  init(_ raw: [UInt8], file: String) throws(Diagnostic) {
    var out = [UInt8]()
    out.reserveCapacity(raw.count)
    var index = 0
    if raw.count >= 3, raw[0] == 0xEF, raw[1] == 0xBB, raw[2] == 0xBF { index = 3 }
    var line = 1
    var column = 1
    while index < raw.count {
      let byte = raw[index]
      if byte < 0x80 {
        switch byte {
        case ASCII.lineFeed:
          out.append(byte)
          index += 1
          line += 1
          column = 1
        case ASCII.carriageReturn:
          out.append(ASCII.lineFeed)
          index += index + 1 < raw.count && raw[index + 1] == ASCII.lineFeed ? 2 : 1
          line += 1
          column = 1
        case ASCII.tab, 0x20...0x7E:
          out.append(byte)
          index += 1
          column += 1
        default:
          throw Self.controlCharacter(UInt32(byte), file: file, line: line, column: column)
        }
        continue
      }
      guard let (scalar, length) = Self.decode(raw, at: index) else {
        let hex = String(byte, radix: 16, uppercase: true)
        throw Diagnostic(
          .data, at: SourceLocation(file: file, line: line, column: column),
          "invalid UTF-8: byte 0x\(hex) does not start a valid character",
          expected: "a file saved as UTF-8")
      }
      if (0x80...0x9F).contains(scalar) || scalar == 0xFFFE || scalar == 0xFFFF {
        throw Self.controlCharacter(scalar, file: file, line: line, column: column)
      }
      out.append(contentsOf: raw[index..<index + length])
      index += length
      column += 1
    }
    bytes = out
  }

  /// The error for a character YAML does not allow in a file.
  private static func controlCharacter(
    _ scalar: UInt32, file: String, line: Int, column: Int
  ) -> Diagnostic {
    let hex = String(scalar, radix: 16, uppercase: true)
    let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    return Diagnostic(
      .data, at: SourceLocation(file: file, line: line, column: column),
      "control character U+\(padded) is not allowed in a scenario file",
      expected: "printable text (write it as an escape in a double-quoted string)")
  }

  /// Decodes the multi-byte UTF-8 sequence starting at `index`, following the
  /// well-formedness table of the Unicode standard (no overlong forms, no
  /// surrogates, nothing above U+10FFFF).
  ///
  /// - Returns: the scalar value and the sequence's length, or `nil` if the
  ///   bytes at `index` are not well-formed UTF-8.
  private static func decode(_ raw: [UInt8], at index: Int) -> (UInt32, Int)? {
    let lead = raw[index]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      high = 0x9F
    case 0xF0:
      length = 4
      low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      high = 0x8F
    default: return nil
    }
    guard index + length <= raw.count else { return nil }
    let second = raw[index + 1]
    guard second >= low, second <= high else { return nil }
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    value = value << 6 | UInt32(second & 0x3F)
    for offset in 2..<length {
      let next = raw[index + offset]
      guard next & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(next & 0x3F)
    }
    return (value, length)
  }
}
