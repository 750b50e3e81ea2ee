import Diagnostics
import Foundation
import WorkforceModel

/// Reads the quantity syntax of scenario files.
///
/// ```
/// quantity     := distribution | range | amount
/// distribution := name "(" amount ("," amount)* ")"     pert(10, 13.25, 15)
/// range        := amount ".." amount                    20mio..25mio
/// amount       := "-"? number suffix?                   725_000, 25%, 1.5mio, 7k
/// number       := digits ("_" digits)* ("." digits)? (("e" | "E") "-"? digits)?
/// suffix       := "%" (÷ 100) | "k" (× 10³) | "mio" (× 10⁶) | "mia" (× 10⁹), not followed by a letter
/// ```
/// Spaces are allowed around punctuation and before a suffix. Errors carry the
/// 0-based offset (in Unicode scalars) of the offending character, so the
/// caller can point at the exact column.
enum QuantityParser {
  /// A syntax or domain error inside a quantity.
  struct Failure: Error {
    /// Offset of the offending character from the start of the text.
    var offset: Int
    var message: String
    var expected: String?
    var suggestion: String?
  }

  /// The distribution names and their parameters, as documented.
  static let distributions: [(name: String, parameters: [String])] = [
    ("pert", ["min", "mode", "max"]),
    ("triangular", ["min", "mode", "max"]),
    ("uniform", ["min", "max"]),
    ("normal", ["mean", "sd"]),
    ("lognormal", ["p5", "p95"]),
  ]

  /// Units people write after amounts out of habit. Amounts are bare numbers,
  /// so these are errors without a suggestion (the nearest suffix would change
  /// the value a thousand- or millionfold).
  static let writtenUnits: Set<String> = [
    "kr", "dkk", "kroner", "min", "minutes", "minutter", "h", "hours", "timer", "days", "dage", "døgn",
  ]

  static func parse(_ text: String) throws(Failure) -> Quantity {
    // A space that is not a space (pasted from a word processor: "20 %").
    if let index = text.unicodeScalars.firstIndex(where: { ["\u{A0}", "\u{202F}", "\u{2007}"].contains($0) }) {
      throw Failure(
        offset: text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: index),
        message: "a non-breaking space in '\(text.trimmingSpaces)'", expected: "an ordinary space, or none, e.g. 20%")
    }
    var parser = Cursor(Array(text.unicodeScalars))
    parser.skipSpaces()
    guard !parser.atEnd else {
      throw Failure(
        offset: 0, message: "empty value",
        expected: "a number, a range like 20mio..25mio or a distribution like pert(10, 13.25, 15)")
    }
    let quantity: Quantity
    if let first = parser.peek, first.properties.isAlphabetic {
      quantity = try parser.distribution()
    } else {
      let start = parser.position
      let low = try parser.amount()
      parser.skipSpaces()
      if parser.consume("..") {
        parser.skipSpaces()
        let highStart = parser.position
        let high = try parser.amount()
        guard low <= high else {
          throw Failure(
            offset: highStart, message: "range \(text.trimmingSpaces) has its low end above its high end",
            expected: "low..high with low ≤ high")
        }
        quantity = .range(low: low, high: high)
      } else {
        if let next = parser.peek, next == "-" || next == "–" || next == "—" {
          throw Failure(
            offset: parser.position, message: "'\(next)' in \(text.trimmingSpaces)",
            expected: "'..' between the ends of a range, e.g. 20mio..25mio")
        }
        if let next = parser.peek, next == ",", parser.nextIsDigit(after: 1) {
          throw Failure(
            offset: parser.position, message: "decimal comma in \(text.trimmingSpaces)",
            expected: "a decimal point, e.g. 13.25")
        }
        _ = start
        quantity = .point(low)
      }
    }
    parser.skipSpaces()
    guard parser.atEnd else {
      throw Failure(
        offset: parser.position, message: "unexpected '\(parser.rest)' after the value",
        expected: parser.peek == "#"
          ? "nothing after a quantity (a comment needs a space before '#')" : "nothing after a quantity")
    }
    return quantity
  }
}

