import Diagnostics
import Reports
import WorkforceModel

/// `workforce check`: computed figures against the published ones.
enum CheckCommand: CLICommand {
  static let name = "check"
  static let summary =
    "Compare computed figures with the report's published figures; list the report's inconsistencies."
  static let usage = "workforce check [FILE…] [--solution ID]… [--format FORMAT] [--lang LANG] [--output FILE]"
  static let discussion = """
    For every figure under a solution's 'published:' block, prints the computed value,
    the published value, the relative deviation and a verdict: reproduced, within
    rounding (the computed value rounded to the figure's 'rounding:', or else to the
    published number's last non-zero digit but at most its second significant digit:
    30mio to 1 mio, 200 to 10), or differs. A figure that differs is accepted only
    when the scenario gives a 'discrepancy:' reason. Notes on the source follow the
    table. Exits with 1 when a figure differs without a reason, and then writes one
    error per such figure to standard error, at the FILE:LINE:COL of its published
    value. With no FILE it checks the bundled Scenarios/published.yaml.
    """
  static let options: [OptionSpec] = [SolutionSelection.option, .format, .lang, .output, .help]

  static func run(_ arguments: ParsedArguments, console: inout Console) throws(Diagnostic) -> Int32 {
    var options = try ReportOptions(arguments, command: name, defaultToBundled: true)
    let scenarios = try options.scenarios()
    let report = CheckReport(scenarios.map { ($0, PublishedCheck($0)) })
    try options.output.write(report.render(options.format, language: options.language), console: &console)
    // Figures kept from an extended file although the inputs changed: say so,
    // since their verdicts (and any 'discrepancy:' reasons) may no longer apply.
    for kept in scenarios.flatMap(\.inheritedPublished) {
      console.error(
        "\(kept.location): note: '\(kept.solution)' changes its inputs here but keeps the published figures of the "
          + "file it extends; give its 'published:' here (published: {} for none)\n")
    }
    if !report.passed {
      // One compiler-style line per failing figure, so an editor can jump to each.
      for row in report.unexplained {
        let failure = CheckReport.failure(row)
        let diagnostic = Diagnostic(
          .failedCheck, at: row.published.location, failure.message, expected: failure.expected)
        console.error(diagnostic.description + "\n")
      }
      return Diagnostic.Kind.failedCheck.exitCode
    }
    return 0
  }
}
