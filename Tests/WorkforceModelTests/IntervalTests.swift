import Testing
import WorkforceModel

@Suite("Interval arithmetic")
struct IntervalTests {
  @Test func addition() {
    #expect(Interval(1, 2) + Interval(10, 20) == Interval(11, 22))
  }

  @Test func subtractionPairsOppositeEnds() {
    // [1, 2] − [10, 20] = [1 − 20, 2 − 10]
    #expect(Interval(1, 2) - Interval(10, 20) == Interval(-19, -8))
  }

  @Test func multiplicationTakesExtremesOfTheFourProducts() {
    // [−2, 3] × [4, 5]: products −8, −10, 12, 15.
    #expect(Interval(-2, 3) * Interval(4, 5) == Interval(-10, 15))
    #expect(Interval(-2, -1) * Interval(-3, 4) == Interval(-8, 6))
  }

  @Test func divisionByPositiveInterval() {
    // [6, 12] ÷ [2, 3]: quotients 3, 2, 6, 4.
    #expect(Interval(6, 12) / Interval(2, 3) == Interval(2, 6))
  }

  @Test func divisionByIntervalContainingZeroIsUnbounded() {
    let result = Interval(1, 2) / Interval(-1, 1)
    #expect(!result.isFinite)
  }

  @Test func literalsAreConstants() {
    let x: Interval = 60
    #expect(x == Interval(60, 60))
    #expect((Interval(120, 180) / 60) == Interval(2, 3))
  }
}

@Suite("Quantities")
struct QuantityTests {
  @Test func deterministicRanges() {
    #expect(Quantity.point(3).deterministicRange == Interval(3, 3))
    #expect(Quantity.pert(min: 1, mode: 2, max: 4).deterministicRange == Interval(1, 4))
    // normal contributes mean ± 1.6448536269514722·sd, its 5th and 95th percentiles.
    let normal = Quantity.normal(mean: 10, sd: 2).deterministicRange
    #expect(close(normal.low, 10 - 2 * 1.6448536269514722) && close(normal.high, 10 + 2 * 1.6448536269514722))
    #expect(Quantity.lognormal(p5: 5, p95: 10).deterministicRange == Interval(5, 10))
  }

  @Test func centralValues() {
    #expect(Quantity.range(low: 2, high: 4).central == 3)
    // The median of lognormal(p5, p95) is the geometric mean sqrt(5 × 20) = 10.
    #expect(close(Quantity.lognormal(p5: 5, p95: 20).central, 10))
  }
}

@Suite("Rounding unit of published figures")
struct RoundingUnitTests {
  @Test(arguments: [
    (110.0, 10.0), (26e6, 1e6), (2.0, 1.0), (13.25, 0.01), (190_000.0, 10_000.0), (0.65, 0.01), (175.0, 1.0),
  ])
  func lastSignificantDigit(value: Double, unit: Double) {
    let figure = PublishedFigure(name: "fte", value: Interval(constant: value), location: .init(file: "f", line: 1, column: 1))
    #expect(close(figure.roundingUnit, unit))
  }

  @Test func rangeUsesTheFinerEnd() {
    // 90 → tens, 100 → hundreds: judged at tens.
    let figure = PublishedFigure(name: "fte", value: Interval(90, 100), location: .init(file: "f", line: 1, column: 1))
    #expect(figure.roundingUnit == 10)
  }
}
