import BusinessCase
import Dispatch
import RandomSampling
import Statistics

/// Tornado, rank correlations and Sobol indices for a simulation plan.
struct SensitivityAnalysis {
  let plan: SimulationPlan
  let options: SimulationOptions

  /// - Parameter retained: the first blocks of the main run, with their samples.
  func run(retained: [BlockResult]) -> SensitivityResult {
    let variables = plan.variables
    let medians = variables.map { $0.quantile(0.5) }
    let baseline = plan.evaluate(point: medians)
    // Tornado: each input at its p5 and p95, all others at their medians.
    let tornado: [(low: [Double], high: [Double])] = variables.indices.map { v in
      var low = medians
      var high = medians
      low[v] = variables[v].quantile(0.05)
      high[v] = variables[v].quantile(0.95)
      return (plan.evaluate(point: low), plan.evaluate(point: high))
    }
    let ranks = rankCorrelations(retained)
    let sobol = options.sensitivity == .full ? sobolIndices() : nil

    var outputs: [(key: String, baseline: Double, entries: [SensitivityResult.Entry])] = []
    for (output, key) in plan.outputKeys.enumerated() {
      var entries = plan.dependencies[output].map { v in
        SensitivityResult.Entry(
          variable: variables[v].key,
          firstOrder: sobol?[output][v].first.value, firstOrderInterval: sobol?[output][v].first.interval,
          total: sobol?[output][v].total.value, totalInterval: sobol?[output][v].total.interval,
          rankCorrelation: ranks.correlations[output][v],
          tornadoLow: tornado[v].low[output], tornadoHigh: tornado[v].high[output])
      }
      entries.sort { $0.swing > $1.swing || ($0.swing == $1.swing && $0.input < $1.input) }
      outputs.append((key, baseline[output], entries))
    }
    return SensitivityResult(
      outputs: outputs, sobolSamples: sobol == nil ? 0 : options.sobolSamples, rankSamples: ranks.count,
      sobolAssumesIndependence: !plan.scenario.simulation.correlations.isEmpty)
  }

  /// Spearman correlations [output][variable] on the retained samples.
  func rankCorrelations(_ retained: [BlockResult]) -> (correlations: [[Double]], count: Int) {
    let variableCount = plan.variables.count
    let outputCount = plan.outputKeys.count
    var inputs = [[Double]](repeating: [], count: variableCount)
    var outputs = [[Double]](repeating: [], count: outputCount)
    for block in retained {
      guard let blockInputs = block.inputs, let blockOutputs = block.outputs else { continue }
      for v in 0..<variableCount { inputs[v] += blockInputs[v] }
      for o in 0..<outputCount { outputs[o] += blockOutputs[o] }
    }
    let count = outputs.first?.count ?? 0
    let inputRanks = inputs.map(RankCorrelation.ranks)
    let outputRanks = outputs.map(RankCorrelation.ranks)
    let correlations = (0..<outputCount).map { o in
      (0..<variableCount).map { v in
        plan.dependencies[o].contains(v) ? RankCorrelation.pearson(inputRanks[v], outputRanks[o]) : 0
      }
    }
    return (correlations, count)
  }

  typealias Estimate = (value: Double, interval: ClosedRange<Double>)

  /// First-order and total Sobol indices [output][variable] by Saltelli's
  /// scheme: matrices A and B of independent draws, and for each input i the
  /// matrix AB_i (A with column i from B); N·(k + 2) model evaluations.
  func sobolIndices() -> [[(first: Estimate, total: Estimate)]] {
    let n = max(2, options.sobolSamples)
    let k = plan.variables.count
    // Streams far above any block index of the main run, so A and B are independent of it.
    var rngA = Xoshiro256StarStar(seed: options.seed, stream: 1 << 48)
    var rngB = Xoshiro256StarStar(seed: options.seed, stream: (1 << 48) + 1)
    func draw(_ rng: inout Xoshiro256StarStar) -> [[Double]] {
      plan.variables.map { variable in
        [Double](unsafeUninitializedCapacity: n) { buffer, count in
          variable.fill(buffer, using: &rng)
          count = n
        }
      }
    }
    let a = draw(&rngA)
    let b = draw(&rngB)
    func evaluate(_ columns: [[Double]]) -> [[Double]] {
      plan.evaluate(columns.map(SampleColumn.init(samples:)), count: n).map { $0.materialized(count: n) }
    }
    let fA = evaluate(a)
    let fB = evaluate(b)
    let fAB: [[[Double]]] = (0..<k).map { i in
      var columns = a
      columns[i] = b[i]
      return evaluate(columns)
    }
    // Bootstrap every (output, input) pair it depends on, in parallel; each pair
    // has its own generator, so the intervals do not depend on the thread count.
    let outputCount = plan.outputKeys.count
    let pairs = (0..<outputCount).flatMap { o in plan.dependencies[o].map { (o, $0) } }
    let table = EstimateTable(outputs: outputCount, variables: k)
    // One set of bootstrap resamples, drawn with the seeded generator and shared
    // by every pair: reproducible, and independent of the thread count.
    var rng = Xoshiro256StarStar(seed: options.seed, stream: (1 << 48) + 2)
    let resamples = (0..<options.bootstrapResamples).map { _ in
      (0..<n).map { _ in Int(rng.next(upperBound: UInt64(n))) }
    }
    let threads = max(1, options.threads)
    DispatchQueue.concurrentPerform(iterations: threads) { worker in
      for index in stride(from: worker, to: pairs.count, by: threads) {
        let (o, v) = pairs[index]
        // An input that cannot move this output (e.g. the tender for freed
        // årsværk) leaves every f(AB_i) equal to f(A): both indices are exactly 0.
        if fAB[v][o] == fA[o] {
          table.set(o, v, ((0, 0...0), (0, 0...0)))
          continue
        }
        let first = SobolEstimators.bootstrapInterval(
          fA: fA[o], fB: fB[o], fABi: fAB[v][o], resampledRows: resamples, confidence: 0.95, estimator: .firstOrder)
        let total = SobolEstimators.bootstrapInterval(
          fA: fA[o], fB: fB[o], fABi: fAB[v][o], resampledRows: resamples, confidence: 0.95, estimator: .total)
        table.set(
          o, v,
          (
            (SobolEstimators.firstOrder(fA: fA[o], fB: fB[o], fABi: fAB[v][o]), first),
            (SobolEstimators.total(fA: fA[o], fB: fB[o], fABi: fAB[v][o]), total)
          ))
      }
    }
    return table.rows
  }
}

/// Sobol estimates filled in by worker threads, each (output, variable) cell
/// by exactly one worker; read only after all have finished.
final class EstimateTable: @unchecked Sendable {
  typealias Cell = (first: SensitivityAnalysis.Estimate, total: SensitivityAnalysis.Estimate)
  private let storage: UnsafeMutableBufferPointer<Cell>
  private let variables: Int

  init(outputs: Int, variables: Int) {
    self.variables = variables
    storage = .allocate(capacity: outputs * variables)
    storage.initialize(repeating: ((0, 0...0), (0, 0...0)))
  }

  deinit { storage.deallocate() }

  func set(_ output: Int, _ variable: Int, _ cell: Cell) {
    storage[output * variables + variable] = cell
  }

  var rows: [[Cell]] {
    stride(from: 0, to: storage.count, by: max(1, variables)).map { Array(storage[$0..<$0 + variables]) }
  }
}