extension QuantityParser {
  /// A position in the text being parsed.
  struct Cursor {
    let scalars: [Unicode.Scalar]
    var position = 0

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    var atEnd: Bool { position >= scalars.count }
    var peek: Unicode.Scalar? { atEnd ? nil : scalars[position] }
    var rest: String { String(String.UnicodeScalarView(scalars[min(position, scalars.count)...])) }

    func peek(_ offset: Int) -> Unicode.Scalar? {
      position + offset < scalars.count ? scalars[position + offset] : nil
    }

    func nextIsDigit(after offset: Int) -> Bool {
      peek(offset).map(\.isDigit) ?? false
    }

    mutating func skipSpaces() {
      while let c = peek, c == " " || c == "\t" { position += 1 }
    }

    /// Consumes `literal` only when no letter follows it, so that the `k` of
    /// `kr` is not taken for the suffix `k`.
    mutating func consumeWord(_ literal: String) -> Bool {
      let start = position
      guard consume(literal) else { return false }
      if let next = peek, next.properties.isAlphabetic {
        position = start
        return false
      }
      return true
    }

    mutating func consume(_ literal: String) -> Bool {
      let literal = Array(literal.unicodeScalars)
      guard position + literal.count <= scalars.count,
        Array(scalars[position..<position + literal.count]) == literal
      else { return false }
      position += literal.count
      return true
    }

    /// `name(amount, …)`.
    mutating func distribution() throws(Failure) -> Quantity {
      let nameStart = position
      var name = ""
      while let c = peek, c.properties.isAlphabetic || c == "_" {
        name.unicodeScalars.append(c)
        position += 1
      }
      guard let spec = QuantityParser.distributions.first(where: { $0.name == name }) else {
        let names = QuantityParser.distributions.map(\.name)
        throw Failure(
          offset: nameStart, message: "unknown distribution or word '\(name)'",
          expected: "a number or one of \(names.joined(separator: ", "))",
          suggestion: Suggestion.closest(to: name, in: names))
      }
      skipSpaces()
      guard consume("(") else {
        throw Failure(
          offset: position, message: "'\(name)' without '('",
          expected: "\(name)(\(spec.parameters.joined(separator: ", ")))")
      }
      var values: [Double] = []
      var starts: [Int] = []
      while true {
        skipSpaces()
        starts.append(position)
        values.append(try amount())
        skipSpaces()
        if consume(",") { continue }
        if consume(")") { break }
        throw Failure(
          offset: position, message: atEnd ? "unclosed '\(name)('" : "unexpected '\(rest)' in \(name)(…)",
          expected: "',' or ')'")
      }
      guard values.count == spec.parameters.count else {
        throw Failure(
          offset: nameStart,
          message: "\(name) takes \(spec.parameters.count) parameters, found \(values.count)",
          expected: "\(name)(\(spec.parameters.joined(separator: ", ")))")
      }
      return try QuantityParser.distribution(name, values, starts: starts)
    }

