import Diagnostics

/// `workforce manual`: the manual page in roff.
enum ManualCommand: CLICommand {
  static let name = "manual"
  static let summary = "Print the manual page (roff): workforce manual > workforce.1"
  static let usage = "workforce manual [--output FILE]"
  static let discussion = """
    Prints workforce(1) in roff, made from the same command and option tables the
    program parses with. Read it with 'man -l workforce.1', or install it as
    share/man/man1/workforce.1.
    """
  static let options: [OptionSpec] = [.output, .help]

  static func run(_ arguments: ParsedArguments, console: inout Console) throws(Diagnostic) -> Int32 {
    if let extra = arguments.positionals.first {
      throw Diagnostic(.usage, at: nil, "'manual' takes no file, got '\(extra)'", expected: "workforce manual")
    }
    try OutputWriter(path: arguments.value("output"), inputs: []).write(ManualPage.roff(), console: &console)
    return 0
  }
}
