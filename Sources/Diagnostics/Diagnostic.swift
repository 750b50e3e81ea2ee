/// An error in something the user supplied: a scenario file, a command-line
/// argument, a formula. It renders like a compiler message,
/// `file:line:col: error: message; expected …; did you mean '…'?`, on one line.
///
/// The message names the offending text; `expected` says what would have been
/// accepted; `suggestion` is a near-miss correction for a misspelt name.
package struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
  /// Where the problem is, when it has a place in a file.
  package var location: SourceLocation?
  /// What is wrong, quoting the offending text.
  package var message: String
  /// What would have been accepted instead, if that can be said.
  package var expected: String?
  /// A correction for a misspelt name ("did you mean 'share'?").
  package var suggestion: String?
  /// What kind of problem this is; decides the exit code.
  package var kind: Kind

  package init(
    _ kind: Kind = .data, at location: SourceLocation?, _ message: String,
    expected: String? = nil, suggestion: String? = nil
  ) {
    self.kind = kind
    self.location = location
    self.message = message
    self.expected = expected
    self.suggestion = suggestion
  }

  /// The one-line rendering: `file:line:col: error: message; expected …; did you mean '…'?`.
  ///
  /// Line breaks and other control characters in the texts (a quoted key
  /// `"a\nb"` that the message repeats) are written as escapes (`\n`), so the
  /// rendering is always exactly one line.
  package var description: String {
    var text = ""
    if let location { text += "\(location): " }
    text += "error: \(Self.oneLine(message))"
    if let expected { text += "; expected \(Self.oneLine(expected))" }
    if let suggestion { text += "; did you mean '\(Self.oneLine(suggestion))'?" }
    return text
  }

  /// `text` with every character that would break or garble a line (C0 and
  /// C1 controls other than tab, DEL, U+2028, U+2029) written as an escape.
  static func oneLine(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: breaksLine) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case _ where breaksLine(scalar):
        let hex = String(scalar.value, radix: 16, uppercase: true)
        out += scalar.value <= 0xFF ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex : "\\u" + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  private static func breaksLine(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09: false
    case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029: true
    default: false
    }
  }

  /// The rendering with the offending source line and a caret under the column,
  /// as a compiler prints it on a terminal.
  ///
  /// - Parameter sourceLine: the text of the line `location` points into.
  package func rendered(sourceLine: String?) -> String {
    guard let location, let sourceLine else { return description }
    let prefix = String(
      sourceLine.unicodeScalars.prefix(max(0, location.column - 1)).map {
        $0 == "\t" ? "\t" : " "
      }.joined())
    return "\(description)\n\(sourceLine)\n\(prefix)^"
  }
}

extension Diagnostic {
  /// The kind of a diagnostic. A struct over an internal enum, so kinds can be
  /// added without breaking callers that switch on `exitCode`.
  package struct Kind: Sendable, Hashable, CustomStringConvertible {
    enum Value: Sendable, Hashable { case usage, data, missingFile, failedCheck, io }
    let value: Value

    /// A wrong command line: unknown option, missing argument.
    package static let usage = Kind(value: .usage)
    /// Bad scenario data: syntax, unknown names, out-of-domain values.
    package static let data = Kind(value: .data)
    /// A file that does not exist or cannot be read as a file.
    package static let missingFile = Kind(value: .missingFile)
    /// `check` found a published figure that differs without an explanation.
    package static let failedCheck = Kind(value: .failedCheck)
    /// An output file that could not be written.
    package static let io = Kind(value: .io)

    /// The process exit code for this kind (sysexits.h: 64 usage, 65 data,
    /// 66 no input, 73 cannot create output).
    package var exitCode: Int32 {
      switch value {
      case .usage: 64
      case .data: 65
      case .missingFile: 66
      case .failedCheck: 1
      case .io: 73
      }
    }

    package var description: String {
      switch value {
      case .usage: "usage"
      case .data: "data"
      case .missingFile: "missing file"
      case .failedCheck: "failed check"
      case .io: "output"
      }
    }
  }
}
