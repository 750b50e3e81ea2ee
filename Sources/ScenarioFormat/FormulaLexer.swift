import Diagnostics
import WorkforceModel

/// Splits a formula into tokens: numbers in the quantity syntax, names,
/// operators, comparisons, parentheses and commas.
struct FormulaLexer {
  /// What a token is.
  enum Kind: Sendable, Hashable {
    case number(Double)
    case name(String)
    case plus, minus, times, divide, caret
    case comparison(ComparisonOperator)
    case openParenthesis, closeParenthesis, comma
    case end
  }

  /// A token and where it is.
  struct Token: Sendable, Hashable {
    var kind: Kind
    /// Offset of the first character, in Unicode scalars.
    var offset: Int
    /// Offset just past the last character.
    var end: Int

    /// The token as written, for messages.
    func text(in scalars: [Unicode.Scalar]) -> String {
      kind == .end ? "" : String(String.UnicodeScalarView(scalars[offset..<end]))
    }
  }

  let scalars: [Unicode.Scalar]
  private var position = 0

  init(_ scalars: [Unicode.Scalar]) {
    self.scalars = scalars
  }

  /// Every token of the formula, ending with `.end`.
  static func tokens(_ scalars: [Unicode.Scalar]) throws(FormulaParser.Failure) -> [Token] {
    var lexer = FormulaLexer(scalars)
    var tokens: [Token] = []
    while true {
      let token = try lexer.next()
      tokens.append(token)
      if token.kind == .end { return tokens }
    }
  }

  private var peek: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

  private func peek(_ offset: Int) -> Unicode.Scalar? {
    position + offset < scalars.count ? scalars[position + offset] : nil
  }

  private mutating func next() throws(FormulaParser.Failure) -> Token {
    while let c = peek, c == " " || c == "\t" { position += 1 }
    let start = position
    guard let c = peek else { return Token(kind: .end, offset: start, end: start) }
    if c.isDigit {
      return Token(kind: .number(try number()), offset: start, end: position)
    }
    if c.isNameStart {
      var name = ""
      while let d = peek, d.isNameContinuation {
        name.unicodeScalars.append(d)
        position += 1
      }
      return Token(kind: .name(name), offset: start, end: position)
    }
    position += 1
    let kind: Kind
    switch c {
    case "+": kind = .plus
    case "-", "−": kind = .minus
    case "*", "×", "·":
      if peek == "*" {
        throw FormulaParser.Failure(offset: start, message: "'**'", expected: "'^' for a power, e.g. x ^ 2")
      }
      kind = .times
    case "/", "÷": kind = .divide
    case "^": kind = .caret
    case "(": kind = .openParenthesis
    case ")": kind = .closeParenthesis
    case ",": kind = .comma
    case "<":
      if peek == "=" {
        position += 1
        kind = .comparison(.lessOrEqual)
      } else if peek == ">" {
        throw FormulaParser.Failure(offset: start, message: "'<>'", expected: "'!=' for 'not equal'")
      } else {
        kind = .comparison(.less)
      }
    case ">":
      if peek == "=" {
        position += 1
        kind = .comparison(.greaterOrEqual)
      } else {
        kind = .comparison(.greater)
      }
    case "≤": kind = .comparison(.lessOrEqual)
    case "≥": kind = .comparison(.greaterOrEqual)
    case "≠": kind = .comparison(.notEqual)
    case "=":
      guard peek == "=" else {
        throw FormulaParser.Failure(offset: start, message: "'='", expected: "'==' to compare two values")
      }
      position += 1
      kind = .comparison(.equal)
    case "!":
      guard peek == "=" else {
        throw FormulaParser.Failure(offset: start, message: "'!'", expected: "'!=' for 'not equal'")
      }
      position += 1
      kind = .comparison(.notEqual)
    case ".":
      throw FormulaParser.Failure(
        offset: start, message: peek == "." ? "a range '..'" : "'.' outside a number",
        expected: peek == "."
          ? "a single number (ranges and distributions belong in 'inputs')"
          : "a number with a digit before the '.', e.g. 0.65")
    default:
      throw FormulaParser.Failure(
        offset: start, message: "unexpected character '\(c)'",
        expected: "numbers, names, + - * / ^, comparisons, parentheses and commas")
    }
    return Token(kind: kind, offset: start, end: position)
  }

