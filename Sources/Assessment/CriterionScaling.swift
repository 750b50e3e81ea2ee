import WorkforceModel

/// How a computed criterion's values become scores from 1 to 5.
///
/// - With a `scale: [worst, best]`: linear, `1 + 4 · (v − worst) / (best − worst)`,
///   held at 1 below the worst and at 5 beyond the best. The order of the two
///   values says which way is better, so `[2mio, 200k]` scores a cost.
/// - Without: the same line through the worst and the best value among the
///   solutions assessed (the best scores 5, the worst 1). When all values
///   are equal, each scores 3.
/// - An undefined value (`nil`) scores 1 and does not take part in the scale.
///
/// Example: freed årsværk of 2, 84, 110 and 186, larger is better, no scale:
/// 2 → 1, 186 → 5, 110 → 1 + 4 · 108 / 184 = 3.35.
package enum CriterionScaling {
  package static func scores(
    _ values: [Double?], largerIsBetter: Bool, scale: AssessmentSettings.Criterion.Scale?
  ) -> [Double] {
    let defined = values.compactMap { $0 }
    let worst: Double
    let best: Double
    if let scale {
      (worst, best) = (scale.worst, scale.best)
    } else {
      guard let low = defined.min(), let high = defined.max() else { return values.map { _ in 1 } }
      if low == high { return values.map { $0 == nil ? 1 : 3 } }
      (worst, best) = largerIsBetter ? (low, high) : (high, low)
    }
    return values.map { value in
      guard let value, worst != best else { return 1 }
      return min(max(1 + 4 * (value - worst) / (best - worst), 1), 5)
    }
  }
}