    /// `-`? number suffix?
    mutating func amount() throws(Failure) -> Double {
      let start = position
      var literal = ""
      if peek == "-" {
        literal = "-"
        position += 1
      }
      let digitsStart = position
      guard peek?.isDigit == true else {
        throw Failure(
          offset: position,
          message: atEnd ? "missing number" : "unexpected '\(rest)'",
          expected: "a number such as 725_000, 13.25, 25%, 7k, 20mio or 1.5mia")
      }
      try digits(into: &literal)
      if peek == ".", peek(1)?.isDigit == true {
        let integer = String(literal.drop { $0 == "-" })
        literal += "."
        position += 1
        let fractionStart = literal.count
        try digits(into: &literal)
        let fraction = String(literal.dropFirst(fractionStart))
        let exponent = peek == "e" || peek == "E"
        if !exponent, QuantityParser.looksLikeThousands(integer: integer, fraction: fraction) {
          let groups = [integer, fraction] + QuantityParser.thousandsGroups(in: scalars, from: position)
          let (message, expected) = QuantityParser.ambiguity(sign: literal.hasPrefix("-") ? "-" : "", groups: groups)
          throw Failure(offset: start, message: message, expected: expected)
        }
      }
      if let e = peek, e == "e" || e == "E",
        peek(1)?.isDigit == true || (peek(1) == "-" && peek(2)?.isDigit == true)
      {
        literal += "e"
        position += 1
        if peek == "-" {
          literal += "-"
          position += 1
        }
        try digits(into: &literal)
      }
      guard var value = Double(literal) else {
        throw Failure(offset: digitsStart, message: "'\(literal)' is not a number", expected: "a number")
      }
      skipSpaces()
      if consume("%") {
        value /= 100
      } else if consumeWord("mio") {
        value *= 1e6
      } else if consumeWord("mia") {
        value *= 1e9
      } else if consumeWord("k") {
        value *= 1e3
      } else if let c = peek, c.properties.isAlphabetic {
        var word = ""
        var end = position
        while end < scalars.count, scalars[end].properties.isAlphabetic {
          word.unicodeScalars.append(scalars[end])
          end += 1
        }
        // A unit written out of habit gets no "did you mean": 'kr' is not 'k',
        // 'min' is not 'mio'.
        guard !QuantityParser.writtenUnits.contains(word.lowercased()) else {
          throw Failure(
            offset: position, message: "unknown unit '\(word)'",
            expected: "%, k, mio or mia (kroner, minutes, hours and days are written as plain numbers)")
        }
        throw Failure(
          offset: position, message: "unknown unit '\(word)'", expected: "%, k, mio or mia",
          suggestion: Suggestion.closest(to: word, in: ["k", "mio", "mia"]))
      }
      guard value.isFinite else {
        throw Failure(
          offset: start, message: "number \(String(String.UnicodeScalarView(scalars[start..<position]))) is too large",
          expected: "a finite number (at most about 1.8e308)")
      }
      return value
    }

    /// digits ("_" digits)*: underscores only between digits.
    mutating func digits(into literal: inout String) throws(Failure) {
      let run = DigitSyntax.run(in: scalars, from: position)
      if let offset = run.misplacedUnderscore {
        throw Failure(
          offset: offset, message: DigitSyntax.misplacedUnderscore.message,
          expected: DigitSyntax.misplacedUnderscore.expected)
      }
      literal += run.digits
      position = run.end
    }
  }

  /// Whether `integer.fraction` could be a number written with a Danish
  /// thousands separator: 1 to 3 integer digits not starting with 0, then
  /// exactly three digits (`725.000`, `1.450`, `12.500`; not `0.650`, `13.25`).
  /// Such numbers are rejected as ambiguous: the report writes 725.000 for
  /// 725,000 patient-days, and reading it as 725 would be silently wrong.
  static func looksLikeThousands(integer: String, fraction: String) -> Bool {
    (1...3).contains(integer.count) && integer.first != "0" && fraction.count == 3
  }

  /// Further `.ddd` groups from `start` on (`1.450.000` after `1.450`): the
  /// digits of each, for the message.
  static func thousandsGroups(in scalars: [Unicode.Scalar], from start: Int) -> [String] {
    var groups: [String] = []
    var end = start
    while end + 3 < scalars.count, scalars[end] == ".", scalars[(end + 1)...(end + 3)].allSatisfy(\.isDigit),
      end + 4 == scalars.count || !scalars[end + 4].isDigit
    {
      groups.append(String(String.UnicodeScalarView(scalars[(end + 1)...(end + 3)])))
      end += 4
    }
    return groups
  }

