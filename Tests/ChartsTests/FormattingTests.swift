import Charts
import Testing

@Suite("Chart number format")
struct ChartNumberFormatTests {
  @Test func danishAndEnglishMarks() {
    #expect(ChartNumberFormat.danish.string(1234.5, decimals: 1) == "1.234,5")
    #expect(ChartNumberFormat.english.string(1234.5, decimals: 1) == "1,234.5")
    #expect(ChartNumberFormat.danish.string(11_250_000, decimals: 0) == "11.250.000")
    #expect(ChartNumberFormat.danish.string(0.05, decimals: 2) == "0,05")
    #expect(ChartNumberFormat.danish.string(475.5, decimals: 2) == "475,50")
  }

  @Test func roundsHalfAwayFromZeroAndSignsWithTheMinusSign() {
    #expect(ChartNumberFormat.danish.string(2.25, decimals: 1) == "2,3")
    #expect(ChartNumberFormat.danish.string(-2.25, decimals: 1) == "\u{2212}2,3")
    #expect(ChartNumberFormat.danish.string(-1500, decimals: 0) == "\u{2212}1.500")
    // A value that rounds to zero has no sign.
    #expect(ChartNumberFormat.danish.string(-0.04, decimals: 1) == "0,0")
    #expect(ChartNumberFormat.danish.string(-0.0, decimals: 0) == "0")
  }

  @Test func neverPrintsNaNOrInfinity() {
    for value in [Double.nan, .infinity, -.infinity] {
      #expect(ChartNumberFormat.danish.string(value, decimals: 1) == "–")
    }
  }

  @Test func percentAndRange() {
    #expect(ChartNumberFormat.danish.percent(12.5, decimals: 1) == "12,5\u{00A0}%")
    #expect(ChartNumberFormat.english.percent(12.5, decimals: 1) == "12.5%")
    #expect(ChartNumberFormat.danish.range(93, 95, decimals: 1) == "93,0–95,0")
    #expect(ChartNumberFormat.danish.range(110.42, 110.44, decimals: 1) == "110,4")
  }
}

@Suite("SVG text")
struct SVGTextTests {
  @Test func numbersHaveAtMostTwoDecimalsAndNoNegativeZero() {
    #expect(SVGNumber.text(12.5) == "12.5")
    #expect(SVGNumber.text(3) == "3")
    #expect(SVGNumber.text(-0.25) == "-0.25")
    #expect(SVGNumber.text(1.006) == "1.01")
    #expect(SVGNumber.text(0.07) == "0.07")
    #expect(SVGNumber.text(-0.001) == "0")
    #expect(SVGNumber.text(.nan) == "0")
    #expect(SVGNumber.text(.infinity) == "0")
  }
}

@Suite("Text measure")
struct TextMeasureTests {
  @Test func widthsComeFromTheWiderFont() {
    // Digits: DejaVu Sans 1303/2048 em = 0.636 em, wider than Liberation Sans' 0.556.
    #expect(abs(TextMeasure.width("0", fontSize: 10) - 6.36) < 1e-9)
    #expect(abs(TextMeasure.width("00", fontSize: 10) - 12.72) < 1e-9)
    // Bold is wider; an unknown character counts as a whole em.
    #expect(TextMeasure.width("Årsværk", fontSize: 12, bold: true) > TextMeasure.width("Årsværk", fontSize: 12))
    #expect(TextMeasure.width("漢", fontSize: 12) == 12)
    #expect(TextMeasure.width("", fontSize: 12) == 0)
  }

  @Test func truncationFitsAndEndsInAnEllipsis() {
    let text = "mammography: Projektledelse og implementering"
    let shown = TextMeasure.truncated(text, toWidth: 150, fontSize: 12)
    #expect(shown.hasSuffix("…"))
    #expect(text.hasPrefix(String(shown.dropLast())))
    #expect(TextMeasure.width(shown, fontSize: 12) <= 150)
    #expect(TextMeasure.truncated("kort", toWidth: 150, fontSize: 12) == "kort")
    #expect(TextMeasure.truncated("kort", toWidth: 1, fontSize: 12) == "…")
  }

  @Test func wrappingBreaksAtSpaces() {
    let lines = TextMeasure.wrapped("Frigjorte årsværk i alt pr. år", toWidth: 100, fontSize: 12)
    #expect(lines.count > 1)
    #expect(lines.joined(separator: " ") == "Frigjorte årsværk i alt pr. år")
    #expect(lines.allSatisfy { TextMeasure.width($0, fontSize: 12) <= 100 })
  }
}
