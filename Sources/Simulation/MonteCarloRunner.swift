import BusinessCase
import Diagnostics
import Dispatch
import Foundation
import RandomSampling
import Statistics
import WorkforceModel

/// The Monte Carlo runner: samples every uncertain input in blocks, evaluates
/// the scenario's models on whole columns, and streams moments and histograms.
///
/// Reproducibility: block *b* draws from `Xoshiro256StarStar(seed:stream: b)`,
/// each block's moments are kept apart and merged in block order, and
/// histogram counts are integers, so the same seed gives identical results
/// whatever the thread count.
///
/// Memory is bounded: per output one 65,536-bin histogram (percentiles are
/// read from it with a resolution of 1/65,536 of the output's range) and per
/// block a few moments; raw samples are never all kept.
package struct MonteCarloRunner: Sendable {
  package let plan: SimulationPlan
  package let options: SimulationOptions
  let copula: (copula: GaussianCopula, variables: [Int])?

  /// The raw samples of one block, for `--samples-out`.
  package struct BlockSamples: Sendable {
    package var inputs: [[Double]]
    package var outputs: [[Double]]
    package var count: Int
  }

  /// - Throws: a located ``Diagnostic`` when the requested correlations are not a
  ///   valid correlation matrix.
  package init(plan: SimulationPlan, options: SimulationOptions) throws(Diagnostic) {
    self.plan = plan
    self.options = options
    copula = try Self.makeCopula(plan)
  }

  static func makeCopula(_ plan: SimulationPlan) throws(Diagnostic) -> (copula: GaussianCopula, variables: [Int])? {
    let correlations = plan.scenario.simulation.correlations
    guard !correlations.isEmpty else { return nil }
    let keys = plan.inputKeys
    /// The variable of the input `reference` names: its own, or the shared
    /// assumption it is read from.
    func variable(_ reference: InputReference) -> Int? {
      guard let solution = plan.scenario.solution(reference.solution),
        let input = solution.argument(named: reference.input)
      else { return nil }
      return keys.firstIndex(of: .model(input, of: solution))
    }
    var members: [Int] = []
    for correlation in correlations {
      for reference in [correlation.first, correlation.second] {
        guard let v = variable(reference) else {
          throw Diagnostic(
            at: correlation.location, "input \(reference) is not sampled (it is a fixed number)",
            expected: "an uncertain input")
        }
        if !members.contains(v) { members.append(v) }
      }
    }
    members.sort()
    var matrix = [[Double]](repeating: [Double](repeating: 0, count: members.count), count: members.count)
    for i in members.indices { matrix[i][i] = 1 }
    for correlation in correlations {
      guard let a = variable(correlation.first).flatMap(members.firstIndex(of:)),
        let b = variable(correlation.second).flatMap(members.firstIndex(of:))
      else { continue }
      matrix[a][b] = correlation.coefficient
      matrix[b][a] = correlation.coefficient
    }
    do {
      return (try GaussianCopula(rankCorrelations: matrix), members)
    } catch {
      throw Diagnostic(
        at: correlations.first?.location, "the correlations do not form a valid correlation matrix: \(error)",
        expected: "coefficients that can hold together (a positive-definite matrix)")
    }
  }

  /// Runs the simulation.
  ///
  /// - Parameters:
  ///   - progress: called after each round of blocks with the share done (0…1).
  ///   - samples: called with each block's raw samples, in block order.
  package func run(
    progress: (Double) -> Void = { _ in }, samples: ((BlockSamples) -> Void)? = nil
  ) -> SimulationResult {
    let blockSize = SimulationOptions.blockSize
    let totalBlocks = (options.iterations + blockSize - 1) / blockSize
    let outputCount = plan.outputKeys.count
    let threads = max(1, options.threads)
    let rankBlocks = (SimulationOptions.rankSampleSize + blockSize - 1) / blockSize
    let workers = (0..<threads).map { _ in Worker(bounds: plan.outputBounds) }
    var moments = [Moments](repeating: Moments(), count: outputCount)
    var negatives = [Int](repeating: 0, count: outputCount)
    var retained: [BlockResult] = []
    var done = 0
    var reachedPrecision: Bool?

    while done < totalBlocks {
      let round = min(SimulationOptions.blocksPerRound, totalBlocks - done)
      let results = (0..<round).map { _ in BlockResult() }
      let first = done
      let keepAll = samples != nil
      DispatchQueue.concurrentPerform(iterations: min(threads, round)) { worker in
        var block = worker
        while block < round {
          let index = first + block
          let count = min(blockSize, options.iterations - index * blockSize)
          let keep = keepAll || index < rankBlocks
          computeBlock(index, count: count, into: results[block], worker: workers[worker], keepSamples: keep)
          block += threads
        }
      }
      for result in results {
        for output in 0..<outputCount { moments[output].merge(result.moments[output]) }
        for (output, count) in result.negatives { negatives[output] += count }
        if let samples, let inputs = result.inputs, let outputs = result.outputs {
          samples(BlockSamples(inputs: inputs, outputs: outputs, count: result.count))
        }
      }
      for (offset, result) in results.enumerated() where first + offset < rankBlocks {
        result.moments = []
        retained.append(result)
      }
      done += round
      progress(Double(done) / Double(totalBlocks))
      if let precision = options.precision {
        let precise = moments.allSatisfy { m in
          m.marginOfError95 <= precision * abs(m.mean) || m.standardDeviation == 0
        }
        reachedPrecision = precise
        if precise { break }
      }
    }

    var histograms = workers[0].histograms
    for worker in workers.dropFirst() {
      for output in 0..<outputCount { histograms[output].merge(worker.histograms[output]) }
    }
    let summaries = (0..<outputCount).map { output in
      var result = summary(
        plan.outputKeys[output], moments: moments[output], histogram: histograms[output],
        bounds: plan.outputBounds[output])
      if plan.signedOutputs.contains(output), moments[output].count > 0 {
        result.probabilityNegative = Double(negatives[output]) / Double(moments[output].count)
      }
      return result
    }
    let iterations = moments.first?.count ?? 0
    var sensitivity: SensitivityResult?
    if options.sensitivity != .none {
      sensitivity = SensitivityAnalysis(plan: plan, options: options).run(retained: retained)
    }
    var result = SimulationResult(
      scenario: plan.scenario.id, iterations: iterations, seed: options.seed, sampling: options.sampling,
      precision: options.precision, reachedPrecision: reachedPrecision, outputs: summaries, sensitivity: sensitivity,
      variables: plan.variableKeys)
    result.omitted = plan.scenario.omitted
    return result
  }

  /// - Parameter bounds: the range every sample provably lies in; values read
  ///   from the histogram (interpolated within a bin) are clamped to it, so a
  ///   fixed output reports exactly its value.
  func summary(_ key: String, moments: Moments, histogram: Histogram, bounds: Interval) -> SimulationResult.Output {
    func clamped(_ x: Double) -> Double { bounds.isFinite ? min(max(x, bounds.low), bounds.high) : x }
    let percentiles = options.percentiles.map { p -> SimulationResult.Output.Percentile in
      let ranks = Quantiles.confidenceRanks(count: histogram.count, probability: p, confidence: 0.95)
      return .init(
        probability: p, value: clamped(histogram.quantile(p)),
        interval: clamped(
          histogram.value(atRank: ranks.lowerBound))...clamped(histogram.value(atRank: ranks.upperBound)))
    }
    return .init(
      key: key, mean: moments.mean, standardDeviation: moments.standardDeviation,
      standardError: moments.standardErrorOfMean, marginOfError: moments.marginOfError95, percentiles: percentiles,
      histogram: histogram)
  }

  /// Draws block `index` and evaluates every output on it.
  func computeBlock(_ index: Int, count: Int, into result: BlockResult, worker: Worker, keepSamples: Bool) {
    var rng = Xoshiro256StarStar(seed: options.seed, stream: UInt64(index))
    let columns = drawColumns(count: count, using: &rng)
    let outputs = plan.evaluate(columns.map(SampleColumn.init(samples:)), count: count)
      .map { $0.materialized(count: count) }
    result.count = count
    result.moments = outputs.map { column in
      var m = Moments()
      column.withUnsafeBufferPointer { m.add($0) }
      return m
    }
    for (output, column) in outputs.enumerated() {
      column.withUnsafeBufferPointer { worker.histograms[output].add($0) }
    }
    // Counts are integers, merged in block order: thread-count independent.
    result.negatives = plan.signedOutputs.sorted().map { output in
      (output, outputs[output].reduce(0) { $0 + ($1 < 0 ? 1 : 0) })
    }
    if keepSamples {
      result.inputs = columns
      result.outputs = outputs
    }
  }

  /// One column of `count` draws per variable, in a fixed order: correlated
  /// variables first (Gaussian copula), then the others in variable order.
  func drawColumns(count: Int, using rng: inout Xoshiro256StarStar) -> [[Double]] {
    var columns = [[Double]](repeating: [], count: plan.variables.count)
    if let copula {
      var units: [[Double]] = []
      copula.copula.fillUnits(&units, count: count, using: &rng)
      for (position, v) in copula.variables.enumerated() {
        var column = Array(units[position].prefix(count))
        column.withUnsafeMutableBufferPointer { plan.variables[v].transform($0) }
        columns[v] = column
      }
    }
    for (v, variable) in plan.variables.enumerated() where columns[v].isEmpty {
      columns[v] = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
        switch options.sampling {
        case .random:
          variable.fill(buffer, using: &rng)
        case .lhs:
          LatinHypercube.fillStratifiedUnits(buffer, using: &rng)
          variable.transform(buffer)
        }
        initialized = count
      }
    }
    return columns
  }
}

/// One block's results; written by exactly one worker thread, read by the
/// coordinating thread only after all workers of the round have finished.
final class BlockResult: @unchecked Sendable {
  var count = 0
  var moments: [Moments] = []
  /// (output, samples below zero) for the plan's signed outputs.
  var negatives: [(Int, Int)] = []
  var inputs: [[Double]]?
  var outputs: [[Double]]?
}

/// A worker thread's histograms; only that worker touches them during a round.
final class Worker: @unchecked Sendable {
  var histograms: [Histogram]

  init(bounds: [Interval]) {
    histograms = bounds.map { bound in
      // A degenerate range (a fixed output) still gets a valid histogram.
      let width = bound.high - bound.low
      let pad = width > 0 ? 0 : max(abs(bound.low) * 1e-9, 1e-9)
      return Histogram(lower: bound.low - pad, upper: bound.high + pad)
    }
  }
}
