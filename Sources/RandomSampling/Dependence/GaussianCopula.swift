import Foundation
import SpecialFunctions

/// Correlated uniforms with given Spearman rank correlations, by a Gaussian
/// copula (Iman & Conover, 1982, use the same normal-scores idea).
///
/// For bivariate normals with Pearson correlation r, Spearman's ρ_s is
/// (6/π)·arcsin(r/2) (Pearson, 1907), so the requested rank correlations are
/// converted with r = 2·sin(π·ρ_s/6). The normal correlation matrix R is
/// factored once as R = L·Lᵀ (Cholesky); each draw is u = Φ(L·z) with z
/// independent standard normals, which has uniform marginals and exactly the
/// requested rank correlations. Feeding column k through an input's
/// `quantile` then gives correlated inputs with their own marginals.
package struct GaussianCopula: Sendable, Hashable {
  /// The number of correlated variables.
  package let dimension: Int
  /// The lower-triangular Cholesky factor of the normal correlation matrix,
  /// row-major, `dimension × dimension`.
  package let choleskyFactor: [Double]

  /// Validates the rank-correlation matrix and factors its normal counterpart.
  ///
  /// - Parameter rankCorrelations: A symmetric matrix of Spearman correlations
  ///   with unit diagonal; symmetry and the diagonal are checked to 1e−12.
  /// - Throws: ``CopulaError`` naming the first problem found: not square,
  ///   non-finite entry, diagonal not 1, not symmetric, |ρ| > 1, or not
  ///   positive definite.
  package init(rankCorrelations: [[Double]]) throws(CopulaError) {
    let n = rankCorrelations.count
    guard n > 0 else { throw .empty }
    for (i, row) in rankCorrelations.enumerated() where row.count != n {
      throw .notSquare(row: i, count: row.count, expected: n)
    }
    let tolerance = 1e-12
    for i in 0..<n {
      for j in 0..<n where !rankCorrelations[i][j].isFinite {
        throw .notFinite(row: i, column: j)
      }
    }
    for i in 0..<n where abs(rankCorrelations[i][i] - 1) > tolerance {
      throw .diagonalNotOne(index: i, value: rankCorrelations[i][i])
    }
    for i in 0..<n {
      for j in 0..<i {
        if abs(rankCorrelations[i][j] - rankCorrelations[j][i]) > tolerance {
          throw .notSymmetric(row: i, column: j)
        }
        if abs(rankCorrelations[i][j]) > 1 {
          throw .outOfRange(row: i, column: j, value: rankCorrelations[i][j])
        }
      }
    }
    // Normal (Pearson) correlations from rank correlations.
    var matrix = [Double](repeating: 0, count: n * n)
    for i in 0..<n {
      for j in 0..<n {
        matrix[i * n + j] = i == j ? 1 : 2 * sin(Double.pi * rankCorrelations[i][j] / 6)
      }
    }
    // Cholesky–Banachiewicz, row by row. A pivot ≤ 1e−12 means R is singular
    // or indefinite to working precision.
    var factor = [Double](repeating: 0, count: n * n)
    for i in 0..<n {
      for j in 0...i {
        var sum = matrix[i * n + j]
        for k in 0..<j {
          sum -= factor[i * n + k] * factor[j * n + k]
        }
        if i == j {
          guard sum > 1e-12 else { throw .notPositiveDefinite(index: i) }
          factor[i * n + i] = sum.squareRoot()
        } else {
          factor[i * n + j] = sum / factor[j * n + j]
        }
      }
    }
    dimension = n
    choleskyFactor = factor
  }

  /// Fills `columns[k][0..<count]` with correlated uniforms in (0, 1).
  ///
  /// `columns` is resized to `dimension` columns of at least `count` values
  /// if needed; existing storage is reused, so calling this per block with the
  /// same arrays allocates nothing after the first call. Column k is first
  /// filled with independent normals, then the columns are combined in place
  /// from the last to the first (y_k = Σ_{j≤k} L_kj z_j only reads columns
  /// j ≤ k), and finally mapped through Φ and clamped into (0, 1).
  ///
  /// - Complexity: O(count · dimension²) multiply-adds plus one `erfc` per
  ///   value.
  package func fillUnits(
    _ columns: inout [[Double]], count: Int, using rng: inout Xoshiro256StarStar
  ) {
    let n = dimension
    let count = max(0, count)
    if columns.count > n { columns.removeLast(columns.count - n) }
    while columns.count < n { columns.append([]) }
    for k in 0..<n where columns[k].count < count {
      columns[k].append(contentsOf: repeatElement(0, count: count - columns[k].count))
    }
    for k in 0..<n {
      columns[k].withUnsafeMutableBufferPointer { buffer in
        NormalDistribution.fillStandard(
          UnsafeMutableBufferPointer(rebasing: buffer[0..<count]), mean: 0, scale: 1, using: &rng)
      }
    }
    let smallest = 0x1p-60
    let largest = 1.0.nextDown
    for k in stride(from: n - 1, through: 0, by: -1) {
      let diagonal = choleskyFactor[k * n + k]
      columns[k].withUnsafeMutableBufferPointer { target in
        for i in 0..<count { target[i] *= diagonal }
      }
      for j in 0..<k {
        let weight = choleskyFactor[k * n + j]
        if weight == 0 { continue }
        let source = columns[j]
        source.withUnsafeBufferPointer { source in
          columns[k].withUnsafeMutableBufferPointer { target in
            for i in 0..<count { target[i] += weight * source[i] }
          }
        }
      }
      columns[k].withUnsafeMutableBufferPointer { target in
        for i in 0..<count {
          target[i] = min(largest, max(smallest, SpecialFunctions.normalCDF(target[i])))
        }
      }
    }
  }
}
