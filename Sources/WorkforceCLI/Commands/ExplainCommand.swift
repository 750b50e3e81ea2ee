import Diagnostics
import Reports
import WorkforceModel

/// `workforce explain`: every formula with its numbers and sources.
enum ExplainCommand: CLICommand {
  static let name = "explain"
  static let summary = "Show how each figure is computed: formulas, the numbers put in, and their sources."
  static let usage = "workforce explain [FILE] [--solution ID]… [--format FORMAT] [--lang LANG] [--output FILE]"
  static let discussion = """
    For each solution, lists its inputs with their values and sources (inputs taken from
    'assumptions' are marked), then every intermediate quantity and figure as a formula,
    the same formula with the values put in, and the result. With no FILE it explains
    the bundled Scenarios/published.yaml.
    """
  static let options: [OptionSpec] = [
    SolutionSelection.option, .format, .lang, .output, .help,
  ]

  static func run(_ arguments: ParsedArguments, console: inout Console) throws(Diagnostic) -> Int32 {
    var options = try ReportOptions(arguments, command: name, defaultToBundled: true, single: true)
    guard let scenario = try options.scenarios().first else { return 0 }
    let report = ExplainReport(scenario, explanations: SolutionExplanation.explanations(of: scenario))
    try options.output.write(report.render(options.format, language: options.language), console: &console)
    return 0
  }
}
