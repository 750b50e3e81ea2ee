import Diagnostics
import Foundation
import Reports
import Simulation

/// `workforce simulate`: Monte Carlo percentiles and sensitivity.
enum SimulateCommand: CLICommand {
  static let name = "simulate"
  /// The iteration limit of a `--precision` run without `--iterations`.
  static let precisionIterations = 10_000_000
  static let summary = "Monte Carlo: mean, spread and percentiles of every figure, and what drives them."
  static let usage = "workforce simulate FILE [--iterations N] [--seed S] [--threads T] [options]"
  static let discussion = """
    Samples every uncertain input (a plain range a..b is uniform, or PERT with
    'simulation: {ranges: pert}'; normal and lognormal are clamped to the input's domain),
    evaluates the models on batches of samples using every core, and reports for each
    solution and the total: mean, standard deviation, the Monte Carlo error of the mean,
    and percentiles with 95 % confidence intervals. Sensitivity: a tornado (each input at
    its P5 and P95, the others at their medians), Spearman rank correlations, and first-order
    and total Sobol indices (Saltelli sampling, Saltelli 2010 / Jansen estimators, bootstrap
    intervals). The same --seed gives identical output whatever --threads is.
    """
  static let options: [OptionSpec] = [
    OptionSpec("iterations", short: "n", value: "N", "iterations (default 100000; at most 1000000000)"),
    OptionSpec("seed", value: "S", "seed of the random generator (default 1)"),
    OptionSpec("threads", short: "j", value: "T", "worker threads (default: all cores); does not change results"),
    OptionSpec(
      "sampling", value: "KIND", of: SimulationOptions.Sampling.self,
      "random (default) or lhs (Latin hypercube per block of 8192)"),
    OptionSpec("percentiles", short: "p", value: "LIST", "percentiles to report (default 5,50,95)"),
    OptionSpec(
      "precision", value: "REL",
      "run until every mean is known to within REL (e.g. 0.5%, 95 % confidence), checked every 131,072 "
        + "iterations, up to --iterations (default 10000000 with --precision)"),
    OptionSpec(
      "sensitivity", value: "LEVEL", of: SimulationOptions.SensitivityLevel.self,
      "none, tornado or full (default: full)"),
    OptionSpec("samples-out", value: "FILE", "also write every input and output sample as CSV (an audit trail)"),
    SolutionSelection.option, .format, .lang, .output, .help,
  ]

  static func run(_ arguments: ParsedArguments, console: inout Console) throws(Diagnostic) -> Int32 {
    var report = try ReportOptions(arguments, command: name, single: true)
    guard let scenario = try report.scenarios().first else { return 0 }
    let options = try simulationOptions(arguments)
    let samplesPath = arguments.value("samples-out")
    if let samplesPath, samplesPath == report.output.path {
      throw Diagnostic(
        .usage, at: nil, "--samples-out and --output name the same file", expected: "two different files")
    }
    let plan = SimulationPlan(scenario)
    let runner = try MonteCarloRunner(plan: plan, options: options)
    // Temporary output files of this run: removed on failure, and on SIGINT/SIGTERM (exit 130/143).
    let temporaries = TemporaryFiles()
    defer { temporaries.discardAll() }
    var output = report.output
    output.temporaries = temporaries
    let sink = try samplesPath.map { path throws(Diagnostic) in
      try SampleWriter(path: path, plan: plan, inputs: report.output.inputs, temporaries: temporaries)
    }
    if let line = SimulationLimits.announcement(plan: plan, options: options, samplesOut: sink != nil) {
      console.error(line)
    }
    let progress = Progress(console: console, iterations: options.iterations)
    let result = runner.run(progress: progress.update, samples: sink.map { writer in { writer.append($0) } })
    progress.finish()
    try FiniteCheck.verify(result, of: scenario)
    if let precision = result.precision, result.reachedPrecision == false {
      console.error(
        "workforce: note: --precision \(PlainNumber.text(SimulationReport.percent(precision)))% was not reached in "
          + "\(NumberStyle(.en).number(Double(result.iterations), decimals: 0)) iterations; raise --iterations\n")
    }
    try output.write(SimulationReport(result).render(report.format, language: report.language), console: &console)
    try sink?.finish()
    return 0
  }

