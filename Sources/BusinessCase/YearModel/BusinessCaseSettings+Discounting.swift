import WorkforceModel

/// The year model of a business case.
///
/// Year 0 is the start year (`start_year`), the first year of the project.
/// A solution's flows in year *t* = 0 … horizon − 1 are:
///
/// - project cost: `project_cost × spread[t]` (the spread's shares sum to 1 over
///   the implementation years);
/// - effect share: `ramp_up[t]` (the last entry continues after the list ends);
///   freed årsværk `fte × effect`, operating cost `operating_cost × effect`
///   (licences and running costs follow the roll-out), value of freed capacity
///   `freed årsværk × value per årsværk`;
/// - net: value − project cost − operating cost.
///
/// Discounting (the year-0 convention): flows of year 0 are not discounted;
/// flows of year *t* ≥ 1 are multiplied by `∏_{k=1}^{t} 1 / (1 + r_k)`, where
/// `r_k` is the rate of the schedule segment that contains year *k*. With the
/// Ministry of Finance's 2021 rates (3.5 % for years 0–35, 2.5 % for 36–70) the
/// factor of year 36 is `1.035^-35 × 1.025^-1`.
extension BusinessCaseSettings {
  /// The discount factors of years 0 … horizon − 1 (see the year-0 convention above).
  package var discountFactors: [Double] { discountRate.factors(count: horizon.value) }
}

extension BusinessCaseSettings.DiscountSchedule {
  /// The discount factors of years 0 ..< count: `1` for year 0, then
  /// `factor(t) = factor(t − 1) / (1 + rate(t))`. A year beyond the schedule
  /// keeps the last segment's rate (the decoder rejects horizons the
  /// schedule does not cover, so this only matters to direct callers).
  ///
  /// - Complexity: O(count).
  package func factors(count: Int) -> [Double] {
    var factors: [Double] = []
    factors.reserveCapacity(max(0, count))
    var factor = 1.0
    for year in 0..<max(0, count) {
      if year > 0 {
        factor /= 1 + (rate(inYear: year) ?? segments.last?.rate ?? 0)
      }
      factors.append(factor)
    }
    return factors
  }
}
