import RandomSampling
import Statistics

/// A deliberately plain Monte Carlo implementation of the same plan, for
/// `workforce bench` to compare against: one thread, one iteration at a time,
/// one sample per distribution call, the model evaluated on single numbers,
/// every output kept and fully sorted for its percentiles.
package struct ReferenceMonteCarlo: Sendable {
  package let plan: SimulationPlan

  package init(plan: SimulationPlan) {
    self.plan = plan
  }

  /// Mean and percentiles of each output, in `plan.outputKeys` order.
  package func run(iterations: Int, seed: UInt64, percentiles: [Double]) -> [(mean: Double, percentiles: [Double])] {
    var rng = Xoshiro256StarStar(seed: seed)
    var columns = [[Double]](repeating: [], count: plan.outputKeys.count)
    for index in columns.indices { columns[index].reserveCapacity(iterations) }
    var point = [Double](repeating: 0, count: plan.variables.count)
    for _ in 0..<iterations {
      for (v, variable) in plan.variables.enumerated() {
        point[v] = variable.distribution.sample(using: &rng)
      }
      for (output, value) in plan.evaluate(point: point).enumerated() { columns[output].append(value) }
    }
    return columns.map { column in
      let sorted = column.sorted()
      let mean = column.reduce(0, +) / Double(max(1, column.count))
      return (
        mean,
        percentiles.map { p in
          // Type 7: linear interpolation between the order statistics around (n − 1)p.
          let h = Double(sorted.count - 1) * p
          let low = Int(h.rounded(.down))
          let high = min(low + 1, sorted.count - 1)
          return sorted[low] + (h - Double(low)) * (sorted[high] - sorted[low])
        }
      )
    }
  }
}
