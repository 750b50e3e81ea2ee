import Diagnostics
import WorkforceModel

/// Parses the formula language of `model: formula` solutions into a syntax
/// tree.
///
/// ```
/// formula    := sum
/// sum        := product (("+" | "-") product)*           left-associative
/// product    := unary (("*" | "/") unary)*               left-associative
/// unary      := ("-" | "+") unary | power                -x^2 is -(x^2)
/// power      := primary ("^" unary)?                     right-associative: 2^3^2 = 2^9
/// primary    := number | name | call | "(" sum ")"
/// call       := ("min" | "max") "(" sum ("," sum)+ ")"
///             | "round" "(" sum ("," whole-number)? ")"
///             | "if" "(" sum comparison sum "," sum "," sum ")"
/// comparison := "<" | "<=" | ">" | ">=" | "==" | "!="
/// number     := the quantity syntax of inputs: 725_000, 13.25, 1e-3, 25%, 7k, 2mio, 1.5mia
/// name       := a letter or "_", then letters, digits or "_"
/// ```
///
/// `×`, `÷` and `−` are accepted for `*`, `/` and `-`; `≤`, `≥` and `≠` for
/// `<=`, `>=` and `!=`. Comparisons are only allowed as the condition of
/// `if`. Nothing in a formula can run code or read files: it is data.
///
/// Errors carry the 0-based offset, in Unicode scalars, of the offending
/// text, so the scenario decoder can point at the exact column inside the
/// formula string.
enum FormulaParser {
  /// A syntax error in a formula.
  struct Failure: Error, Sendable, Hashable {
    /// Offset of the offending character from the start of the formula.
    var offset: Int
    var message: String
    var expected: String?
    var suggestion: String?
  }

  /// The functions, by the name written in formulas.
  static let functionNames = ["min", "max", "round", "if"]

  /// Parses `text`.
  ///
  /// - Parameters:
  ///   - limits: the longest formula and the deepest nesting accepted.
  ///   - knownNames: the names the formula may refer to, only to word the
  ///     message when one of them is followed by `(` as if it were a function.
  /// - Throws: a ``Failure`` at the first error.
  static func parse(
    _ text: String, limits: FormulaLimits = .standard, knownNames: Set<String> = []
  ) throws(Failure) -> FormulaSyntax {
    let scalars = Array(text.unicodeScalars)
    guard scalars.count <= limits.length else {
      throw Failure(
        offset: 0, message: "the formula is \(scalars.count) characters long, more than the limit of \(limits.length)",
        expected: "a shorter formula (name parts of it under 'let')")
    }
    var parser = Parser(
      scalars: scalars, tokens: try FormulaLexer.tokens(scalars), limits: limits, knownNames: knownNames)
    return try parser.formula()
  }
}

/// The limits on one formula, so that a hostile file cannot exhaust the
/// stack or the time of the loader.
struct FormulaLimits: Sendable, Hashable {
  /// The longest formula, in Unicode scalars.
  var length = 2_000
  /// The deepest nesting of parentheses, calls, signs and powers.
  var depth = 64
  /// The most `let` names in one solution.
  var intermediates = 200

  static let standard = FormulaLimits()
}

extension FormulaParser {
  /// The recursive-descent parser over a formula's tokens.
  struct Parser {
    let scalars: [Unicode.Scalar]
    let tokens: [FormulaLexer.Token]
    let limits: FormulaLimits
    let knownNames: Set<String>
    var index = 0
    var depth = 0

    init(scalars: [Unicode.Scalar], tokens: [FormulaLexer.Token], limits: FormulaLimits, knownNames: Set<String>) {
      self.scalars = scalars
      self.tokens = tokens
      self.limits = limits
      self.knownNames = knownNames
    }

    var current: FormulaLexer.Token { tokens[min(index, tokens.count - 1)] }
    var previous: FormulaLexer.Token { tokens[max(0, min(index, tokens.count) - 1)] }

    mutating func advance() { if index < tokens.count - 1 { index += 1 } }

    func text(_ token: FormulaLexer.Token) -> String { token.text(in: scalars) }

    func span(from start: Int) -> Range<Int> { start..<max(start, previous.end) }

