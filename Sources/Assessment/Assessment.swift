import WorkforceModel

/// A weighted-criteria assessment of a scenario's solutions, after the report's
/// generic assessment model (which names three headings, potential,
/// scalability and implementability, but gives no list, scales or weights: the
/// criteria, scales and weights are the scenario's assumptions): every
/// solution scored 1–5 on each criterion, a weighted total, a ranking, and how
/// robust the ranking is to the weights (`workforce assess`).
///
/// - Judged criteria take the scores of the `assessment:` block.
/// - Computed criteria are measured from the solution's figures (the midpoint
///   of each deterministic range) and scaled to 1–5 by ``CriterionScaling``.
/// - Weights are normalised to sum to 1; when they do not already, a notice
///   says so.
/// - The total is Σ weight × score, between 1 and 5. Ranks are competition
///   ranks (1, 2, 2, 4): equal totals share a rank.
/// - Robustness: ``RankRobustness`` perturbs every weight by a random factor
///   in [1 − p, 1 + p] (p = 20 % by default), renormalises, re-ranks, and counts
///   how often each solution keeps its rank.
///
/// Pure: the same scenario and settings give the same result, bit for bit.
package struct Assessment: Sendable {
  /// A criterion with its weight after normalisation.
  package struct WeightedCriterion: Sendable {
    package var criterion: AssessmentSettings.Criterion
    /// The weight divided by the sum of all weights.
    package var weight: Double
  }

  /// One solution's scores, total, rank and robustness.
  package struct Row: Sendable {
    package var solution: Solution
    /// Per criterion (in ``Assessment/criteria`` order): the measured value of
    /// a computed criterion, `nil` for a judged one or an undefined value.
    package var values: [Double?]
    /// Per criterion: the score from 1 to 5.
    package var scores: [Double]
    /// Σ weight × score.
    package var total: Double
    /// 1 for the highest total; equal totals share a rank.
    package var rank: Int
    /// The share of perturbed weight sets under which the solution keeps `rank`.
    package var keepsRank: Double
    /// The best and worst rank seen under the perturbed weights.
    package var rankRange: ClosedRange<Int>
  }

  /// Something the reader should know about how the numbers were made.
  package enum Notice: Sendable, Hashable {
    /// The weights summed to `sum`, not 1, and were divided by it.
    case weightsNormalised(sum: Double)
    /// A computed criterion has no value for a solution (e.g. cost per
    /// årsværk when no årsværk are freed); it scores 1.
    case undefinedValue(criterion: String, solution: String, measure: AssessmentSettings.Criterion.Measure)
  }

  package var scenario: Scenario
  package var criteria: [WeightedCriterion]
  /// In ranking order (ties in scenario order).
  package var rows: [Row]
  package var robustness: AssessmentSettings.Robustness
  package var notices: [Notice]

  /// Assesses `scenario` by `settings`.
  ///
  /// - Parameters:
  ///   - robustness: overrides the settings' robustness test (e.g. from the
  ///     command line).
  ///   - npv: each solution's net present value by id, for `measure: npv`
  ///     (see ``AssessmentMeasures/netPresentValues(_:)``).
  package init(
    _ scenario: Scenario, settings: AssessmentSettings, robustness: AssessmentSettings.Robustness? = nil,
    npv: [String: Interval] = [:]
  ) {
    self.scenario = scenario
    self.robustness = robustness ?? settings.robustness
    var notices: [Notice] = []
    let sum = settings.criteria.reduce(0) { $0 + $1.weight }
    if abs(sum - 1) > 1e-9 { notices.append(.weightsNormalised(sum: sum)) }
    criteria = settings.criteria.map { WeightedCriterion(criterion: $0, weight: sum > 0 ? $0.weight / sum : 0) }

    let solutions = scenario.solutions
    let outputs = solutions.map { $0.ranges() }
    // Per criterion: the values and the scores of every solution.
    var values: [[Double?]] = []
    var scores: [[Double]] = []
    for criterion in settings.criteria {
      guard let measure = criterion.measure else {
        values.append(solutions.map { _ in nil })
        scores.append(solutions.map { settings.scores[$0.id]?[criterion.id]?.value ?? 1 })
        continue
      }
      let measured = zip(solutions, outputs).map { solution, output in
        AssessmentMeasures.value(measure, of: output, npv: npv[solution.id], years: criterion.years)
      }
      for (solution, value) in zip(solutions, measured) where value == nil {
        notices.append(.undefinedValue(criterion: criterion.id, solution: solution.id, measure: measure))
      }
      values.append(measured)
      scores.append(CriterionScaling.scores(measured, largerIsBetter: measure.largerIsBetter, scale: criterion.scale))
    }
    self.notices = notices

    // Scores by solution, totals, ranks, robustness.
    let bySolution = solutions.indices.map { s in scores.map { $0[s] } }
    let weights = criteria.map(\.weight)
    let totals = bySolution.map { RankRobustness.total($0, weights: weights) }
    let ranks = Ranking.ranks(totals)
    let test = RankRobustness(scores: bySolution, weights: weights, ranks: ranks, settings: self.robustness)
    var rows: [Row] = []
    for s in solutions.indices {
      rows.append(
        Row(
          solution: solutions[s], values: values.map { $0[s] }, scores: bySolution[s], total: totals[s], rank: ranks[s],
          keepsRank: test.keepsRank[s], rankRange: test.rankRange[s]))
    }
    self.rows = rows.enumerated().sorted { a, b in
      a.element.rank != b.element.rank ? a.element.rank < b.element.rank : a.offset < b.offset
    }.map(\.element)
  }
}