  /// A number in the quantity syntax: `725_000`, `13.25`, `1e-3`, `25%`,
  /// `7k`, `2mio`, `1.5mia`.
  private mutating func number() throws(FormulaParser.Failure) -> Double {
    let start = position
    var literal = ""
    try digits(into: &literal)
    if peek == ".", peek(1) == "." {
      throw FormulaParser.Failure(
        offset: position, message: "a range '..'",
        expected: "a single number (ranges and distributions belong in 'inputs')")
    }
    if peek == ".", peek(1)?.isDigit == true {
      let integer = literal
      literal += "."
      position += 1
      let fractionStart = literal.count
      try digits(into: &literal)
      let fraction = String(literal.dropFirst(fractionStart))
      // 725.000 is 725 to a program and 725,000 to a Danish reader: as in inputs, refuse to guess.
      if peek != "e", peek != "E", QuantityParser.looksLikeThousands(integer: integer, fraction: fraction) {
        let groups = [integer, fraction] + QuantityParser.thousandsGroups(in: scalars, from: position)
        let (message, expected) = QuantityParser.ambiguity(sign: "", groups: groups)
        throw FormulaParser.Failure(offset: start, message: message, expected: expected)
      }
    }
    if let e = peek, e == "e" || e == "E",
      peek(1)?.isDigit == true || ((peek(1) == "-" || peek(1) == "+") && peek(2)?.isDigit == true)
    {
      literal += "e"
      position += 1
      if let sign = peek, sign == "-" || sign == "+" {
        literal.unicodeScalars.append(sign)
        position += 1
      }
      try digits(into: &literal)
    }
    guard var value = Double(literal) else {
      throw FormulaParser.Failure(offset: start, message: "'\(literal)' is not a number", expected: "a number")
    }
    // A suffix, attached or after spaces: %, k, mio, mia.
    var cursor = position
    while cursor < scalars.count, scalars[cursor] == " " || scalars[cursor] == "\t" { cursor += 1 }
    if cursor < scalars.count, scalars[cursor] == "%" {
      value /= 100
      position = cursor + 1
    } else if let (word, end) = word(at: cursor), let factor = Self.suffixes[word] {
      value *= factor
      position = end
    } else if let (word, _) = word(at: position) {
      throw FormulaParser.Failure(
        offset: position, message: "unknown unit '\(word)' after a number",
        expected: "%, k, mio or mia, or an operator such as '*' between a number and a name",
        suggestion: Suggestion.closest(to: word, in: Self.suffixes.keys.sorted()))
    }
    guard value.isFinite else {
      throw FormulaParser.Failure(
        offset: start, message: "number \(literal) is too large", expected: "a finite number (at most about 1.8e308)")
    }
    return value
  }

  /// The multipliers of the quantity suffixes.
  static let suffixes: [String: Double] = ["k": 1e3, "mio": 1e6, "mia": 1e9]

  /// The name starting at `offset`, if one does, and the offset past it.
  private func word(at offset: Int) -> (String, Int)? {
    guard offset < scalars.count, scalars[offset].isNameStart else { return nil }
    var end = offset
    var word = ""
    while end < scalars.count, scalars[end].isNameContinuation {
      word.unicodeScalars.append(scalars[end])
      end += 1
    }
    return (word, end)
  }

  /// digits ("_" digits)*: underscores only between digits.
  private mutating func digits(into literal: inout String) throws(FormulaParser.Failure) {
    let run = DigitSyntax.run(in: scalars, from: position)
    if let offset = run.misplacedUnderscore {
      let error = DigitSyntax.misplacedUnderscore
      throw FormulaParser.Failure(offset: offset, message: error.message, expected: error.expected)
    }
    literal += run.digits
    position = run.end
  }
}

extension Unicode.Scalar {
  fileprivate var isDigit: Bool { ("0"..."9").contains(self) }
  /// A letter or `_`: the start of a name.
  fileprivate var isNameStart: Bool { properties.isAlphabetic || self == "_" }
  /// A letter, digit or `_`.
  fileprivate var isNameContinuation: Bool { isNameStart || isDigit }
}
