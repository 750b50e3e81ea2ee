import RandomSampling
import WorkforceModel

/// How robust a ranking is to its weights: each of `draws` weight sets
/// multiplies every weight by its own factor drawn uniformly from
/// [1 − p, 1 + p], divides by the new sum, and ranks the solutions again.
///
/// The draws come from one `Xoshiro256StarStar` seeded with the settings'
/// seed, consumed in order (one uniform per criterion per draw), so the same
/// seed gives the same shares everywhere.
package struct RankRobustness: Sendable {
  /// Per solution: the share of draws in which it keeps its rank.
  package var keepsRank: [Double]
  /// Per solution: the best and worst rank seen (its own rank included).
  package var rankRange: [ClosedRange<Int>]

  /// - Parameters:
  ///   - scores: per solution, one score per criterion.
  ///   - weights: normalised weights, one per criterion.
  ///   - ranks: the rank of each solution under `weights`.
  package init(scores: [[Double]], weights: [Double], ranks: [Int], settings: AssessmentSettings.Robustness) {
    var kept = [Int](repeating: 0, count: scores.count)
    var best = ranks
    var worst = ranks
    var rng = Xoshiro256StarStar(seed: settings.seed)
    let draws = max(settings.draws, 0)
    for _ in 0..<draws {
      var perturbed = weights.map { $0 * (1 + settings.perturbation * (2 * rng.nextUnit() - 1)) }
      let sum = perturbed.reduce(0, +)
      if sum > 0 { perturbed = perturbed.map { $0 / sum } }
      let drawn = Ranking.ranks(scores.map { Self.total($0, weights: perturbed) })
      for s in scores.indices {
        if drawn[s] == ranks[s] { kept[s] += 1 }
        best[s] = min(best[s], drawn[s])
        worst[s] = max(worst[s], drawn[s])
      }
    }
    keepsRank = kept.map { draws > 0 ? Double($0) / Double(draws) : 1 }
    rankRange = scores.indices.map { best[$0]...worst[$0] }
  }

  /// Σ weight × score.
  package static func total(_ scores: [Double], weights: [Double]) -> Double {
    zip(scores, weights).reduce(0) { $0 + $1.0 * $1.1 }
  }
}
