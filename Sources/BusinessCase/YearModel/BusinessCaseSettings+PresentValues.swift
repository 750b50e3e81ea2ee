import WorkforceModel

extension BusinessCaseSettings {
  /// The net present value and the risk-adjusted net present value of one
  /// solution at one point — the formula the yearly tables, the ranges and the
  /// Monte Carlo outputs all use.
  ///
  /// ```
  /// NPV           = (fte × value − operating) × A − project × B
  /// delay         = (fte × value − operating) × (A_u − A) − project × (B_u − B)
  /// risk-adjusted = NPV + delay − project × uplift × B_u − riskPool × B_u
  /// ```
  /// with `A`, `B` the plan's present-value weights (``Plan/weights(discountFactors:stretch:)``)
  /// and `A_u`, `B_u` the same for the plan stretched by the duration uplift.
  ///
  /// - Complexity: O(horizon), no allocation.
  package static func presentValues(
    _ figures: PointFigures, plan: Plan, discountFactors d: [Double]
  ) -> (npv: Double, riskAdjusted: Double) {
    let base = plan.weights(discountFactors: d)
    let stretched =
      figures.durationUplift == 0 ? base : plan.weights(discountFactors: d, stretch: figures.durationUplift)
    return presentValues(figures, base: base, stretched: stretched)
  }

  /// ``presentValues(_:plan:discountFactors:)`` with the plan's weights worked
  /// out beforehand: `base` as planned, `stretched` with the figures' duration
  /// uplift (the Monte Carlo runner computes `base` once per solution).
  ///
  /// - Complexity: O(1).
  package static func presentValues(
    _ figures: PointFigures, base: (effect: Double, project: Double), stretched: (effect: Double, project: Double)
  ) -> (npv: Double, riskAdjusted: Double) {
    let margin = figures.fte * figures.valuePerFTE - figures.operatingCost
    let npv = margin * base.effect - figures.projectCost * base.project
    let delay = margin * (stretched.effect - base.effect) - figures.projectCost * (stretched.project - base.project)
    let riskAdjusted =
      npv + delay - figures.projectCost * figures.projectUplift * stretched.project - figures.riskPool
      * stretched.project
    return (npv, riskAdjusted)
  }
}