  /// The message for a number like `725.000` (written as `groups` joined by
  /// points, after `sign`) and what to write instead: 725,000 to a Danish
  /// reader, 725 to a program, so both readings are offered.
  static func ambiguity(sign: String, groups: [String]) -> (message: String, expected: String) {
    let decimal = groups.count > 2 ? nil : unambiguousDecimal(integer: groups[0], fraction: groups[1])
    return (
      "number '\(sign)\(groups.joined(separator: "."))' is ambiguous: a point before exactly three digits may "
        + "separate thousands",
      "\(sign)\(groups.joined(separator: "_")) for the thousands"
        + (decimal.map { ", or \(sign)\($0) for a decimal number" } ?? "")
    )
  }

  /// The same decimal number written so that it is not ambiguous: trailing
  /// zeros dropped (`1.450` → `1.45`, `725.000` → `725.0`), or a zero added
  /// when all three decimals count (`1.125` → `1.1250`).
  static func unambiguousDecimal(integer: String, fraction: String) -> String {
    var digits = fraction
    while digits.last == "0" { digits.removeLast() }
    if digits.isEmpty { return integer + ".0" }
    return integer + "." + digits + (digits.count == 3 ? "0" : "")
  }

  /// Builds and checks a distribution from its parameters.
  static func distribution(_ name: String, _ p: [Double], starts: [Int]) throws(Failure) -> Quantity {
    func fail(_ index: Int, _ message: String, _ expected: String) -> Failure {
      Failure(offset: starts[index], message: message, expected: expected)
    }
    switch name {
    case "pert", "triangular":
      guard p[0] <= p[1] else {
        let (mode, min) = Double.plain(p[1], p[0])
        throw fail(1, "\(name) mode \(mode) is below its min \(min)", "min ≤ mode ≤ max")
      }
      guard p[1] <= p[2] else {
        let (max, mode) = Double.plain(p[2], p[1])
        throw fail(2, "\(name) max \(max) is below its mode \(mode)", "min ≤ mode ≤ max")
      }
      return name == "pert" ? .pert(min: p[0], mode: p[1], max: p[2]) : .triangular(min: p[0], mode: p[1], max: p[2])
    case "uniform":
      guard p[0] <= p[1] else {
        let (max, min) = Double.plain(p[1], p[0])
        throw fail(1, "uniform max \(max) is below its min \(min)", "min ≤ max")
      }
      return .uniform(min: p[0], max: p[1])
    case "normal":
      guard p[1] >= 0 else { throw fail(1, "normal standard deviation \(p[1].plain) is negative", "sd ≥ 0") }
      return .normal(mean: p[0], sd: p[1])
    default:  // lognormal
      guard p[0] > 0 else { throw fail(0, "lognormal p5 \(p[0].plain) is not positive", "0 < p5 ≤ p95") }
      guard p[0] <= p[1] else {
        let (p95, p5) = Double.plain(p[1], p[0])
        throw fail(1, "lognormal p95 \(p95) is below its p5 \(p5)", "0 < p5 ≤ p95")
      }
      return .lognormal(p5: p[0], p95: p[1])
    }
  }
}

extension Unicode.Scalar {
  fileprivate var isDigit: Bool { ("0"..."9").contains(self) }
}

extension String {
  fileprivate var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}

extension Double {
  /// A number for messages: 25, not 25.0; at most ten significant digits, so
  /// that rounding noise (0.04999999999999999) reads as 0.05.
  var plain: String {
    if self == rounded() && abs(self) < 1e15 { return String(Int64(self)) }
    guard isFinite else { return String(self) }
    return String(format: "%.10g", self)
  }

  /// Two numbers a message compares, each as ``plain``, or in full when the
  /// ten digits would make them look the same (0.30000000002 and
  /// 0.30000000001).
  static func plain(_ a: Double, _ b: Double) -> (String, String) {
    a.plain == b.plain ? (String(a), String(b)) : (a.plain, b.plain)
  }
}
