import WorkforceModel

extension BusinessCaseSettings {
  /// One solution's figures at one point of its inputs, in kroner and årsværk:
  /// what the cash-flow formulas of a business case take.
  public struct PointFigures: Sendable, Hashable {
    /// Freed årsværk per year at full effect.
    public var fte: Double
    public var projectCost: Double
    /// Operating cost per year at full effect.
    public var operatingCost: Double
    /// Kroner per freed årsværk per year.
    public var valuePerFTE: Double
    /// Optimism-bias uplift on the project cost (a share, 0 when none).
    public var projectUplift: Double
    /// Optimism-bias uplift on the duration (a share, 0 when none).
    public var durationUplift: Double
    /// Σ probability × consequence of the listed risks, kroner.
    public var riskPool: Double

    public init(
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
