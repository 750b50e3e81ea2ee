/// Competition ranking ("1224"): the highest total ranks 1, and totals within
/// ``tolerance`` of each other share a rank.
package enum Ranking {
  /// Totals closer than this are ties (scores are between 1 and 5, so this is
  /// far below any difference a score can make).
  package static let tolerance = 1e-9

  /// The rank of each total: 1 + the number of totals that are higher.
  ///
  /// - Complexity: O(n²), for the handful of solutions of a scenario.
  package static func ranks(_ totals: [Double]) -> [Int] {
    totals.map { total in 1 + totals.filter { $0 > total + tolerance }.count }
  }
}
