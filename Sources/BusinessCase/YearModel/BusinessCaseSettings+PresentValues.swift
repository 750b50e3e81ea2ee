import WorkforceModel

extension BusinessCaseSettings {
  /// The net present value of one solution at one point, and the terms of its
  /// risk adjustment, each a present value in kroner.
  package struct PresentValues: Sendable, Hashable {
    package var npv: Double
    /// What the duration uplift does to the NPV (benefits and costs moved later).
    package var delay: Double
    /// The optimism-bias uplift on the project cost, spent as the stretched plan spends.
    package var optimismCost: Double
    /// The risk pool, spent as the stretched plan spends.
    package var riskPool: Double
    /// NPV + delay − optimism cost − risk pool.
    package var riskAdjusted: Double
  }

  /// The net present value and the risk-adjusted net present value of one
  /// solution at one point — the formula the yearly tables, the ranges and the
  /// Monte Carlo outputs all use.
  ///
  /// ```
  /// NPV           = (fte × value − operating) × A − project × B
  /// delay         = (fte × value − operating) × (A_u − A) − project × (B_u − B)
  /// optimism cost = project × uplift × B_u
  /// risk pool     = riskPool × B_u
  /// risk-adjusted = NPV + delay − optimism cost − risk pool
  /// ```
  /// with `A`, `B` the plan's present-value weights (``Plan/weights(discountFactors:stretch:)``)
  /// and `A_u`, `B_u` the same for the plan stretched by the duration uplift.
  ///
  /// - Complexity: O(horizon), no allocation.
  package static func presentValues(
    _ figures: PointFigures, plan: Plan, discountFactors d: [Double]
  ) -> PresentValues {
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
  ) -> PresentValues {
    let margin = figures.fte * figures.valuePerFTE - figures.operatingCost
    let npv = margin * base.effect - figures.projectCost * base.project
    let delay = margin * (stretched.effect - base.effect) - figures.projectCost * (stretched.project - base.project)
    let optimismCost = figures.projectCost * figures.projectUplift * stretched.project
    let riskPool = figures.riskPool * stretched.project
    return PresentValues(
      npv: npv, delay: delay, optimismCost: optimismCost, riskPool: riskPool,
      riskAdjusted: npv + delay - optimismCost - riskPool)
  }
}
