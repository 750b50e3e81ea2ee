import Diagnostics
import Foundation
import Reports
import Simulation

/// The iteration limit of `simulate`, and the estimate of memory and time it
/// prints on standard error before a huge run starts.
///
/// The runner streams its samples (histograms and moments, never all samples
/// in memory), so memory grows with the number of outputs, variables and
/// threads, not with the iterations; time grows with the iterations. A run of
/// more than ``announcementThreshold`` iterations is announced as
///
/// ```
/// workforce: simulating 200,000,000 iterations: about 45 MB and 31 s
/// ```
///
/// with the disk space of `--samples-out` added when it is asked for.
enum SimulationLimits {
  /// The most iterations one run may ask for.
  static let maximumIterations = 1_000_000_000
  /// Runs of more iterations than this are announced with an estimate.
  static let announcementThreshold = 50_000_000
  /// Iterations of the timed pilot run behind the time estimate.
  static let pilotIterations = 16_384

  /// The `--iterations` option: a whole number from 2 to ``maximumIterations``.
  ///
  /// - Throws: a `.usage` diagnostic; one that names the limit when the
  ///   number is above it (however many digits it has).
  static func iterations(_ arguments: ParsedArguments, default fallback: Int) throws(Diagnostic) -> Int {
    if let text = arguments.value("iterations") {
      // Digits too many for Int are over the limit too, not "not a number".
      let digits = text.replacingOccurrences(of: "_", with: "")
      let isWholeNumber = !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
      if (isWholeNumber && (Int(digits) ?? .max) > maximumIterations)
        || (ParsedArguments.wholeNumber(text) ?? 0) > maximumIterations
      {
        throw Diagnostic(
          .usage, at: nil, "--iterations \(text) is more than the limit of \(grouped(maximumIterations)) iterations",
          expected: "at most \(maximumIterations), or --precision to stop once every mean is known well enough")
      }
    }
    return try arguments.integer("iterations", default: fallback, in: 2...maximumIterations)
  }

  // MARK: - The estimate

  /// What a run will cost, roughly.
  struct Estimate: Sendable, Hashable {
    /// Peak memory of the runner, in bytes.
    var memoryBytes: Double
    /// Wall-clock time, in seconds.
    var seconds: Double
    /// The size of the `--samples-out` file, in bytes, when one is written.
    var samplesBytes: Double?
  }

  /// The line printed before a run of more than ``announcementThreshold``
  /// iterations, or nil for a smaller run.
  static func announcement(plan: SimulationPlan, options: SimulationOptions, samplesOut: Bool) -> String? {
    guard options.iterations > announcementThreshold else { return nil }
    return announcement(
      iterations: options.iterations, upTo: options.precision != nil,
      estimate(plan: plan, options: options, samplesOut: samplesOut))
  }

  /// `workforce: simulating N iterations: about X MB and Y s`.
  static func announcement(iterations: Int, upTo: Bool, _ estimate: Estimate) -> String {
    var line = "workforce: simulating \(upTo ? "up to " : "")\(grouped(iterations)) iterations: about "
    line += "\(bytesText(estimate.memoryBytes)) and \(secondsText(estimate.seconds))"
    if let samples = estimate.samplesBytes { line += ", and \(bytesText(samples)) of --samples-out CSV" }
    return line + "\n"
  }

  /// Memory from the runner's data structures; time from a timed pilot run
  /// of ``pilotIterations`` on the same plan and threads, scaled linearly.
  static func estimate(plan: SimulationPlan, options: SimulationOptions, samplesOut: Bool) -> Estimate {
    let variables = Double(plan.variableKeys.count)
    let outputs = Double(plan.outputKeys.count)
    let threads = Double(max(1, options.threads))
    let perIteration = (variables + outputs) * 8
    var memory = 30e6  // the process itself
    memory += (threads + 1) * outputs * 65_536 * 8  // one histogram per output per thread, and the merge
    memory += threads * Double(SimulationOptions.blockSize) * (variables + 3 * outputs) * 8  // columns in flight
    memory += 2 * Double(SimulationOptions.rankSampleSize) * perIteration  // samples kept for rank correlations
    if samplesOut {
      memory += Double(SimulationOptions.blocksPerRound * SimulationOptions.blockSize) * perIteration * 2
    }
    let sobolEvaluations = options.sensitivity == .full ? Double(options.sobolSamples) * (variables + 2) : 0
    memory += sobolEvaluations * (variables + outputs) * 8

    // Time: a short run of the same plan, formatting CSV rows too when the
    // samples are written (that costs more than drawing them).
    var pilot = options
    pilot.iterations = pilotIterations
    pilot.sensitivity = .none
    pilot.precision = nil
    var csvBytes = 0
    let start = DispatchTime.now().uptimeNanoseconds
    if let runner = try? MonteCarloRunner(plan: plan, options: pilot) {
      _ = runner.run(
        samples: samplesOut
          ? { block in
            for index in 0..<block.count {
              var row = String(index)
              for column in block.inputs + block.outputs { row += "," + PlainNumber.text(column[index]) }
              csvBytes += row.utf8.count + 2
            }
          } : nil)
    }
    let pilotSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let secondsPerIteration = pilotSeconds / Double(pilotIterations)
    let seconds = secondsPerIteration * (Double(options.iterations) + sobolEvaluations)
    let samples = samplesOut ? Double(csvBytes) / Double(pilotIterations) * Double(options.iterations) : nil
    return Estimate(memoryBytes: memory, seconds: seconds, samplesBytes: samples)
  }

  // MARK: - Text

  /// `1,000,000,000`.
  static func grouped(_ number: Int) -> String {
    let digits = Array(String(number))
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { text += "," }
      text.append(digit)
    }
    return text
  }

  /// `45 MB`, `1.2 GB`, `180 GB` (decimal units, two significant figures at least).
  static func bytesText(_ bytes: Double) -> String {
    let units: [(Double, String)] = [(1e12, "TB"), (1e9, "GB"), (1e6, "MB")]
    for (size, name) in units where bytes >= size {
      let value = bytes / size
      return value < 10 ? "\(String(format: "%.1f", value)) \(name)" : "\(Int(value.rounded())) \(name)"
    }
    return "1 MB"
  }

  /// `0.4 s`, `31 s`, `12 min`, `2.5 h`.
  static func secondsText(_ seconds: Double) -> String {
    if seconds < 10 { return "\(String(format: "%.1f", seconds)) s" }
    if seconds < 600 { return "\(Int(seconds.rounded())) s" }
    if seconds < 3 * 3600 { return "\(Int((seconds / 60).rounded())) min" }
    return "\(String(format: "%.1f", seconds / 3600)) h"
  }
}
