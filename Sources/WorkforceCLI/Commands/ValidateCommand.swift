import Diagnostics
import ScenarioFormat

/// `workforce validate`: parse and check only.
enum ValidateCommand: CLICommand {
  static let name = "validate"
  static let summary = "Check scenario files without computing anything."
  static let usage = "workforce validate FILE… "
  static let discussion = """
    Reads each file (and the files it extends), checks the syntax, every key and input
    name, every quantity and domain, and prints one line per valid file. The first
    error is printed as file:line:col: error: … and the exit code is 65 (66 when a file
    is missing).
    """
  static let options: [OptionSpec] = [.help]

  static func run(_ arguments: ParsedArguments, console: inout Console) throws(Diagnostic) -> Int32 {
    guard !arguments.positionals.isEmpty else {
      throw Diagnostic(.usage, at: nil, "'validate' needs a scenario file", expected: "workforce validate FILE…")
    }
    for file in arguments.positionals {
      let scenario = try ScenarioLoader().load(file)
      try FiniteCheck.verify(scenario)
      let inputs = scenario.solutions.reduce(0) { $0 + $1.arguments.count }
      let unsourced = scenario.solutions.flatMap(\.arguments).filter { $0.source == nil }.count
      var line = "\(file): ok: scenario '\(scenario.id)', \(scenario.solutions.count) solutions, \(inputs) inputs"
      if unsourced > 0 { line += " (\(unsourced) without a source)" }
      console.out(line + "\n")
    }
    return 0
  }
}
