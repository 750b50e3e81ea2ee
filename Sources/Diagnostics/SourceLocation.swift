/// A 1-based position in a source file, printed as `file:line:col`.
///
/// Every value read from a scenario file keeps the location it came from, so
/// that an error found long after parsing (a share above 100 %, a division by
/// a range that contains zero) can still point at the text that caused it.
package struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
  /// The path as the user gave it (never made absolute, so messages stay short).
  package var file: String
  /// The 1-based line number.
  package var line: Int
  /// The 1-based column, counted in Unicode scalars.
  package var column: Int

  package init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// The location `offset` columns further along the same line.
  package func advanced(by offset: Int) -> SourceLocation {
    SourceLocation(file: file, line: line, column: column + offset)
  }

  package var description: String { "\(file):\(line):\(column)" }
}
