import Charts
import Testing

/// Tick values derived by hand from the rule of ``AxisTicks``: the smallest
/// step of 1, 2, 2.5 or 5 × 10^k whose ticks ⌊low/step⌋…⌈high/step⌉ number at
/// most `maxCount`.
@Suite("Axis ticks")
struct AxisTicksTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var low: Double
    var high: Double
    var maxCount: Int
    var values: [Double]
    var step: Double
    var decimals: Int
    var testDescription: String { "\(low)…\(high) in ≤ \(maxCount)" }
  }

  static let cases: [Case] = [
    // raw step 100/5 = 20; 10 gives 11 ticks, 20 gives 0…100 in 6.
    Case(low: 0, high: 100, maxCount: 6, values: [0, 20, 40, 60, 80, 100], step: 20, decimals: 0),
    // raw 8.94; 5 gives 0…50 in 11 ticks, 10 gives 0…50 in 6.
    Case(low: 3.2, high: 47.9, maxCount: 6, values: [0, 10, 20, 30, 40, 50], step: 10, decimals: 0),
    // raw 0.4; 0.25 gives 475.5…477.75 (10 ticks), 0.5 gives 475.5…478 (6).
    Case(low: 475.66, high: 477.66, maxCount: 6, values: [475.5, 476, 476.5, 477, 477.5, 478], step: 0.5, decimals: 1),
    // raw 0.175; 0.1 gives 8 ticks, 0.2 gives 0…0.8 (5).
    Case(low: 0, high: 0.7, maxCount: 5, values: [0, 0.2, 0.4, 0.6, 0.8], step: 0.2, decimals: 1),
    // raw 2; 2 gives −4…8 (7 ticks), 2.5 gives −5…7.5 (6): 2.5 needs one decimal.
    Case(low: -3, high: 7, maxCount: 6, values: [-5, -2.5, 0, 2.5, 5, 7.5], step: 2.5, decimals: 1),
    // An empty range is widened by 10 %: 4.5…5.5, raw 0.25; 0.2 gives 7 ticks, 0.25 gives 5.
    Case(low: 5, high: 5, maxCount: 5, values: [4.5, 4.75, 5, 5.25, 5.5], step: 0.25, decimals: 2),
    // All zeros: the unit range, 0.25 apart.
    Case(low: 0, high: 0, maxCount: 5, values: [0, 0.25, 0.5, 0.75, 1], step: 0.25, decimals: 2),
    // Not finite: the unit range too.
    Case(low: .nan, high: 3, maxCount: 5, values: [0, 0.25, 0.5, 0.75, 1], step: 0.25, decimals: 2),
    // Kroner: raw 1 mio.; 0.5 mio. gives 11 ticks, 1 mio. gives 22…27 mio. (6).
    Case(low: 22e6, high: 27e6, maxCount: 6, values: [22e6, 23e6, 24e6, 25e6, 26e6, 27e6], step: 1e6, decimals: 0),
    // Reversed ends are swapped; fewer than 3 ticks are taken as 3.
    Case(low: 10, high: 0, maxCount: 1, values: [0, 5, 10], step: 5, decimals: 0),
  ]

  @Test(arguments: cases)
  func handDerivedTicks(_ c: Case) {
    let ticks = AxisTicks(covering: c.low, c.high, maxCount: c.maxCount)
    #expect(ticks.values == c.values)
    #expect(ticks.step == c.step)
    #expect(ticks.decimals == c.decimals)
  }

  @Test func valuesCarryNoBinaryNoise() {
    // 3 × 0.1 is 0.30000000000000004 in binary; the tick is cleaned to 0.3.
    let ticks = AxisTicks(covering: 0.1, 0.3, maxCount: 3)
    #expect(ticks.values == [0.1, 0.2, 0.3])
    #expect(AxisTicks(covering: -1, 1, maxCount: 3).values == [-1, 0, 1])
    #expect(!AxisTicks(covering: -0.3, 0.3, maxCount: 7).values.contains { $0 == 0 && $0.sign == .minus })
  }

  /// Every range of a fixed, varied list: the ticks cover it, are at most
  /// `maxCount`, evenly spaced multiples of a nice step, and print exactly.
  @Test func propertiesHoldOnManyRanges() {
    var ranges: [(Double, Double)] = []
    for low in [-1234.5, -7, -0.03, 0, 0.001, 1, 13.25, 99.9, 475.66, 1e6, 2.2e7] {
      for width in [0.0001, 0.07, 1, 3.3, 55, 1000, 7.5e6] { ranges.append((low, low + width)) }
    }
    for (low, high) in ranges {
      for maxCount in 3...12 {
        let ticks = AxisTicks(covering: low, high, maxCount: maxCount)
        #expect(ticks.values.count <= maxCount && ticks.values.count >= 2, "\(low)…\(high) ≤ \(maxCount)")
        let slack = ticks.step * 1e-6
        #expect(ticks.lower <= low + slack && ticks.upper >= high - slack, "\(low)…\(high) covered by \(ticks.values)")
        var mantissa = ticks.step
        while mantissa >= 10 { mantissa /= 10 }
        while mantissa < 1 { mantissa *= 10 }
        #expect([1, 2, 2.5, 5].contains { abs($0 - mantissa) < 1e-9 }, "step \(ticks.step)")
        for (a, b) in zip(ticks.values, ticks.values.dropFirst()) {
          #expect(abs((b - a) - ticks.step) <= 1e-9 * max(1, abs(b)), "even spacing in \(ticks.values)")
        }
        for value in ticks.values {
          let units = value / ticks.step
          #expect(abs(units - units.rounded()) < 1e-6 + 1e-12 * abs(units), "\(value) is a multiple of \(ticks.step)")
        }
      }
    }
  }

  @Test func fittingDropsTicksUntilLabelsFit() {
    // Labels 50 wide with a gap of 12 need 62 between ticks on a 200-long axis:
    // 6 ticks (spacing 40) and 5 (spacing 50) do not fit; 0, 50, 100 (spacing 100) do.
    let ticks = AxisTicks.fitting(0, 100, length: 200, maxCount: 10, gap: 12) { _ in 50 }
    #expect(ticks.values == [0, 50, 100])
    // Narrow labels keep the densest ticks.
    #expect(AxisTicks.fitting(0, 100, length: 600, maxCount: 6) { _ in 20 }.values == [0, 20, 40, 60, 80, 100])
    // Never fewer than three ticks, even when nothing fits.
    #expect(AxisTicks.fitting(0, 100, length: 10, maxCount: 6) { _ in 500 }.values.count == 3)
  }
}

@Suite("Linear scale")
struct LinearScaleTests {
  @Test func mapsDomainOntoRangeIncludingInvertedY() {
    let y = LinearScale(domain: 0, 100, range: 300, 20)
    #expect(y(0) == 300)
    #expect(y(100) == 20)
    #expect(y(50) == 160)
    #expect(y(-10) == 328)
    #expect(y.clamped(-10) == 300)
    #expect(y.clamped(1000) == 20)
  }

  @Test func followsTheTicks() {
    let x = LinearScale(AxisTicks(covering: 3.2, 47.9, maxCount: 6), range: 40, 540)
    #expect(x(0) == 40)
    #expect(x(50) == 540)
    #expect(x(25) == 290)
  }

  @Test func anEmptyDomainOrNonFiniteValueGivesTheMiddle() {
    #expect(LinearScale(domain: 5, 5, range: 0, 100)(5) == 50)
    #expect(LinearScale(domain: 0, 1, range: 0, 100)(.nan) == 50)
    #expect(LinearScale(domain: 0, 1, range: 0, 100)(.infinity) == 50)
  }
}