    /// The whole formula: one sum and nothing after it.
    mutating func formula() throws(Failure) -> FormulaSyntax {
      if current.kind == .end {
        throw Failure(offset: 0, message: "empty formula", expected: "an expression such as admissions * share")
      }
      let expression = try sum()
      switch current.kind {
      case .end:
        return expression
      case .comparison(let comparison):
        throw Failure(
          offset: current.offset, message: "comparison '\(comparison.rawValue)' outside if(…)",
          expected: "a comparison only as the condition of if(condition, then, else)")
      case .closeParenthesis:
        throw Failure(
          offset: current.offset, message: "unmatched ')'", expected: "an operator or the end of the formula")
      default:
        throw Failure(
          offset: current.offset, message: "unexpected '\(text(current))' after '\(text(previous))'",
          expected: "an operator (+ - * / ^) between two values")
      }
    }

    /// Enters one level of nesting, checking the limit.
    mutating func descend(at offset: Int) throws(Failure) {
      depth += 1
      guard depth <= limits.depth else {
        throw Failure(
          offset: offset, message: "the formula is nested more than \(limits.depth) levels deep",
          expected: "a simpler formula (name parts of it under 'let')")
      }
    }

    mutating func sum() throws(Failure) -> FormulaSyntax {
      let start = current.offset
      var lhs = try product()
      while true {
        let op: FormulaOperator
        switch current.kind {
        case .plus: op = .add
        case .minus: op = .subtract
        default: return lhs
        }
        advance()
        let rhs = try product()
        lhs = FormulaSyntax(.binary(op, lhs, rhs), span(from: start))
      }
    }

    mutating func product() throws(Failure) -> FormulaSyntax {
      let start = current.offset
      var lhs = try unary()
      while true {
        let op: FormulaOperator
        switch current.kind {
        case .times: op = .multiply
        case .divide: op = .divide
        default: return lhs
        }
        advance()
        let rhs = try unary()
        lhs = FormulaSyntax(.binary(op, lhs, rhs), span(from: start))
      }
    }

    mutating func unary() throws(Failure) -> FormulaSyntax {
      let start = current.offset
      switch current.kind {
      case .minus:
        advance()
        try descend(at: start)
        defer { depth -= 1 }
        let operand = try unary()
        return FormulaSyntax(.negation(operand), span(from: start))
      case .plus:
        advance()
        try descend(at: start)
        defer { depth -= 1 }
        return try unary()
      default:
        return try power()
      }
    }

    mutating func power() throws(Failure) -> FormulaSyntax {
      let start = current.offset
      let base = try primary()
      guard current.kind == .caret else { return base }
      advance()
      try descend(at: start)
      defer { depth -= 1 }
      let exponent = try unary()
      return FormulaSyntax(.binary(.power, base, exponent), span(from: start))
    }

    mutating func primary() throws(Failure) -> FormulaSyntax {
      let token = current
      switch token.kind {
      case .number(let value):
        advance()
        return FormulaSyntax(.number(value), token.offset..<token.end)
      case .name(let name):
        advance()
        if current.kind == .openParenthesis { return try call(name, at: token) }
        if FormulaParser.functionNames.contains(name), !knownNames.contains(name) {
          throw Failure(
            offset: token.offset, message: "function '\(name)' without arguments",
            expected: Self.usage(name))
        }
        return FormulaSyntax(.name(name), token.offset..<token.end)
      case .openParenthesis:
        advance()
        try descend(at: token.offset)
        defer { depth -= 1 }
        let inner = try sum()
        guard current.kind == .closeParenthesis else { throw unclosed(token) }
        advance()
        return FormulaSyntax(inner.node, token.offset..<previous.end)
      default:
        throw missingOperand()
      }
    }

    /// The error for a token where a value should be.
    func missingOperand() -> Failure {
      switch current.kind {
      case .end:
        let after = index > 0 ? " after '\(text(previous))'" : ""
        return Failure(
          offset: current.offset, message: "the formula ends\(after) where a value should follow",
          expected: "a number, a name or '('")
      case .comparison(let comparison):
        return Failure(
          offset: current.offset, message: "comparison '\(comparison.rawValue)' where a value should be",
          expected: "a number, a name or '('")
      default:
        return Failure(
          offset: current.offset, message: "unexpected '\(text(current))'", expected: "a number, a name or '('")
      }
    }

    /// The error for a '(' that is never closed, at the '('.
    func unclosed(_ open: FormulaLexer.Token) -> Failure {
      if current.kind == .end {
        return Failure(offset: open.offset, message: "'(' is never closed", expected: "a matching ')'")
      }
      return Failure(
        offset: current.offset, message: "unexpected '\(text(current))' inside parentheses",
        expected: "an operator, ',' between arguments, or ')'")
    }

    static func usage(_ function: String) -> String {
      switch function {
      case "min": "min(a, b, …)"
      case "max": "max(a, b, …)"
      case "round": "round(x) or round(x, decimals)"
      default: "if(condition, then, else), e.g. if(x > 0, a, b)"
      }
    }

