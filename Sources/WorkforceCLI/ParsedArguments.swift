import Diagnostics
import ScenarioFormat

/// A command line split into options and positional arguments, checked against
/// the options a command accepts.
///
/// Accepted forms: `--name value`, `--name=value`, `-n value`, flags `--name`,
/// and `--` to end options. Unknown options are usage errors with a suggestion.
struct ParsedArguments: Sendable {
  private(set) var values: [String: [String]] = [:]
  private(set) var flags: Set<String> = []
  private(set) var positionals: [String] = []

  init(_ arguments: [String], options: [OptionSpec], command: String) throws(Diagnostic) {
    var index = 0
    var optionsEnded = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
        positionals.append(argument)
        continue
      }
      if argument == "--" {
        optionsEnded = true
        continue
      }
      var name: String
      var inlineValue: String?
      if argument.hasPrefix("--") {
        name = String(argument.dropFirst(2))
        if let equals = name.firstIndex(of: "=") {
          inlineValue = String(name[name.index(after: equals)...])
          name = String(name[..<equals])
        }
      } else {
        guard argument.count == 2, let letter = argument.last,
          let spec = options.first(where: { $0.short == letter })
        else {
          if argument.count > 1, argument.dropFirst().allSatisfy({ $0.isNumber || $0 == "." }) {
            positionals.append(argument)  // a negative number
            continue
          }
          throw Self.unknown(argument, options: options, command: command)
        }
        name = spec.name
      }
      guard let spec = options.first(where: { $0.name == name }) else {
        throw Self.unknown("--" + name, options: options, command: command)
      }
      if spec.value == nil {
        guard inlineValue == nil else {
          throw Diagnostic(.usage, at: nil, "option --\(name) takes no value", expected: "--\(name) alone")
        }
        flags.insert(name)
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else {
        guard index < arguments.count else {
          throw Diagnostic(
            .usage, at: nil, "option --\(name) needs a value", expected: "--\(name) \(spec.value ?? "VALUE")")
        }
        value = arguments[index]
        index += 1
      }
      values[name, default: []].append(value)
    }
  }

  static func unknown(_ argument: String, options: [OptionSpec], command: String) -> Diagnostic {
    let names = options.map { "--" + $0.name }
    return Diagnostic(
      .usage, at: nil, "unknown option '\(argument)' for '\(command)'",
      expected: "one of \(names.joined(separator: ", ")) (see workforce \(command) --help)",
      suggestion: Suggestion.closest(to: argument, in: names))
  }

  func flag(_ name: String) -> Bool { flags.contains(name) }

  /// The last value given for `name` (a later option overrides an earlier one).
  func value(_ name: String) -> String? { values[name]?.last }

  /// The value of `name` read as one of `choices`.
  func choice<T: RawRepresentable<String> & CaseIterable>(_ name: String, default fallback: T) throws(Diagnostic) -> T {
    guard let text = value(name) else { return fallback }
    guard let choice = T(rawValue: text) else {
      let names = T.allCases.map(\.rawValue)
      throw Diagnostic(
        .usage, at: nil, "--\(name) '\(text)' is not known", expected: "one of \(names.joined(separator: ", "))",
        suggestion: Suggestion.closest(to: text, in: names))
    }
    return choice
  }

  /// The value of `name` as a whole number in `range`, written as in
  /// scenario files: `100000`, `100_000`, `100k`, `10mio`.
  func integer(_ name: String, default fallback: Int, in range: ClosedRange<Int>) throws(Diagnostic) -> Int {
    guard let text = value(name) else { return fallback }
    guard let number = Self.wholeNumber(text), range.contains(number) else {
      throw Diagnostic(
        .usage, at: nil, "--\(name) '\(text)' is not a whole number from \(range.lowerBound) to \(range.upperBound)",
        expected: "a whole number such as \(range.lowerBound), 100_000 or 100k")
    }
    return number
  }

  /// `100_000`, `100k`, `10mio` and `1mia` as numbers (`_` only between
  /// digits, as in scenario files); nil for anything else, including numbers
  /// too large for `Int`.
  static func wholeNumber(_ text: String) -> Int? {
    var digits = Substring(text)
    var factor = 1
    for (suffix, multiplier) in [("mia", 1_000_000_000), ("mio", 1_000_000), ("k", 1_000)]
    where digits.hasSuffix(suffix) {
      digits = digits.dropLast(suffix.count)
      factor = multiplier
      break
    }
    guard let value = digitsValue(digits).flatMap({ Int(exactly: $0) }) else { return nil }
    let (product, overflow) = value.multipliedReportingOverflow(by: factor)
    return overflow ? nil : product
  }

  /// Digits with `_` only between them (`725_000`) as a number; nil otherwise.
  static func digitsValue(_ text: Substring) -> UInt64? {
    let scalars = Array(text.unicodeScalars)
    let run = DigitSyntax.run(in: scalars, from: 0)
    guard run.misplacedUnderscore == nil, run.end == scalars.count, !run.digits.isEmpty else { return nil }
    return UInt64(run.digits)
  }

  /// `--seed`: a whole number from 0 to 2⁶⁴ − 1 (`_` between digits allowed).
  func seed(default fallback: UInt64) throws(Diagnostic) -> UInt64 {
    guard let text = value("seed") else { return fallback }
    guard let seed = Self.digitsValue(Substring(text)) else {
      throw Diagnostic(
        .usage, at: nil, "--seed '\(text)' is not a whole number from 0 to 18446744073709551615",
        expected: "a seed such as 1 or 20231123")
    }
    return seed
  }
}
