import WorkforceModel

extension BusinessCaseSettings {
  /// One solution's figures at one point of its inputs, in kroner and årsværk:
  /// what the cash-flow formulas of a business case take.
  package struct PointFigures: Sendable, Hashable {
    /// Freed årsværk per year at full effect.
    package var fte: Double
    package var projectCost: Double
    /// Operating cost per year at full effect.
    package var operatingCost: Double
    /// Kroner per freed årsværk per year.
    package var valuePerFTE: Double
    /// Optimism-bias uplift on the project cost (a share, 0 when none).
    package var projectUplift: Double
    /// Optimism-bias uplift on the duration (a share, 0 when none).
    package var durationUplift: Double
    /// Σ probability × consequence of the listed risks, kroner.
    package var riskPool: Double

    package init(
      fte: Double, projectCost: Double, operatingCost: Double, valuePerFTE: Double, projectUplift: Double = 0,
      durationUplift: Double = 0, riskPool: Double = 0
    ) {
      self.fte = fte
      self.projectCost = projectCost
      self.operatingCost = operatingCost
      self.valuePerFTE = valuePerFTE
      self.projectUplift = projectUplift
      self.durationUplift = durationUplift
      self.riskPool = riskPool
    }
  }
}
