import Decision
import Diagnostics
import Foundation
import Reports
import WorkforceModel

/// `workforce decide`: decision analysis for the pool under uncertainty.
enum DecideCommand: CLICommand {
  static let name = "decide"
  static let summary = "Decision analysis for the pool: inclusion probabilities, expected loss, EVPI, EVPPI."
  static let usage = "workforce decide FILE [--iterations N] [--seed S] [--threads T] [options]"
  static let discussion = """
    Samples every uncertain input as 'simulate' does and, in every draw, solves the pool's
    portfolio problem exactly (the problem 'grant' solves: the most freed årsværk after
    ramp-up with the grants within the pool, ties to the cheaper). Reports for each
    candidate the probability that it is in the draw's best portfolio; the most frequent
    best portfolios; the portfolio 'grant' commits to, the probability that it is best and
    the expected loss of committing to it (årsværk); the pool curve (inclusion as the pool
    runs from 0 to twice the pool); each solution's acceptability curve (P(NPV > 0) as the
    value per freed årsværk runs from 300,000 to 900,000 kr.) and where it crosses 50 %;
    the EVPI of the portfolio and of each solution's fund/don't-fund decision; and the EVPPI
    of every uncertain input and of each solution's inputs together, by non-parametric
    regression on the draws (Strong, Oakley & Brennan 2014), ranked as what to measure
    first. Every probability and value comes with its Monte Carlo standard error (±).
    The same --seed gives identical output whatever --threads is.
    """
  static let options: [OptionSpec] = [
    OptionSpec("iterations", short: "n", value: "N", "draws (default 100000)"),
    OptionSpec("seed", value: "S", "seed of the random generator (default 1)"),
    OptionSpec("threads", short: "j", value: "T", "worker threads (default: all cores); does not change results"),
    OptionSpec("pool-steps", value: "N", "pool sizes of the pool curve, 0 to twice the pool (default 41)"),
    OptionSpec(
      "evppi-draws", value: "N",
      "draws the EVPPI regressions use, the first ones (default 50000, fewer for many candidates; 0: none)"),
    SolutionSelection.option, .format, .lang, .output, .help,
  ]

  static func run(_ arguments: ParsedArguments, console: inout Console) throws(Diagnostic) -> Int32 {
    var report = try ReportOptions(arguments, command: name, single: true)
    var options = DecisionRun.Options()
    options.iterations = try SimulationLimits.iterations(arguments, default: 100_000)
    options.threads = try arguments.integer(
      "threads", default: ProcessInfo.processInfo.activeProcessorCount, in: 1...256)
    options.seed = try arguments.seed(default: 1)
    options.poolSteps = try arguments.integer("pool-steps", default: 41, in: 2...1001)
    if arguments.value("evppi-draws") != nil {
      options.evppiDraws = try arguments.integer("evppi-draws", default: 50_000, in: 0...1_000_000)
    }
    guard let scenario = try report.scenarios().first else { return 0 }
    guard let problem = DecisionRun.problem(scenario, options: options) else {
      throw Diagnostic(
        at: SourceLocation(file: report.files[0], line: 1, column: 1), "the scenario has no 'grant:' block",
        expected: "a 'grant:' block (grant: {} uses the pool's published facts), as for workforce grant")
    }
    let progress = Progress(console: console, iterations: options.iterations)
    let result = try DecisionRun.run(scenario, problem: problem, options: options, progress: progress.update)
    progress.finish()
    let decision = DecisionReport(result, inputNotes: notes(scenario, keys: problem.variables, report.language))
    if let path = decision.json().firstNonFinitePath {
      throw Diagnostic(
        at: SourceLocation(file: report.files[0], line: 1, column: 1),
        "the decision analysis computes a number that is not finite at \(path)",
        expected: "inputs small enough that every figure stays finite")
    }
    try report.output.write(decision.render(report.format, language: report.language), console: &console)
    return 0
  }

  /// Each sampled input's range and source, for the "measure first" table.
  static func notes(_ scenario: Scenario, keys: [String], _ language: Language) -> [String: (
    range: String, source: String?
  )] {
    let style = NumberStyle(language)
    var notes: [String: (range: String, source: String?)] = [:]
    for key in keys {
      let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
      guard parts.count == 2 else { continue }
      var input: ScenarioInput?
      if parts[0] == "assumptions" {
        input = scenario.solutions.lazy.compactMap { $0.argument(named: parts[1]) }.first
      } else {
        input = scenario.solution(parts[0])?.argument(named: parts[1])
      }
      guard let input else { continue }
      notes[key] = (style.compactRange(input.quantity.deterministicRange, maximum: 3), input.source)
    }
    return notes
  }
}
