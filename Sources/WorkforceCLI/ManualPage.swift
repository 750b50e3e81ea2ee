import Foundation

/// The `workforce(1)` manual page in roff, generated from the command and
/// option tables the parser reads and each command's `--help` text, so the
/// manual never lists an option the program lacks or misses one it has.
enum ManualPage {
  /// The whole page (`man -l workforce.1` shows it).
  static func roff() -> String {
    var text = """
      .TH WORKFORCE 1 "" "workforce \(WorkforceCLI.versionDescription)" "User Commands"
      .SH NAME
      workforce \\- business cases for workforce\\-saving technology in Danish public healthcare
      .SH SYNOPSIS
      .B workforce
      [\\fICOMMAND\\fR] [\\fIFILE\\fR...] [\\fIoptions\\fR]
      .SH DESCRIPTION
      \(escaped("Computes freed årsværk (full-time equivalents), one-off project costs and yearly operating costs "
        + "as ranges from scenario files where every input carries its source; runs Monte Carlo simulations and "
        + "sensitivity analysis; writes multi-year business cases and grant-application tables; and checks every "
        + "figure of the source report (PA Consulting for Danske Regioner, 2023)."))
      .PP
      \(escaped("With no command, runs the bundled Scenarios/published.yaml and prints the five solutions beside "
        + "the report's figures. The bundled scenarios are compiled in: see the scenarios command."))
      .SH COMMANDS

      """
    for command in WorkforceCLI.commands {
      text += ".SS \(escaped(command.name))\n\(escaped(command.summary))\n.PP\n.B \(escaped(command.usage))\n"
      for paragraph in paragraphs(command.discussion) {
        text += ".PP\n\(escaped(paragraph))\n"
      }
      for option in command.options + [.version] {
        text += ".TP\n\(optionLabel(option))\n\(escaped(option.help))"
        if !option.choices.isEmpty { text += " (\(escaped(option.choices.joined(separator: ", "))))" }
        text += "\n"
      }
    }
    text += """
      .SH EXIT STATUS
      .TP
      .B 0
      success
      .TP
      .B 1
      check found an unexplained difference from a published figure
      .TP
      .B 64
      usage error (an unknown command or option, a bad option value)
      .TP
      .B 65
      bad scenario data (the message names file:line:col)
      .TP
      .B 66
      a file not found or not readable
      .TP
      .B 73
      an output that cannot be written
      .SH SEE ALSO
      \(escaped("README.md beside the program; workforce COMMAND --help; workforce schema for the JSON Schema of "
        + "the scenario format; workforce completions bash|zsh|fish."))

      """
    return text
  }

  /// `\fB\-f\fR, \fB\-\-format\fR \fIFORMAT\fR`.
  static func optionLabel(_ option: OptionSpec) -> String {
    var label = ""
    if let short = option.short { label += "\\fB\\-\(escaped(String(short)))\\fR, " }
    label += "\\fB\\-\\-\(escaped(option.name))\\fR"
    if let value = option.value { label += " \\fI\(escaped(value))\\fR" }
    return label
  }

  /// The blank-line separated paragraphs of a help text, each on one line.
  static func paragraphs(_ text: String) -> [String] {
    text.components(separatedBy: "\n\n").map {
      $0.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }.filter { !$0.isEmpty }
  }

  /// Text safe in roff: backslashes and hyphens escaped, and a line never
  /// starting with a control character (`.` or `'`).
  static func escaped(_ text: String) -> String {
    var out = text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
    if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
    return out.replacingOccurrences(of: "\n.", with: "\n\\&.").replacingOccurrences(of: "\n'", with: "\n\\&'")
  }
}
