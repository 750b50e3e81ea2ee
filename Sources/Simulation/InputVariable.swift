import BusinessCase
import RandomSampling
import WorkforceModel

/// One uncertain input the Monte Carlo runner samples: a solution's own input
/// (`ward.share`) or a shared assumption (`assumptions.hours_per_fte`), which
/// is one quantity drawn once per iteration for every solution that uses it.
struct InputVariable: Sendable {
  /// `solution.input`, `assumptions.name` for a shared assumption, or a
  /// business-case quantity's key.
  var key: CaseVariableKey
  var quantity: Quantity
  var distribution: any ContinuousDistribution
  /// Unbounded distributions (normal, lognormal) are clamped to this range so a
  /// share never exceeds 100 % and a count never goes negative.
  var clamp: ClosedRange<Double>?
  /// The range samples can take (the support, clamped; for unbounded
  /// distributions the 1e-9 and 1 − 1e-9 quantiles), to size histograms.
  var samplingRange: Interval

  init(key: CaseVariableKey, quantity: Quantity, spec: InputSpec, ranges: SimulationSettings.RangeShape) {
    self.key = key
    self.quantity = quantity
    switch quantity {
    case .point(let value):
      distribution = UniformDistribution(min: value, max: value)
    case .range(let low, let high):
      distribution =
        ranges == .pert
        ? PERTDistribution(min: low, mode: low + (high - low) / 2, max: high)
        : UniformDistribution(min: low, max: high)
    case .uniform(let min, let max):
      distribution = UniformDistribution(min: min, max: max)
    case .triangular(let min, let mode, let max):
      distribution = TriangularDistribution(min: min, mode: mode, max: max)
    case .pert(let min, let mode, let max):
      distribution = PERTDistribution(min: min, mode: mode, max: max)
    case .normal(let mean, let sd):
      distribution = NormalDistribution(mean: mean, standardDeviation: sd)
    case .lognormal(let p5, let p95):
      distribution = LogNormalDistribution(p5: p5, p95: p95)
    }
    let bounds = spec.domain.bounds
    let support = distribution.support
    if support.lowerBound < bounds.low || support.upperBound > bounds.high {
      clamp = bounds.low...bounds.high
    } else {
      clamp = nil
    }
    if support.lowerBound.isFinite && support.upperBound.isFinite {
      samplingRange = Interval(support.lowerBound, support.upperBound)
    } else {
      let low = max(distribution.quantile(1e-9), bounds.low)
      let high = min(distribution.quantile(1 - 1e-9), bounds.high)
      samplingRange = Interval(low, max(low, high))
    }
  }

  /// Draws `out.count` samples.
  func fill(_ out: UnsafeMutableBufferPointer<Double>, using rng: inout Xoshiro256StarStar) {
    distribution.fill(out, using: &rng)
    applyClamp(out)
  }

  /// Turns uniforms in (0, 1) into samples by the inverse CDF (for Latin
  /// hypercube and correlated sampling).
  func transform(_ units: UnsafeMutableBufferPointer<Double>) {
    for index in units.indices { units[index] = distribution.quantile(units[index]) }
    applyClamp(units)
  }

  private func applyClamp(_ out: UnsafeMutableBufferPointer<Double>) {
    guard let clamp else { return }
    for index in out.indices { out[index] = min(max(out[index], clamp.lowerBound), clamp.upperBound) }
  }

  /// The value at probability `p` (for tornado ends and medians).
  func quantile(_ p: Double) -> Double {
    let value = distribution.quantile(p)
    guard let clamp else { return value }
    return min(max(value, clamp.lowerBound), clamp.upperBound)
  }
}
