import Diagnostics
import Foundation

/// The `workforce` command line: picks the command, runs it, and turns any
/// error into one located line on standard error and an exit code.
package enum WorkforceCLI {
  package static let version = "0.1.0"

  /// The version with the commit of a release build: `0.1.0 (commit 1a2b3c4d5e6f)`.
  static var versionDescription: String {
    BuildInfo.commit.map { "\(version) (commit \($0))" } ?? version
  }

  /// Every command, in the order `--help` lists them.
  static let commands: [any CLICommand.Type] = [
    RunCommand.self, ExplainCommand.self, CheckCommand.self, ValidateCommand.self, SimulateCommand.self,
    BenchCommand.self, ReportCommand.self, AssessCommand.self, GrantCommand.self, DecideCommand.self,
    ScenariosCommand.self,
    CompletionsCommand.self, ManualCommand.self, SchemaCommand.self,
  ]

  /// Runs `workforce` with `arguments` (without the program name) on the real
  /// standard output and error; returns the exit code.
  package static func main(_ arguments: [String]) -> Int32 {
    var console = Console.standard()
    return run(arguments, console: &console)
  }

  static func run(_ arguments: [String], console: inout Console) -> Int32 {
    do {
      return try dispatch(arguments, console: &console)
    } catch {
      report(error, console: console)
      return error.kind.exitCode
    }
  }

  static func dispatch(_ arguments: [String], console: inout Console) throws(Diagnostic) -> Int32 {
    guard let first = arguments.first else {
      return try RunCommand.run(try ParsedArguments([], options: RunCommand.options, command: "run"), console: &console)
    }
    switch first {
    case "--help", "-h", "help":
      guard arguments.count > 1 else {
        console.out(overview)
        return 0
      }
      guard let command = command(named: arguments[1]) else {
        let names = commands.map { $0.name }
        throw Diagnostic(
          .usage, at: nil, "no help on '\(arguments[1])': it is not a command",
          expected: "one of \(names.joined(separator: ", "))",
          suggestion: Suggestion.closest(to: arguments[1], in: names))
      }
      console.out(command.help)
      return 0
    case "--version":
      console.out("workforce \(versionDescription)\n")
      return 0
    default:
      break
    }
    guard let command = command(named: first) else {
      if first.hasPrefix("-") || first.hasSuffix(".yaml") || first.hasSuffix(".yml") {
        // `workforce --format json` or `workforce file.yaml`: the default command.
        return try runCommand(RunCommand.self, arguments, console: &console)
      }
      let names = commands.map { $0.name }
      throw Diagnostic(
        .usage, at: nil, "unknown command '\(first)'",
        expected: "one of \(names.joined(separator: ", ")) (see workforce --help)",
        suggestion: Suggestion.closest(to: first, in: names))
    }
    return try runCommand(command, Array(arguments.dropFirst()), console: &console)
  }

  static func runCommand(_ command: any CLICommand.Type, _ arguments: [String], console: inout Console)
    throws(Diagnostic) -> Int32
  {
    let parsed = try ParsedArguments(arguments, options: command.options + [.version], command: command.name)
    if parsed.flag("help") {
      console.out(command.help)
      return 0
    }
    if parsed.flag("version") {
      console.out("workforce \(versionDescription)\n")
      return 0
    }
    return try command.run(parsed, console: &console)
  }

  static func command(named name: String) -> (any CLICommand.Type)? {
    commands.first { $0.name == name }
  }

  /// Prints a diagnostic: one line, plus the source line and a caret on a terminal.
  static func report(_ diagnostic: Diagnostic, console: Console) {
    var text = diagnostic.description
    if console.errorIsTerminal, let location = diagnostic.location, let line = sourceLine(location) {
      text = diagnostic.rendered(sourceLine: line)
    }
    // Without a place in a file, the program names itself, as command-line tools do.
    if diagnostic.kind == .usage || diagnostic.location == nil { text = "workforce: " + text }
    console.error(text + "\n")
  }

  static func sourceLine(_ location: SourceLocation) -> String? {
    guard let data = FileManager.default.contents(atPath: location.file), data.count < 64 << 20 else { return nil }
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    guard location.line >= 1, location.line <= lines.count else { return nil }
    return String(lines[location.line - 1]).replacingOccurrences(of: "\r", with: "")
  }

  static var overview: String {
    let width = (commands.map { $0.name.count }.max() ?? 0) + 2
    var text = """
      workforce \(version): business cases for workforce-saving technology in Danish public healthcare.

      Usage: workforce [COMMAND] [FILE…] [options]

      With no command, runs the bundled Scenarios/published.yaml (the five solutions of the
      PA Consulting report for Danske Regioner, 2023) and prints them beside the report's figures.

      Commands:

      """
    for command in commands {
      text += "  \(command.name)\(String(repeating: " ", count: width - command.name.count))\(command.summary)\n"
    }
    text += """

      Common options: --format text|markdown|csv|json|html, --lang da|en, --output FILE, --help,
      --version.
      Exit codes: 0 ok, 1 check failed, 64 usage error, 65 bad scenario data, 66 file not found,
      73 output not writable. See `workforce COMMAND --help` and README.md.

      """
    return text
  }
}
