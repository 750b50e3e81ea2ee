import BusinessCase
import Diagnostics
import Foundation
import Reports
import ScenarioFormat
import Simulation

/// `workforce report`: one self-contained HTML page with the figures, the
/// check against the source, the Monte Carlo distribution and the drivers.
enum ReportCommand: CLICommand {
  static let name = "report"
  static let summary = "Write one self-contained HTML report with SVG charts (printable, no JavaScript)."
  static let usage =
    "workforce report [FILE] [--solution ID]… [--output report.html] [--iterations N] [--seed S] [--lang LANG]"
  static let discussion = """
    Writes a single HTML file: a summary of the portfolio, a card per solution with its
    computed ranges beside the report's published figures, the verdict of 'check' and every
    input with its source; a histogram of simulated total freed årsværk with P5/P50/P95; tornado
    charts of the largest drivers; and the business case and grant sections. CSS and SVG are
    inline and nothing is fetched from the network, so the file can be mailed, archived and
    printed (A4). Danish by default, English with --lang en. The simulation uses the same
    seed and iterations as 'simulate' (defaults 1 and 100000), so every figure can be found
    in the output of run, check and simulate. With no FILE it reports on the bundled
    Scenarios/published.yaml; without --output the HTML goes to standard output.
    """
  static let options: [OptionSpec] = [
    OptionSpec("iterations", short: "n", value: "N", "Monte Carlo iterations (default 100000; at most 1000000000)"),
    OptionSpec("seed", value: "S", "seed of the random generator (default 1)"),
    OptionSpec("threads", short: "j", value: "T", "worker threads (default: all cores); does not change results"),
    OptionSpec("format", short: "f", value: "FORMAT", choices: ["html"], "html (the only format of this command)"),
    OptionSpec("lang", value: "LANG", of: Language.self, "da (default) or en: labels and number style of the page"),
    SolutionSelection.option, .output, .help,
  ]

  static func run(_ arguments: ParsedArguments, console: inout Console) throws(Diagnostic) -> Int32 {
    if let format = arguments.value("format"), format != "html" {
      throw Diagnostic(
        .usage, at: nil, "--format '\(format)' is not known for 'report'", expected: "html",
        suggestion: Suggestion.closest(to: format, in: ["html"]))
    }
    var files = arguments.positionals
    if files.isEmpty { files = [try BundledScenario.existingPath()] }
    guard files.count == 1 else {
      throw Diagnostic(
        .usage, at: nil, "'report' takes one scenario file, got \(files.count)", expected: "workforce report FILE")
    }
    let language = try arguments.choice("lang", default: Language.da)
    var output = OutputWriter(path: arguments.value("output"), inputs: files)
    let scenario = try SolutionSelection.apply(arguments.values["solution"] ?? [], to: ScenarioLoader().load(files[0]))
    output.inputs += scenario.extendedFiles
    try FiniteCheck.verify(scenario)

    // The same options `simulate` uses, so its output matches for the same seed.
    let options = try SimulateCommand.simulationOptions(arguments)
    let runner = try MonteCarloRunner(plan: SimulationPlan(scenario), options: options)
    let progress = Progress(console: console, iterations: options.iterations)
    let result = runner.run(progress: progress.update)
    progress.finish()

    let report = HTMLReport(
      analysis: ScenarioAnalysis(scenario), simulation: result, language: language,
      generator: "workforce \(WorkforceCLI.version)")
    try output.write(report.render(), console: &console)
    return 0
  }
}
