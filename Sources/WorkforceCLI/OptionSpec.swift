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

  init(_ name: String, short: Character? = nil, value: String? = nil, _ help: String) {
    self.name = name
    self.short = short
    self.value = value
    self.help = help
  }

  static let format = OptionSpec(
    "format", short: "f", value: "FORMAT", "text (default), markdown, csv, json or html (a page)")
  static let lang = OptionSpec(
    "lang", value: "LANG", "da (default) or en: labels and number style of text and markdown")
  static let output = OptionSpec(
    "output", short: "o", value: "FILE", "write to FILE (atomically) instead of standard output")
  static let help = OptionSpec("help", short: "h", "show this help")
  /// Accepted by every command (design §4), so it is not listed in each
  /// command's options.
  static let version = OptionSpec("version", "print the version of workforce")
}