    /// `name(arguments)`.
    mutating func call(_ name: String, at nameToken: FormulaLexer.Token) throws(Failure) -> FormulaSyntax {
      let open = current
      guard FormulaParser.functionNames.contains(name) else {
        if knownNames.contains(name) {
          throw Failure(
            offset: open.offset, message: "'\(name)' is not a function, but '(' follows it",
            expected: "an operator such as '*' between '\(name)' and '('")
        }
        throw Failure(
          offset: nameToken.offset, message: "unknown function '\(name)'",
          expected: "one of \(FormulaParser.functionNames.joined(separator: ", "))",
          suggestion: Suggestion.closest(to: name, in: FormulaParser.functionNames))
      }
      advance()
      try descend(at: open.offset)
      defer { depth -= 1 }
      if name == "if" { return try condition(open: open, start: nameToken.offset) }
      var arguments: [FormulaSyntax] = []
      var argumentTokens: [FormulaLexer.Token] = []
      if current.kind != .closeParenthesis {
        while true {
          argumentTokens.append(current)
          arguments.append(try sum())
          if current.kind == .comma {
            advance()
            continue
          }
          guard current.kind == .closeParenthesis else { throw unclosed(open) }
          break
        }
      }
      advance()
      let whole = span(from: nameToken.offset)
      switch name {
      case "min", "max":
        guard arguments.count >= 2 else {
          throw Failure(
            offset: nameToken.offset, message: "\(name) takes two or more arguments, found \(arguments.count)",
            expected: Self.usage(name))
        }
        return FormulaSyntax(.call(name == "min" ? .minimum : .maximum, arguments), whole)
      default:  // round
        guard arguments.count == 1 || arguments.count == 2 else {
          throw Failure(
            offset: nameToken.offset, message: "round takes one or two arguments, found \(arguments.count)",
            expected: Self.usage(name))
        }
        var places = 0
        if arguments.count == 2 {
          guard let count = Self.wholeNumber(arguments[1]), abs(count) <= ScalarMath.maximumPlaces else {
            throw Failure(
              offset: argumentTokens[1].offset, message: "the decimals of round must be a whole number written out",
              expected: "a number of decimals from -\(ScalarMath.maximumPlaces) to \(ScalarMath.maximumPlaces), "
                + "e.g. round(x, 2) or round(x, -3)")
          }
          places = count
        }
        return FormulaSyntax(.call(.round(places: places), [arguments[0]]), whole)
      }
    }

    /// A whole number written as a literal, possibly with a sign.
    static func wholeNumber(_ syntax: FormulaSyntax) -> Int? {
      switch syntax.node {
      case .number(let x): ScalarMath.isWhole(x) && abs(x) < 1e6 ? Int(x) : nil
      case .negation(let inner): wholeNumber(inner).map { -$0 }
      default: nil
      }
    }

    /// The arguments of `if(`: a comparison, then two values.
    mutating func condition(open: FormulaLexer.Token, start: Int) throws(Failure) -> FormulaSyntax {
      if current.kind == .closeParenthesis || current.kind == .end {
        throw Failure(offset: current.offset, message: "if without arguments", expected: Self.usage("if"))
      }
      let conditionStart = current.offset
      let lhs = try sum()
      guard case .comparison(let comparison) = current.kind else {
        throw Failure(
          offset: conditionStart, message: "the first argument of if is not a comparison",
          expected: "a comparison with <, <=, >, >=, == or !=, e.g. if(x > 0, a, b)")
      }
      advance()
      let rhs = try sum()
      if case .comparison(let second) = current.kind {
        throw Failure(
          offset: current.offset, message: "a second comparison '\(second.rawValue)' in one condition",
          expected: "one comparison per if; nest if(…) for more")
      }
      var branches: [FormulaSyntax] = []
      for _ in 0..<2 {
        guard current.kind == .comma else {
          if current.kind == .closeParenthesis {
            throw Failure(
              offset: current.offset, message: "if has \(branches.count + 1) of its 3 arguments",
              expected: Self.usage("if"))
          }
          throw unclosed(open)
        }
        advance()
        branches.append(try sum())
      }
      guard current.kind == .closeParenthesis else {
        if current.kind == .comma {
          throw Failure(offset: current.offset, message: "if takes 3 arguments, found more", expected: Self.usage("if"))
        }
        throw unclosed(open)
      }
      advance()
      return FormulaSyntax(.condition(lhs, comparison, rhs, then: branches[0], else: branches[1]), span(from: start))
    }
  }
}
