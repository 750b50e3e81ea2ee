import Reports

/// One command-line option a command accepts.
struct OptionSpec: Sendable {
  /// The long name without dashes: `format` for `--format`.
  var name: String
  /// A one-letter alias without the dash: `o` for `-o`.
  var short: Character?
  /// The placeholder for the value (`FORMAT`), or nil for a flag.
  var value: String?
  /// One line of help.
  var help: String
  /// The values the option accepts, when they are a fixed set (for shell
  /// completion and the manual page); empty for free values.
  var choices: [String]

  init(_ name: String, short: Character? = nil, value: String? = nil, choices: [String] = [], _ help: String) {
    self.name = name
    self.short = short
    self.value = value
    self.choices = choices
    self.help = help
  }

  /// An option whose value is one case of `T` (its raw values are the choices).
  init<T: RawRepresentable<String> & CaseIterable>(
    _ name: String, short: Character? = nil, value: String, of type: T.Type, _ help: String
  ) {
    self.init(name, short: short, value: value, choices: T.allCases.map(\.rawValue), help)
  }

  /// What a shell offers for the option's value.
  enum ValueCompletion: Equatable {
    /// One of a fixed set of words.
    case choices([String])
    /// A file or folder name.
    case path
    /// Anything: nothing to offer.
    case free
  }

  /// What a shell offers for the value: the choices, file names for a
  /// `FILE` or `DIR` value, or nothing.
  var valueCompletion: ValueCompletion {
    if !choices.isEmpty { return .choices(choices) }
    return value == "FILE" || value == "DIR" ? .path : .free
  }

  static let format = OptionSpec(
    "format", short: "f", value: "FORMAT", of: ReportFormat.self, "text (default), markdown, csv, json or html (a page)"
  )
  static let lang = OptionSpec(
    "lang", value: "LANG", of: Language.self, "da (default) or en: labels and number style of text and markdown")
  static let output = OptionSpec(
    "output", short: "o", value: "FILE", "write to FILE (atomically) instead of standard output")
  static let help = OptionSpec("help", short: "h", "show this help")
  /// Accepted by every command (design §4), so it is not listed in each
  /// command's options.
  static let version = OptionSpec("version", "print the version of workforce")
}
