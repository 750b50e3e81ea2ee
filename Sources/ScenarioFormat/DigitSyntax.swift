/// The digits of numbers as scenario files write them: `725000` or
/// `725_000`, with `_` only between two digits.
///
/// One reader for quantities (`QuantityParser`), the formula language
/// (`FormulaLexer`) and the command line's whole-number options, so the rule
/// and its message are the same everywhere.
package enum DigitSyntax {
  /// The digits of `digits ("_" digits)*` starting at `start` (the
  /// underscores left out) and where they end; `misplacedUnderscore` is the
  /// offset of an underscore that is not between two digits, where reading
  /// stopped.
  ///
  /// - Complexity: O(*n*) in the length of the run.
  package static func run(
    in scalars: [Unicode.Scalar], from start: Int
  ) -> (digits: String, end: Int, misplacedUnderscore: Int?) {
    var digits = ""
    var position = start
    func isDigit(_ index: Int) -> Bool { index >= 0 && index < scalars.count && ("0"..."9").contains(scalars[index]) }
    while position < scalars.count {
      if isDigit(position) {
        digits.unicodeScalars.append(scalars[position])
      } else if scalars[position] == "_" {
        guard isDigit(position + 1), isDigit(position - 1) else { return (digits, position, position) }
      } else {
        break
      }
      position += 1
    }
    return (digits, position, nil)
  }

  /// The error for an underscore that is not between two digits.
  static let misplacedUnderscore = (
    message: "misplaced '_' in a number", expected: "'_' only between digits, e.g. 725_000"
  )
}
