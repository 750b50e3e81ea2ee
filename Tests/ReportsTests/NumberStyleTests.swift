import Reports
import Testing
import WorkforceModel

@Suite("Number style")
struct NumberStyleTests {
  @Test func danishGroupsWithPointsAndDecimalsWithComma() {
    let da = NumberStyle(.da)
    #expect(da.number(1234.5, decimals: 1) == "1.234,5")
    #expect(da.number(725_000, decimals: 0) == "725.000")
    #expect(da.number(-0.04, decimals: 1) == "0,0")
    #expect(da.number(-1.25, decimals: 1) == "-1,3")  // half away from zero
    #expect(da.number(11_250_000, decimals: 0) == "11.250.000")
  }

  @Test func englishGroupsWithCommas() {
    let en = NumberStyle(.en)
    #expect(en.number(1234.5, decimals: 1) == "1,234.5")
    #expect(en.number(0.65, decimals: 2) == "0.65")
  }

  @Test func compactDropsTrailingZeros() {
    let da = NumberStyle(.da)
    #expect(da.compact(13.25) == "13,25")
    #expect(da.compact(4) == "4")
    #expect(da.compact(2.5) == "2,5")
  }

  @Test func quantitiesWithUnits() {
    let da = NumberStyle(.da)
    let en = NumberStyle(.en)
    #expect(da.quantity(Interval(0.25, 0.25), unit: .share) == "25 %")
    #expect(da.quantity(Interval(0.09, 0.12), unit: .share) == "9–12 %")
    #expect(en.quantity(Interval(0.09, 0.12), unit: .share) == "9–12%")
    #expect(da.quantity(Interval(20e6, 25e6), unit: .kroner) == "20–25 mio. kr.")
    #expect(en.quantity(Interval(75, 125), unit: .kroner) == "75–125 DKK")
    #expect(da.quantity(Interval(800_000, 800_000), unit: .kroner) == "0,8 mio. kr.")
  }

  @Test func rangesCollapseWhenEndsAgree() {
    let da = NumberStyle(.da)
    #expect(da.range(Interval(186, 186), decimals: 1) == "186,0")
    #expect(da.range(Interval(54_375_000, 90_625_000), decimals: 1, scale: 1e6) == "54,4–90,6")
  }

  /// From 10¹⁵ up a number is written in scientific form with three
  /// significant digits and no grouping (R5: 1e18 printed `1e,+18.0`).
  /// Expected texts by hand: 10¹⁸ = 1,00 · 10¹⁸; the largest Double is
  /// 1.7976931348623157 · 10³⁰⁸, which rounds to 1,80; 10¹⁵ − ½ rounds half
  /// away from zero to 10¹⁵ itself; 9.9999 · 10²⁰ rounds up to 1,00 · 10²¹.
  @Test func hugeNumbersAreScientificAndNeverGrouped() {
    let da = NumberStyle(.da)
    let en = NumberStyle(.en)
    #expect(da.number(1e18, decimals: 1) == "1,00E+18")
    #expect(en.number(1e18, decimals: 1) == "1.00E+18")
    #expect(da.number(1e308, decimals: 0) == "1,00E+308")
    #expect(da.number(Double.greatestFiniteMagnitude, decimals: 3) == "1,80E+308")
    #expect(en.number(-2.5e300, decimals: 1) == "-2.50E+300")
    #expect(da.number(1e15 - 0.5, decimals: 0) == "1,00E+15")
    #expect(da.number(9.9999e20, decimals: 2) == "1,00E+21")
    #expect(da.number(123_456_789_012_345, decimals: 1) == "123.456.789.012.345,0")
    #expect(da.number(999_999_999_999_999, decimals: 0) == "999.999.999.999.999")
    #expect(da.percent(1e307) == "1,00E+309 %")
    #expect(en.compact(3.7e200) == "3.70E+200")
  }

  /// R2: every finite Double formats without trapping, at every precision
  /// the reports use and beyond (12 decimals, clamped), in both languages:
  /// one digit-grouped or scientific number, with the language's marks.
  @Test(arguments: [Language.da, .en])
  func everyFiniteMagnitudeFormats(_ language: Language) {
    let style = NumberStyle(language)
    var values: [Double] = [0, -0.0, .leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude]
    for exponent in -324...308 { values.append(Double("1e\(exponent)") ?? 0) }
    values += values.map { $0 * 7.77 }.filter(\.isFinite)
    values += values.map { -$0 }
    let grouped = language == .da ? #/^-?\d{1,3}(\.\d{3})*(,\d+)?$/# : #/^-?\d{1,3}(,\d{3})*(\.\d+)?$/#
    let scientific = language == .da ? #/^-?\d,\d\dE\+\d+$/# : #/^-?\d\.\d\dE\+\d+$/#
    for value in values {
      for decimals in [0, 1, 2, 3, 12, 40] {
        let text = style.number(value, decimals: decimals)
        #expect(
          (try? grouped.wholeMatch(in: text)) != nil || (try? scientific.wholeMatch(in: text)) != nil,
          "\(value) with \(decimals) decimals: \(text)")
      }
      _ = style.compact(value)
      _ = style.percent(value)
      _ = style.signedPercent(value)
    }
  }

  @Test func signedPercent() {
    let da = NumberStyle(.da)
    #expect(da.signedPercent(0.004) == "+0,4 %")
    #expect(da.signedPercent(-0.07) == "-7,0 %")
    #expect(da.signedPercent(0) == "0,0 %")
  }
}

@Suite("Tables and JSON")
struct TableAndJSONTests {
  @Test func csvQuotesOnlyWhatNeedsIt() {
    var table = Table(columns: [Table.Column("a"), Table.Column("b")])
    table.append(["x,y", "say \"hi\""])
    #expect(table.csv() == "a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n")
  }

  @Test func markdownEscapesPipes() {
    var table = Table(columns: [Table.Column("a"), Table.Column("n", .right)])
    table.append(["x|y", "1"])
    #expect(table.markdown() == "| a | n |\n| --- | ---: |\n| x\\|y | 1 |\n")
  }

  @Test func jsonKeepsKeyOrderAndWritesPlainNumbers() {
    let value = JSONValue.object([("b", .number(22_000_000)), ("a", .number(0.5)), ("s", .string("æ\"\n"))])
    #expect(value.serialized() == "{\"b\":22000000,\"a\":0.5,\"s\":\"æ\\\"\\n\"}")
  }

  @Test func nonFiniteNumbersAreFoundBeforeWriting() {
    let value = JSONValue.object([("x", .array([.number(1), .number(.infinity)]))])
    #expect(value.firstNonFinitePath == ".x[1]")
  }

  @Test func aShareBetweenZeroAndOneNeverShowsAsZeroOrAHundredPercent() {
    let da = NumberStyle(.da)
    let en = NumberStyle(.en)
    #expect(da.percent(0.25, maximum: 0) == "25 %")
    #expect(da.percent(1, maximum: 0) == "100 %")
    // 0.996 rounds to 100 at whole percents; one decimal shows 99.6.
    #expect(da.percent(0.996, maximum: 0) == "99,6 %")
    #expect(en.percent(0.9996, maximum: 0) == "99.96%")
    #expect(en.percent(0.00004, maximum: 1) == "0.004%")
    #expect(en.percent(0, maximum: 0) == "0%")
  }
}
