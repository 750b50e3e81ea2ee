import BusinessCase
import Diagnostics
import Reports

/// `workforce run`: deterministic ranges for each solution and the totals.
enum RunCommand: CLICommand {
  static let name = "run"
  static let summary = "Compute each solution's freed årsværk, project cost and operating cost as ranges."
  static let usage = "workforce run [FILE…] [--solution ID]… [--format FORMAT] [--lang LANG] [--output FILE]"
  static let discussion = """
    Evaluates every solution of each scenario file with its inputs' ranges (a range or a
    bounded distribution contributes its minimum and maximum; normal and lognormal their
    5th and 95th percentiles) and prints the ranges, the totals and, where the scenario
    has them, the report's published figures beside them. With no FILE it runs the
    bundled Scenarios/published.yaml. JSON has the shape documented in the README.
    """
  static let options: [OptionSpec] = [SolutionSelection.option, .format, .lang, .output, .help]

  static func run(_ arguments: ParsedArguments, console: inout Console) throws(Diagnostic) -> Int32 {
    var options = try ReportOptions(arguments, command: name, defaultToBundled: true)
    let report = RunReport(try options.scenarios().map { ScenarioAnalysis($0, grant: false) })
    try options.output.write(report.render(options.format, language: options.language), console: &console)
    return 0
  }
}
