import Diagnostics
import ScenarioFormat
import Simulation
import WorkforceModel

/// `workforce validate`: parse and check only, or print the canonical form.
enum ValidateCommand: CLICommand {
  static let name = "validate"
  static let summary = "Check scenario files without computing anything."
  static let usage = "workforce validate FILE…  |  workforce validate --canonical FILE"
  static let discussion = """
    Reads each file (and the files it extends), checks the syntax, every key and input
    name, every quantity and domain, and prints one line per valid file. The first
    error is printed as file:line:col: error: … and the exit code is 65 (66 when a file
    is missing).

    With --canonical, prints the one valid file instead in canonical form: 'extends:'
    merged in, keys in a fixed order, inputs in their model's order, text in double
    quotes and numbers written exactly. Reading the canonical form gives the same
    scenario, and two files that mean the same print the same (so 'diff' compares
    meanings, not layouts).
    """
  static let options: [OptionSpec] = [
    OptionSpec("canonical", "print the file in canonical form instead of a summary line"), .output, .help,
  ]

  static func run(_ arguments: ParsedArguments, console: inout Console) throws(Diagnostic) -> Int32 {
    let files = arguments.positionals
    guard !files.isEmpty else {
      throw Diagnostic(.usage, at: nil, "'validate' needs a scenario file", expected: "workforce validate FILE…")
    }
    var output = OutputWriter(path: arguments.value("output"), inputs: files)
    if arguments.flag("canonical") {
      guard files.count == 1 else {
        throw Diagnostic(
          .usage, at: nil, "'validate --canonical' takes one scenario file, got \(files.count)",
          expected: "workforce validate --canonical FILE")
      }
      let scenario = try ScenarioLoader().load(files[0])
      try Self.check(scenario)
      output.inputs += scenario.extendedFiles
      try output.write(try ScenarioPrinter.canonical(file: files[0]), console: &console)
      return 0
    }
    var text = ""
    for file in files {
      let scenario = try ScenarioLoader().load(file)
      try Self.check(scenario)
      output.inputs += scenario.extendedFiles
      // Each input once: a solution's own, and each shared assumption once however many use it.
      let distinct = scenario.solutions.flatMap(\.arguments).filter { $0.origin == .solution } + scenario.assumptions
      let inputs = distinct.count
      let unsourced = distinct.filter { $0.source == nil }.count
      let solutions = scenario.solutions.count
      var line =
        "\(file): ok: scenario '\(scenario.id)', \(solutions) solution\(solutions == 1 ? "" : "s"), \(inputs) inputs"
      if unsourced > 0 { line += " (\(unsourced) without a source)" }
      text += line + "\n"
      if output.path == nil {  // one line per valid file, as soon as it is checked
        console.out(text)
        text = ""
      }
    }
    if output.path != nil { try output.write(text, console: &console) }
    return 0
  }

  /// The checks beyond decoding: every figure finite, and what `simulate`
  /// would reject must not pass here either (the correlations must form a
  /// valid correlation matrix).
  static func check(_ scenario: Scenario) throws(Diagnostic) {
    try FiniteCheck.verify(scenario)
    _ = try MonteCarloRunner(plan: SimulationPlan(scenario), options: SimulationOptions(sensitivity: .none))
  }
}
