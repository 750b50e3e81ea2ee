import Assessment
import Diagnostics
import Reports
import WorkforceModel

/// `workforce assess`: rank the solutions by weighted criteria that follow the
/// three headings of the report's generic assessment model (the weights are the
/// scenario's assumptions).
enum AssessCommand: CLICommand {
  static let name = "assess"
  static let summary =
    "Rank the solutions by weighted criteria (after the three headings of the report's assessment model; the weights are assumptions) and test the ranking's robustness."
  static let usage =
    "workforce assess FILE [--solution ID]… [--draws N] [--seed S] [--format FORMAT] [--lang LANG] [--output FILE]"
  static let discussion = """
    Scores every solution from 1 to 5 on each criterion of the scenario's 'assessment:'
    block: judged criteria (such as scalability and implementability) from the block's
    'scores:', computed criteria (freed årsværk, cost per freed årsværk, net present value)
    from the solution's figures, scaled linearly between the worst and the best solution
    or on the criterion's 'scale:'. The total is the weighted sum of the scores (weights
    are normalised to sum to 1). Robustness: the share of random weight sets, each weight
    changed by up to ±20 %, under which each solution keeps its rank. The same --seed
    gives the same shares. See README.md, "The assessment model".
    """
  static let options: [OptionSpec] = [
    OptionSpec("draws", value: "N", "random weight sets for the robustness test (default: the scenario's, or 2000)"),
    OptionSpec("seed", value: "S", "seed of the robustness test (default: the scenario's, or 1)"),
    SolutionSelection.option, .format, .lang, .output, .help,
  ]

  static func run(_ arguments: ParsedArguments, console: inout Console) throws(Diagnostic) -> Int32 {
    var options = try ReportOptions(arguments, command: name, single: true)
    guard let scenario = try options.scenarios().first else { return 0 }
    guard let settings = scenario.assessment else {
      throw Diagnostic(
        at: SourceLocation(file: scenario.file, line: 1, column: 1),
        "scenario '\(scenario.id)' has no 'assessment:' block",
        expected: "an 'assessment:' block with criteria, weights and scores (see README.md, 'The assessment model')")
    }
    var robustness = settings.robustness
    robustness.draws = try arguments.integer("draws", default: robustness.draws, in: 1...1_000_000)
    if let text = arguments.value("seed") {
      guard let seed = UInt64(text.replacingOccurrences(of: "_", with: "")) else {
        throw Diagnostic(
          .usage, at: nil, "--seed '\(text)' is not a whole number ≥ 0", expected: "a seed such as 1 or 20231123")
      }
      robustness.seed = seed
    }
    let needsNPV = settings.criteria.contains { $0.measure == .npv }
    let assessment = Assessment(
      scenario, settings: settings, robustness: robustness,
      npv: needsNPV ? AssessmentMeasures.netPresentValues(scenario) : [:])
    let report = AssessmentReport(assessment)
    for notice in report.noticeTexts(.en) { console.error("workforce: note: \(notice)\n") }
    try options.output.write(report.render(options.format, language: options.language), console: &console)
    return 0
  }
}
