import WorkforceModel

/// How a plan spreads a solution's effect and project cost over the years,
/// and the present-value weights the NPV formula takes.
extension BusinessCaseSettings.Plan {
  /// The effect share of year `t` (the last entry continues).
  package func effect(year t: Int) -> Double {
    let ramp = rampUp.value
    guard let last = ramp.last else { return 1 }
    return t < ramp.count ? ramp[max(0, t)] : last
  }

  /// The project cost's share of year `t`.
  package func projectShare(year t: Int) -> Double {
    let spread = projectCostSpread.value
    return t >= 0 && t < spread.count ? spread[t] : 0
  }

  /// The present-value weights of the effect and the project cost:
  /// `A = Σ d_t · effect_t` and `B = Σ d_t · projectShare_t`, so that a
  /// solution's NPV is `(fte × value − operating) × A − project × B`.
  ///
  /// Stretched by `s`, year *t* reads the plan at times `t / (1 + s)` and
  /// `(t + 1) / (1 + s)`: the effect interpolated linearly between whole
  /// years, the project cost spent evenly within each year.
  ///
  /// - Complexity: O(horizon + implementation years), no allocation (the
  ///   Monte Carlo runner calls it once per draw when the duration uplift is
  ///   uncertain).
  package func weights(discountFactors d: [Double], stretch: Double = 0) -> (effect: Double, project: Double) {
    let ramp = rampUp.value
    let spread = projectCostSpread.value
    var a = 0.0
    var b = 0.0
    if stretch == 0 {
      for t in 0..<d.count {
        a += d[t] * (t < ramp.count ? ramp[t] : (ramp.last ?? 1))
        if t < spread.count { b += d[t] * spread[t] }
      }
      return (a, b)
    }
    let scale = 1 / (1 + stretch)
    // Spent share at time x, walked forward: whole years before `year` add
    // up to `spentBefore`.
    var year = 0
    var spentBefore = 0.0
    func spent(_ x: Double) -> Double {
      while year < spread.count, x >= Double(year + 1) {
        spentBefore += spread[year]
        year += 1
      }
      return year < spread.count ? spentBefore + (x - Double(year)) * spread[year] : 1
    }
    var previous = 0.0
    for t in 0..<d.count {
      let x = Double(t) * scale
      let whole = Int(x)
      let effect: Double
      if whole + 1 < ramp.count {
        effect = ramp[whole] + (x - Double(whole)) * (ramp[whole + 1] - ramp[whole])
      } else {
        effect = ramp.last ?? 1
      }
      a += d[t] * effect
      let next = spent(Double(t + 1) * scale)
      b += d[t] * (next - previous)
      previous = next
    }
    return (a, b)
  }
}
