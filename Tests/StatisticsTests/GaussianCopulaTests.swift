import RandomSampling
import Statistics
import Testing

@Suite("Gaussian copula")
struct GaussianCopulaTests {
  @Test("sample rank correlations match the requested ones")
  func rankCorrelations() throws {
    let requested: [[Double]] = [
      [1, 0.7, -0.3],
      [0.7, 1, 0],
      [-0.3, 0, 1],
    ]
    let copula = try GaussianCopula(rankCorrelations: requested)
    var rng = Xoshiro256StarStar(seed: 31)
    var columns: [[Double]] = []
    let n = 100_000
    copula.fillUnits(&columns, count: n, using: &rng)
    #expect(columns.count == 3 && columns.allSatisfy { $0.count == n })
    #expect(columns.allSatisfy { $0.allSatisfy { $0 > 0 && $0 < 1 } })
    for i in 0..<3 {
      // Uniform marginals: mean ½ within 5 standard errors (1/√(12n)).
      let mean = columns[i].reduce(0, +) / Double(n)
      #expect(abs(mean - 0.5) < 5 / (12 * Double(n)).squareRoot())
      for j in 0..<i {
        let rho = RankCorrelation.spearman(columns[i], columns[j])
        #expect(abs(rho - requested[i][j]) < 0.01, "ρ(\(i), \(j)) = \(rho)")
      }
    }
    // Storage is reused: a second, smaller fill keeps the arrays.
    copula.fillUnits(&columns, count: 10, using: &rng)
    #expect(columns[0].count == n)
  }

  @Test("invalid matrices are rejected with a named reason")
  func rejected() {
    // ρ12 = ρ13 = 0.9 with ρ23 = −0.9 is impossible (not positive definite).
    let inconsistent: [[Double]] = [[1, 0.9, 0.9], [0.9, 1, -0.9], [0.9, -0.9, 1]]
    #expect(throws: CopulaError.notPositiveDefinite(index: 2)) {
      try GaussianCopula(rankCorrelations: inconsistent)
    }
    #expect(throws: CopulaError.notSquare(row: 1, count: 1, expected: 2)) {
      try GaussianCopula(rankCorrelations: [[1, 0], [0]])
    }
    #expect(throws: CopulaError.notSymmetric(row: 1, column: 0)) {
      try GaussianCopula(rankCorrelations: [[1, 0.2], [0.3, 1]])
    }
    #expect(throws: CopulaError.outOfRange(row: 1, column: 0, value: 1.5)) {
      try GaussianCopula(rankCorrelations: [[1, 1.5], [1.5, 1]])
    }
    #expect(throws: CopulaError.diagonalNotOne(index: 0, value: 2)) {
      try GaussianCopula(rankCorrelations: [[2]])
    }
    #expect(throws: CopulaError.empty) { try GaussianCopula(rankCorrelations: []) }
    let message = CopulaError.notPositiveDefinite(index: 2).description
    #expect(message.contains("not positive definite"))
  }
}
