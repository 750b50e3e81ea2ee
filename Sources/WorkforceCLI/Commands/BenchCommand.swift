import Diagnostics
import Foundation
import Reports
import ScenarioFormat
import Simulation

/// `workforce bench`: Monte Carlo speed on the standard workload, against a
/// plain reference implementation measured in the same run.
enum BenchCommand: CLICommand {
  static let name = "bench"
  static let summary = "Measure Monte Carlo speed on Scenarios/uncertain.yaml against a plain implementation."
  static let usage = "workforce bench [FILE] [--iterations N] [--threads T] [--repeat R] [--format text|json]"
  static let discussion = """
    Runs the standard workload of the design (Scenarios/uncertain.yaml: 34 PERT inputs,
    18 outputs, mean and P5/P50/P95 of each, no sensitivity analysis) R times and reports
    the best and median wall-clock time and iterations per second. In the same run it
    times a plain implementation (one thread, one iteration at a time, full sorts) on
    --reference-iterations and reports the speed ratio, and checks that both agree.
    Build with -c release for meaningful numbers: swift run -c release workforce bench.
    """
  static let options: [OptionSpec] = [
    OptionSpec("iterations", short: "n", value: "N", "iterations per timed run (default 1000000)"),
    OptionSpec("threads", short: "j", value: "T", "worker threads (default: all cores)"),
    OptionSpec("repeat", short: "r", value: "R", "timed runs (default 5)"),
    OptionSpec("reference-iterations", value: "N", "iterations for the plain implementation (default 100000)"),
    OptionSpec("seed", value: "S", "seed (default 1)"),
    OptionSpec("format", short: "f", value: "FORMAT", of: Format.self, "text (default) or json"),
    .output, .help,
  ]

  /// The formats of `bench`: a few aligned lines, or every number as JSON.
  enum Format: String, CaseIterable {
    case text, json
  }

  static func run(_ arguments: ParsedArguments, console: inout Console) throws(Diagnostic) -> Int32 {
    let file: String
    if let given = arguments.positionals.first {
      file = given
    } else {
      file = try BundledScenario.existingPath("uncertain.yaml")
    }
    let format = try arguments.choice("format", default: Format.text)
    let scenario = try ScenarioLoader().load(file)
    var options = SimulationOptions(sensitivity: .none)
    options.iterations = try arguments.integer("iterations", default: 1_000_000, in: 2...1_000_000_000)
    options.threads = try arguments.integer(
      "threads", default: ProcessInfo.processInfo.activeProcessorCount, in: 1...256)
    options.seed = try arguments.seed(default: 1)
    let repeats = try arguments.integer("repeat", default: 5, in: 1...1000)
    let referenceIterations = try arguments.integer("reference-iterations", default: 100_000, in: 2...100_000_000)

    let plan = SimulationPlan(scenario)
    let runner = try MonteCarloRunner(plan: plan, options: options)
    var times: [Double] = []
    var result: SimulationResult?
    for _ in 0..<repeats {
      let start = DispatchTime.now().uptimeNanoseconds
      result = runner.run()
      times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    let start = DispatchTime.now().uptimeNanoseconds
    let reference = ReferenceMonteCarlo(plan: plan).run(
      iterations: referenceIterations, seed: options.seed, percentiles: options.percentiles)
    let referenceSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9

    let sorted = times.sorted()
    let best = sorted[0]
    let median = sorted[sorted.count / 2]
    let rate = Double(options.iterations) / best
    let referenceRate = Double(referenceIterations) / referenceSeconds
    // Agreement: the largest relative difference of the means, fast vs plain.
    var worst = 0.0
    if let result {
      for (output, plain) in zip(result.outputs, reference) where plain.mean != 0 {
        worst = max(worst, abs(output.mean - plain.mean) / abs(plain.mean))
      }
    }
    let numpyRate = 400_000.0
    let text: String
    if format == .json {
      text = JSONValue.object([
        ("workload", .string(file)), ("inputs", .number(Double(plan.variableKeys.count))),
        ("outputs", .number(Double(plan.outputKeys.count))), ("iterations", .number(Double(options.iterations))),
        ("threads", .number(Double(options.threads))),
        ("cores", .number(Double(ProcessInfo.processInfo.activeProcessorCount))),
        ("runs", .array(times.map(JSONValue.number))), ("best_seconds", .number(best)),
        ("median_seconds", .number(median)),
        ("iterations_per_second", .number(rate)), ("reference_iterations", .number(Double(referenceIterations))),
        ("reference_seconds", .number(referenceSeconds)), ("reference_iterations_per_second", .number(referenceRate)),
        ("speedup_over_reference", .number(rate / referenceRate)),
        ("speedup_over_numpy_figure", .number(rate / numpyRate)),
        ("largest_relative_mean_difference", .number(worst)),
      ]).serialized(pretty: true)
    } else {
      let style = NumberStyle(.en)
      text = """
        workload   \(file): \(plan.variableKeys.count) uncertain inputs, \(plan.outputKeys.count) outputs, mean and \(options.percentiles.map { "P\(PlainNumber.text($0 * 100))" }.joined(separator: "/"))
        machine    \(ProcessInfo.processInfo.activeProcessorCount) cores, \(options.threads) threads
        runs       \(times.map { style.number($0, decimals: 3) + " s" }.joined(separator: ", "))
        fast       \(style.number(Double(options.iterations), decimals: 0)) iterations: best \(style.number(best, decimals: 3)) s, median \(style.number(median, decimals: 3)) s, \(style.number(rate, decimals: 0)) iterations/s
        plain      \(style.number(Double(referenceIterations), decimals: 0)) iterations in \(style.number(referenceSeconds, decimals: 3)) s, \(style.number(referenceRate, decimals: 0)) iterations/s (one thread, scalar, full sort)
        ratio      \(style.number(rate / referenceRate, decimals: 1))× the plain implementation; \(style.number(rate / numpyRate, decimals: 1))× the design's numpy figure (400,000 iterations/s on one core)
        agreement  largest relative difference of the \(plan.outputKeys.count) means, fast vs plain: \(style.number(worst * 100, decimals: 3)) %

        """
    }
    try OutputWriter(path: arguments.value("output"), inputs: [file] + scenario.extendedFiles).write(
      text, console: &console)
    return 0
  }
}
