import WorkforceModel

/// Finds switching values: for each input, the value at which the net present
/// value of a solution (or of the portfolio) is zero, every other input at its
/// central value.
///
/// The NPV is scanned outward from the central value over the input's domain
/// (×0.9, ×0.75, … down to the domain's lower end; ×1.1, ×1.25, … up to
/// ×100 or the domain's upper end) for the nearest sign change, which is then
/// narrowed by bisection to the last bit of a `Double`. An input whose NPV
/// keeps its sign over that whole span has no switching value (`nil`): the
/// decision does not turn on it.
struct SwitchingSearch: Sendable {
  let scenario: Scenario
  let settings: BusinessCaseSettings
  let inputs: CaseInputs
  let blocks: [VertexSearch.Block]

  static let downward: [Double] = [0.9, 0.75, 0.5, 0.25, 0.1, 0.01, 0]
  static let upward: [Double] = [1.1, 1.25, 1.5, 2, 3, 5, 10, 20, 50, 100]

  func all() -> [SwitchingValue] {
    var values: [SwitchingValue] = []
    for b in blocks.indices {
      values += switching([b], scope: scenario.solutions[blocks[b].solution].id)
    }
    if blocks.count > 1 { values += switching(Array(blocks.indices), scope: Solution.totalID) }
    return values
  }

  /// The NPV of `chosen` blocks with every variable at `point`.
  func npv(_ chosen: [Int], _ point: [Double]) -> Double {
    let evaluator = PointEvaluator(scenario: scenario, inputs: inputs)
    let d = settings.discountFactors
    var total = 0.0
    for b in chosen {
      let figures = evaluator.figures(blocks[b].solution, point)
      total += BusinessCaseSettings.presentValues(figures, plan: blocks[b].plan, discountFactors: d).npv
    }
    return total
  }

  func switching(_ chosen: [Int], scope: String) -> [SwitchingValue] {
    let solutions = Set(chosen.map { blocks[$0].solution })
    let central = inputs.centralPoint
    var values: [SwitchingValue] = []
    for (v, variable) in inputs.variables.enumerated() where !variable.solutions.isDisjoint(with: solutions) {
      // The optimism bias and risks do not enter the (unadjusted) NPV.
      guard variable.key.entersNPV else { continue }
      var point = central
      func f(_ x: Double) -> Double {
        point[v] = x
        return npv(chosen, point)
      }
      let c = variable.central
      let atCentral = f(c)
      let probe = c == 0 ? 1 : c * 1.5
      guard atCentral.isFinite, f(probe) != atCentral || f(lowerBound(variable)) != atCentral else { continue }
      values.append(
        SwitchingValue(
          scope: scope, key: variable.key, input: variable.input, unit: variable.unit, central: c,
          value: root(f, central: c, atCentral: atCentral, variable: variable)))
    }
    return values
  }

  func lowerBound(_ variable: CaseVariable) -> Double {
    variable.domain == .positive ? max(variable.central * 1e-9, Double.leastNormalMagnitude) : 0
  }

  /// The zero of `f` nearest to `central`, or `nil`.
  func root(_ f: (Double) -> Double, central c: Double, atCentral: Double, variable: CaseVariable) -> Double? {
    if atCentral == 0 { return c }
    let upper = variable.domain == .share ? 1.0 : Double.infinity
    let lower = lowerBound(variable)
    var candidates: [(distance: Double, from: Double, to: Double)] = []
    func scan(_ multipliers: [Double]) {
      var previous = c
      var previousValue = atCentral
      for m in multipliers {
        var x = c == 0 ? (m > 1 ? m - 1 : 0) : c * m
        x = min(max(x, lower), upper)
        if x == previous { continue }
        let value = f(x)
        guard value.isFinite else { return }
        if (value <= 0) != (previousValue <= 0) {
          candidates.append((abs(x - c), previous, x))
          return
        }
        previous = x
        previousValue = value
        if x == lower || x == upper { return }
      }
    }
    scan(Self.downward)
    scan(Self.upward)
    guard let nearest = candidates.min(by: { $0.distance < $1.distance }) else { return nil }
    var a = nearest.from
    var b = nearest.to
    let aIsNegative = f(a) <= 0
    for _ in 0..<200 {
      let mid = a + (b - a) / 2
      if mid == a || mid == b { break }
      if (f(mid) <= 0) == aIsNegative { a = mid } else { b = mid }
    }
    return abs(f(a)) <= abs(f(b)) ? a : b
  }
}
