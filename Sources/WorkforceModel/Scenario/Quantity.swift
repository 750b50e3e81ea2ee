/// An input's value as written in a scenario file: a number, a range or a
/// distribution.
///
/// The deterministic run uses ``deterministicRange``: a bounded quantity
/// contributes its whole support `[min, max]`; `normal` and `lognormal`, which
/// have no bounds, contribute their central 90 % interval `[p5, p95]`. The Monte
/// Carlo runner samples the distribution itself; a plain `range` is sampled as
/// a uniform distribution unless the scenario asks for PERT.
package enum Quantity: Sendable, Hashable {
  /// An exact number: `13.25`, `725_000`, `25%`, `20mio`.
  case point(Double)
  /// A range `low..high` with no shape of its own.
  case range(low: Double, high: Double)
  /// `uniform(min, max)`.
  case uniform(min: Double, max: Double)
  /// `triangular(min, mode, max)`.
  case triangular(min: Double, mode: Double, max: Double)
  /// `pert(min, mode, max)`: a Beta distribution scaled to `[min, max]` with
  /// shape 4 (α = 1 + 4·(mode − min)/(max − min), β = 1 + 4·(max − mode)/(max − min)).
  case pert(min: Double, mode: Double, max: Double)
  /// `normal(mean, sd)`.
  case normal(mean: Double, sd: Double)
  /// `lognormal(p5, p95)`: the log-normal distribution whose 5th and 95th
  /// percentiles are `p5` and `p95` (like `p5 to p95` in Squiggle).
  case lognormal(p5: Double, p95: Double)

  /// Φ⁻¹(0.95): the 95th percentile of the standard normal distribution.
  package static let z95 = 1.6448536269514722

  /// The range this quantity contributes to a deterministic run.
  package var deterministicRange: Interval {
    switch self {
    case .point(let value): Interval(constant: value)
    case .range(let low, let high): Interval(low, high)
    case .uniform(let min, let max), .triangular(let min, _, let max), .pert(let min, _, let max):
      Interval(min, max)
    case .normal(let mean, let sd): Interval(mean - Quantity.z95 * sd, mean + Quantity.z95 * sd)
    case .lognormal(let p5, let p95): Interval(p5, p95)
    }
  }

  /// The smallest and largest values a sample can take (infinite for `normal`;
  /// `(0, ∞)` for `lognormal`), for domain checks.
  package var support: Interval {
    switch self {
    case .normal: Interval(-.infinity, .infinity)
    case .lognormal: Interval(0, .infinity)
    default: deterministicRange
    }
  }

  /// A central value: the number, the mode, the mean or the median.
  package var central: Double {
    switch self {
    case .point(let value): value
    case .range(let low, let high), .uniform(let low, let high): low + (high - low) / 2
    case .triangular(_, let mode, _), .pert(_, let mode, _): mode
    case .normal(let mean, _): mean
    case .lognormal(let p5, let p95): (p5 * p95).squareRoot()
    }
  }

  /// False only for an exact number.
  package var isUncertain: Bool {
    if case .point = self { return false }
    return true
  }

  /// Every number the quantity is written with, for finiteness checks.
  package var parameters: [Double] {
    switch self {
    case .point(let v): [v]
    case .range(let a, let b), .uniform(let a, let b), .normal(let a, let b), .lognormal(let a, let b):
      [a, b]
    case .triangular(let a, let m, let b), .pert(let a, let m, let b): [a, m, b]
    }
  }

  /// The distribution's name as written in a scenario file (`"pert"`), or
  /// `nil` for a number or plain range.
  package var distributionName: String? {
    switch self {
    case .point, .range: nil
    case .uniform: "uniform"
    case .triangular: "triangular"
    case .pert: "pert"
    case .normal: "normal"
    case .lognormal: "lognormal"
    }
  }
}
