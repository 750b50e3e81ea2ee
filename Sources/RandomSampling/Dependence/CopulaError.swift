/// Why a rank-correlation matrix was rejected by ``GaussianCopula``.
///
/// Row and column indices are 0-based positions in the matrix given.
package enum CopulaError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The matrix has no rows.
  case empty
  /// Row `row` has `count` entries but the matrix has `expected` rows.
  case notSquare(row: Int, count: Int, expected: Int)
  /// An entry is NaN or infinite.
  case notFinite(row: Int, column: Int)
  /// A diagonal entry is not 1.
  case diagonalNotOne(index: Int, value: Double)
  /// Entries (row, column) and (column, row) differ.
  case notSymmetric(row: Int, column: Int)
  /// An off-diagonal correlation is outside [−1, 1].
  case outOfRange(row: Int, column: Int, value: Double)
  /// The implied normal correlation matrix is not positive definite; the
  /// Cholesky factorisation failed at pivot `index`.
  case notPositiveDefinite(index: Int)

  package var description: String {
    switch self {
    case .empty:
      return "the rank-correlation matrix is empty"
    case .notSquare(let row, let count, let expected):
      return "the rank-correlation matrix is not square: row \(row + 1) has \(count) entries, "
        + "expected \(expected)"
    case .notFinite(let row, let column):
      return "rank correlation (\(row + 1), \(column + 1)) is not a finite number"
    case .diagonalNotOne(let index, let value):
      return "rank correlation (\(index + 1), \(index + 1)) is \(value); the diagonal must be 1"
    case .notSymmetric(let row, let column):
      return "the rank-correlation matrix is not symmetric: entries (\(row + 1), \(column + 1)) "
        + "and (\(column + 1), \(row + 1)) differ"
    case .outOfRange(let row, let column, let value):
      return "rank correlation (\(row + 1), \(column + 1)) is \(value), outside [-1, 1]"
    case .notPositiveDefinite(let index):
      return "the correlation matrix is not positive definite (the correlations are "
        + "inconsistent; Cholesky failed at row \(index + 1))"
    }
  }
}
