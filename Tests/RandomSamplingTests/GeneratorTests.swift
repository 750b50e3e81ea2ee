import Testing

@testable import RandomSampling

@Suite("Generators")
struct GeneratorTests {
  @Test("SplitMix64 matches the reference C code")
  func splitMixKnownAnswer() {
    // First value: given in the brief and checked on this toolchain; the
    // next three: a transcription of Vigna's splitmix64.c in Python.
    var generator = SplitMix64(seed: 0)
    #expect(generator.next() == 0xe220_a839_7b1d_cdaf)
    #expect(generator.next() == 0x6e78_9e6a_a1b9_65f4)
    #expect(generator.next() == 0x06c4_5d18_8009_454f)
    #expect(generator.next() == 0xf88b_b8a8_724c_81ec)
  }

  @Test("xoshiro256** from state {1, 2, 3, 4} matches the reference C code")
  func xoshiroKnownAnswer() {
    var generator = Xoshiro256StarStar(state: (1, 2, 3, 4))
    #expect(generator.next() == 11520)
    #expect(generator.next() == 0)
    #expect(generator.next() == 1_509_978_240)
    #expect(generator.next() == 1_215_971_899_390_074_240)
  }

  @Test("seeding uses four SplitMix64 outputs as the state")
  func seedingIsSplitMix() {
    let seeded = Xoshiro256StarStar(seed: 0)
    // The four SplitMix64(0) outputs above.
    #expect(seeded.state.0 == 0xe220_a839_7b1d_cdaf)
    #expect(seeded.state.1 == 0x6e78_9e6a_a1b9_65f4)
    #expect(seeded.state.2 == 0x06c4_5d18_8009_454f)
    #expect(seeded.state.3 == 0xf88b_b8a8_724c_81ec)
  }

  @Test("unit doubles from known outputs")
  func unitConversions() {
    // Outputs 11520 and 0 (above): 11520 >> 11 = 5, so nextUnit = 5·2⁻⁵³;
    // then 0 >> 12 = 0, so nextOpenUnit = (0 + ½)·2⁻⁵² = 2⁻⁵³, never 0.
    var generator = Xoshiro256StarStar(state: (1, 2, 3, 4))
    #expect(generator.nextUnit() == 5 * 0x1p-53)
    #expect(generator.nextOpenUnit() == 0x1p-53)
    var large = Xoshiro256StarStar(seed: 9)
    for _ in 0..<100_000 {
      let u = large.nextUnit()
      let v = large.nextOpenUnit()
      #expect(u >= 0 && u < 1)
      #expect(v > 0 && v < 1)
    }
  }

  @Test("the same (seed, stream) repeats; different streams and seeds differ")
  func streams() {
    var first = Xoshiro256StarStar(seed: 42, stream: 7)
    var again = Xoshiro256StarStar(seed: 42, stream: 7)
    var other = Xoshiro256StarStar(seed: 42, stream: 8)
    var otherSeed = Xoshiro256StarStar(seed: 43, stream: 7)
    let a = (0..<16).map { _ in first.next() }
    #expect(a == (0..<16).map { _ in again.next() })
    #expect(a != (0..<16).map { _ in other.next() })
    #expect(a != (0..<16).map { _ in otherSeed.next() })
    // Distinct streams of one seed start from distinct states (the
    // derivation is a bijection in the stream index), and their first
    // outputs look unrelated.
    var firstWords = Set<UInt64>()
    var firstOutputs = Set<UInt64>()
    for stream in 0..<4096 as Range<UInt64> {
      var generator = Xoshiro256StarStar(seed: 42, stream: stream)
      firstWords.insert(generator.state.0)
      firstOutputs.insert(generator.next())
    }
    #expect(firstWords.count == 4096)
    #expect(firstOutputs.count == 4096)
  }

  @Test("adjacent streams are uncorrelated")
  func streamCorrelation() {
    // Pearson correlation of 100 000 paired uniforms from streams 0 and 1:
    // under independence its standard error is 1/√n ≈ 0.0032.
    var s0 = Xoshiro256StarStar(seed: 1, stream: 0)
    var s1 = Xoshiro256StarStar(seed: 1, stream: 1)
    let n = 100_000
    var sxy = 0.0
    for _ in 0..<n {
      sxy += (s0.nextUnit() - 0.5) * (s1.nextUnit() - 0.5)
    }
    let correlation = (sxy / Double(n)) / (1.0 / 12)
    #expect(abs(correlation) < 5 / Double(n).squareRoot())
  }
}