  static func simulationOptions(_ arguments: ParsedArguments) throws(Diagnostic) -> SimulationOptions {
    var options = SimulationOptions()
    options.iterations = try SimulationLimits.iterations(arguments, default: 100_000)
    options.threads = try arguments.integer(
      "threads", default: ProcessInfo.processInfo.activeProcessorCount, in: 1...256)
    options.seed = try arguments.seed(default: 1)
    options.sampling = try arguments.choice("sampling", default: SimulationOptions.Sampling.random)
    options.sensitivity = try arguments.choice("sensitivity", default: SimulationOptions.SensitivityLevel.full)
    if let text = arguments.value("percentiles") {
      var percentiles: [Double] = []
      for part in text.split(separator: ",", omittingEmptySubsequences: false) {
        let trimmed = part.trimmingCharacters(in: .whitespaces)
        guard let value = Double(trimmed), value > 0, value < 100 else {
          throw Diagnostic(
            .usage, at: nil, "--percentiles '\(text)': '\(trimmed)' is not a percentile",
            expected: "numbers above 0 and below 100, e.g. 5,50,95")
        }
        percentiles.append(value / 100)
      }
      // In ascending order, each once: the columns and JSON keys follow it.
      options.percentiles = Array(Set(percentiles)).sorted()
    }
    if let text = arguments.value("precision") {
      let isPercent = text.hasSuffix("%")
      let number = isPercent ? String(text.dropLast()) : text
      // Plain decimals only (Double(_:) would also take "inf", "nan" and hex).
      let isDecimal = !number.isEmpty && number.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
      guard isDecimal, let value = Double(number), value > 0, (isPercent ? value / 100 : value) < 1 else {
        throw Diagnostic(
          .usage, at: nil, "--precision '\(text)' is not a share above 0 and below 1",
          expected: "e.g. 0.5% or 0.005")
      }
      options.precision = isPercent ? value / 100 : value
      // Stopping early needs room to run: without -n, up to 10 million.
      if arguments.value("iterations") == nil { options.iterations = SimulateCommand.precisionIterations }
    }
    return options
  }
}

/// A progress line on standard error, shown only on a terminal and only once
/// a run has taken more than a second.
final class Progress: @unchecked Sendable {
  let console: Console
  let start = Date()
  var shown = false

  init(console: Console, iterations: Int) {
    self.console = console
  }

  func update(_ fraction: Double) {
    guard console.errorIsTerminal, Date().timeIntervalSince(start) > 1 else { return }
    shown = true
    console.error("\rworkforce: simulating … \(Int(fraction * 100)) %")
  }

  func finish() {
    if shown { console.error("\r\u{1B}[K") }
  }
}

/// Streams `--samples-out` CSV into a temporary file, renamed into place at the end.
final class SampleWriter: @unchecked Sendable {
  let path: String
  let target: URL
  let temporary: URL
  let handle: FileHandle
  let temporaries: TemporaryFiles
  var row = 0
  /// Set when a write failed (a full disk): `finish()` then reports it.
  var failed = false

  init(path: String, plan: SimulationPlan, inputs: [String], temporaries: TemporaryFiles) throws(Diagnostic) {
    self.path = path
    self.temporaries = temporaries
    target = try OutputWriter.checkedTarget(path, option: "--samples-out", inputs: inputs)
    (temporary, handle) = try temporaries.create(for: target, named: "--samples-out '\(path)'")
    let header = (["iteration"] + plan.variableKeys + plan.outputKeys).joined(separator: ",") + "\r\n"
    write(header)
  }

  private func write(_ text: String) {
    guard !failed else { return }
    do { try handle.write(contentsOf: Data(text.utf8)) } catch { failed = true }
  }

  func append(_ block: MonteCarloRunner.BlockSamples) {
    var text = ""
    text.reserveCapacity(block.count * (block.inputs.count + block.outputs.count) * 12)
    for index in 0..<block.count {
      row += 1
      text += String(row)
      for column in block.inputs { text += "," + PlainNumber.text(column[index]) }
      for column in block.outputs { text += "," + PlainNumber.text(column[index]) }
      text += "\r\n"
    }
    write(text)
  }

  func finish() throws(Diagnostic) {
    do { try handle.close() } catch { failed = true }
    guard !failed else {
      temporaries.discard(temporary)
      throw TemporaryFiles.cannotWrite("--samples-out '\(path)'")
    }
    try temporaries.commit(temporary, to: target, named: "--samples-out '\(path)'")
  }
}
