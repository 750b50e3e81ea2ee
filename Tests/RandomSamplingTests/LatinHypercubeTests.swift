import Testing

@testable import RandomSampling

@Suite("Latin hypercube")
struct LatinHypercubeTests {
  @Test("exactly one point in each of the n strata, all inside (0, 1)")
  func strata() {
    var rng = Xoshiro256StarStar(seed: 3)
    for n in [1, 2, 7, 1000, 4096] {
      var values = [Double](repeating: -1, count: n)
      values.withUnsafeMutableBufferPointer {
        LatinHypercube.fillStratifiedUnits($0, using: &rng)
      }
      #expect(values.allSatisfy { $0 > 0 && $0 < 1 })
      let strata = Set(values.map { Int(($0 * Double(n)).rounded(.down)) })
      #expect(strata == Set(0..<n), "n = \(n)")
    }
  }

  @Test("the stratum order is shuffled and the shuffle is reproducible")
  func shuffled() {
    var a = Xoshiro256StarStar(seed: 8)
    var b = Xoshiro256StarStar(seed: 8)
    var x = [Double](repeating: 0, count: 100)
    var y = [Double](repeating: 0, count: 100)
    x.withUnsafeMutableBufferPointer { LatinHypercube.fillStratifiedUnits($0, using: &a) }
    y.withUnsafeMutableBufferPointer { LatinHypercube.fillStratifiedUnits($0, using: &b) }
    #expect(x == y)
    #expect(x != x.sorted())
    // Stratification makes the sample mean of n points exactly near ½: each
    // stratum contributes (k + U)/n, so |mean − ½| ≤ 1/(2n).
    #expect(abs(x.reduce(0, +) / 100 - 0.5) <= 0.005)
  }
}
