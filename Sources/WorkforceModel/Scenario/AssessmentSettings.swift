import Diagnostics

/// The `assessment:` block of a scenario: the criteria of the report's generic
/// assessment model, their weights, the judged scores of each solution, and
/// how the robustness of the ranking is tested (`workforce assess`).
///
/// ```yaml
/// assessment:
///   criteria:
///     fte: {title: Frigjorte årsværk, weight: 40%, measure: fte}
///     cost_per_fte: {weight: 20%, measure: cost_per_fte, years: 10}
///     scalability: {title: Skalérbarhed, weight: 20%}
///     implementability: {title: Implementérbarhed, weight: 20%}
///   scores:
///     ward: {scalability: 4, implementability: {value: 4, source: "…"}}
///   robustness: {perturbation: 20%, draws: 2000, seed: 1}
/// ```
///
/// A criterion with a `measure` is computed from the solution's figures and
/// scaled to 1–5; one without is judged, and every solution needs a score
/// from 1 to 5 for it under `scores`.
package struct AssessmentSettings: Sendable {
  /// One criterion of the assessment model.
  package struct Criterion: Sendable, Hashable {
    /// What a computed criterion measures.
    package enum Measure: String, Sendable, Hashable, CaseIterable {
      /// Freed årsværk per year (more is better).
      case fte
      /// Kroner per freed årsværk per year: (project cost ÷ years + operating
      /// cost) ÷ freed årsværk (less is better).
      case costPerFTE = "cost_per_fte"
      /// Net present value of the business case (more is better); needs a
      /// `business_case:` block.
      case npv

      /// True when a larger value scores higher.
      package var largerIsBetter: Bool { self != .costPerFTE }
    }

    /// The values that score 1 and 5; values between score linearly, values
    /// beyond are held at 1 or 5.
    package struct Scale: Sendable, Hashable {
      package var worst: Double
      package var best: Double

      package init(worst: Double, best: Double) {
        self.worst = worst
        self.best = best
      }
    }

    /// The key under `criteria:`, e.g. `scalability`.
    package var id: String
    package var title: String?
    /// The weight as written (the assessment normalises the weights to sum to 1).
    package var weight: Double
    /// What the criterion is computed from; `nil` for a judged criterion.
    package var measure: Measure?
    /// A fixed scale for a computed criterion; `nil` scales between the worst
    /// and the best of the solutions assessed.
    package var scale: Scale?
    /// For `cost_per_fte`: the years the project cost is spread over.
    package var years: Double
    /// Where the criterion or its weight comes from.
    package var source: String?
    package var location: SourceLocation

    package init(
      id: String, title: String? = nil, weight: Double, measure: Measure? = nil, scale: Scale? = nil,
      years: Double = AssessmentSettings.defaultYears, source: String? = nil, location: SourceLocation
    ) {
      self.id = id
      self.title = title
      self.weight = weight
      self.measure = measure
      self.scale = scale
      self.years = years
      self.source = source
      self.location = location
    }

    /// True for a criterion scored by judgement.
    package var isJudged: Bool { measure == nil }
  }

  /// A judged score from 1 to 5 with where it comes from.
  package struct Score: Sendable, Hashable {
    package var value: Double
    package var source: String?
    package var location: SourceLocation

    package init(value: Double, source: String? = nil, location: SourceLocation) {
      self.value = value
      self.source = source
      self.location = location
    }
  }

  /// How the robustness of the ranking is tested: `draws` random weight sets,
  /// each weight multiplied by a factor drawn uniformly from
  /// [1 − perturbation, 1 + perturbation], renormalised, from a generator
  /// seeded with `seed`.
  package struct Robustness: Sendable, Hashable {
    package var perturbation: Double
    package var draws: Int
    package var seed: UInt64

    package init(perturbation: Double = 0.2, draws: Int = 2_000, seed: UInt64 = 1) {
      self.perturbation = perturbation
      self.draws = draws
      self.seed = seed
    }
  }

  /// The years over which `cost_per_fte` spreads the project cost unless the
  /// criterion says otherwise: the 10-year plan of the report.
  package static let defaultYears = 10.0

  /// The criteria in file order.
  package var criteria: [Criterion]
  /// Judged scores: solution id → criterion id → score.
  package var scores: [String: [String: Score]]
  package var robustness: Robustness
  package var location: SourceLocation

  package init(
    criteria: [Criterion], scores: [String: [String: Score]] = [:], robustness: Robustness = Robustness(),
    location: SourceLocation
  ) {
    self.criteria = criteria
    self.scores = scores
    self.robustness = robustness
    self.location = location
  }
}
