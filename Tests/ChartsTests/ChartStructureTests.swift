import Testing

@testable import Charts

/// Properties every chart must have whatever its data: well-formed XML, an
/// accessible name and description, no NaN or infinity, and labels that stay
/// apart.
@Suite("Chart structure")
struct ChartStructureTests {
  static var charts: [(String, any Chart)] {
    [
      ("histogram", ChartSnapshotTests.histogram), ("tornado", ChartSnapshotTests.tornado),
      ("bars", ChartSnapshotTests.bars), ("intervals", ChartSnapshotTests.intervals),
      (
        "empty histogram",
        HistogramChart(
          id: "e", title: "Tom", description: "Ingen data.", bins: [], markers: [], valueTitle: "x", shareTitle: "y",
          valueDecimals: 1, format: .english)
      ),
      (
        "constant histogram",
        HistogramChart(
          id: "c", title: "Fast", description: "Et tal.", bins: [.init(lower: 475.7, upper: 475.7, share: 1)],
          markers: [
            .init(label: "P5", value: 475.7), .init(label: "P50", value: 475.7, isCentral: true),
            .init(label: "P95", value: 475.7),
          ],
          valueTitle: "x", shareTitle: "y", valueDecimals: 1, format: .danish)
      ),
      (
        "non-finite data",
        HistogramChart(
          id: "n", title: "Ikke-endelige tal", description: "Data med uendelige værdier.",
          bins: [.init(lower: .nan, upper: .infinity, share: .nan)],
          markers: [.init(label: "P50", value: .nan)], valueTitle: "x", shareTitle: "y", valueDecimals: 1,
          format: .danish)
      ),
      (
        "empty tornado",
        TornadoChart(
          id: "et", title: "Ingen", description: "Ingen input.", baseline: 0, bars: [], valueTitle: "x",
          inputTitle: "Input",
          lowLabel: "P5", highLabel: "P95", baselineLabel: "Median", decimals: 1, format: .danish)
      ),
      (
        "escaping",
        TornadoChart(
          id: "x\"><script>", title: "<script>alert(1)</script> & co", description: "\"quoted\" 'text'", baseline: 1,
          bars: [.init(label: "a < b & c", low: 0, high: 2)], valueTitle: "<x>", inputTitle: "Input", lowLabel: "<",
          highLabel: ">", baselineLabel: "&", decimals: 1, format: .danish)
      ),
      (
        "empty bars",
        StackedBarChart(
          id: "eb", title: "Ingen år", description: "Ingen data.", categories: [], series: [], valueTitle: "mio. kr.",
          categoryTitle: "År", decimals: 0, format: .danish)
      ),
    ]
  }

  @Test(arguments: 0..<10)
  func wellFormedAccessibleAndFinite(_ index: Int) throws {
    let (name, chart) = Self.charts[index]
    let svg = chart.svg()
    let parsed = XMLCheck.parse(svg)
    #expect(parsed.error == nil, "\(name): \(String(describing: parsed.error))")
    #expect(parsed.elements.first == "svg", "\(name)")
    #expect(Array(parsed.elements.dropFirst().prefix(2)) == ["title", "desc"], "\(name)")
    let root = try #require(parsed.attributes.first)
    let ids = (root["aria-labelledby"] ?? "").split(separator: " ").map(String.init)
    #expect(ids.count == 2 && root["role"] == "img", "\(name)")
    #expect(parsed.attributes.dropFirst().prefix(2).compactMap { $0["id"] } == ids, "\(name)")
    for bad in ["NaN", "nan", "inf", "<script"] {
      #expect(!svg.contains(bad), "\(name) contains \(bad)")
    }
  }

  @Test func markerLabelsMoveToFurtherRowsInsteadOfOverlapping() {
    // Labels 60 wide, placed left to right by centre. 100 → [70, 130] on row 0;
    // 120 → [90, 150] would overlap it: row 1. 300 → [270, 330]: row 0
    // (130 + 10 ≤ 270). 330 → [300, 360]: not row 0 (330 + 10 > 300), row 1
    // (150 + 10 ≤ 300). 395 would reach past 400, so it is pulled in to
    // [340, 400]: row 0, exactly the gap after 330.
    let rows = HistogramChart.labelRows(
      centers: [100, 120, 300, 395, 330], widths: [60, 60, 60, 60, 60], minX: 0, maxX: 400, gap: 10)
    #expect(rows.map(\.row) == [0, 1, 0, 0, 1])
    #expect(rows.map(\.x) == [70, 90, 270, 340, 300])
  }

  @Test func categoryLabelsAreThinnedWhenBandsAreNarrow() {
    // Labels 30 wide need 40 with the gap: bands of 50 take every label, 25 every second, 12 every fourth.
    #expect(StackedBarChart.labelStep(widths: [30, 30, 30, 30, 30], band: 50, gap: 10) == 1)
    #expect(StackedBarChart.labelStep(widths: [30, 30, 30, 30, 30], band: 25, gap: 10) == 2)
    #expect(StackedBarChart.labelStep(widths: [30, 30, 30, 30, 30], band: 12, gap: 10) == 4)
  }

  @Test func legendsWrapToTheAvailableWidth() {
    let legend = Legend(entries: [
      .init(label: "Omkostninger", color: Palette.blue, mark: .swatch),
      .init(label: "Gevinster", color: Palette.orange, mark: .swatch),
      .init(label: "Netto", color: Palette.black, mark: .lineWithDot),
    ])
    #expect(legend.rows(maxWidth: 1000) == 1)
    #expect(legend.rows(maxWidth: 120) == 3)
    let placements = legend.layout(maxWidth: 1000)
    for (a, b) in zip(placements, placements.dropFirst()) {
      #expect(b.x > a.x)
    }
  }

  @Test func longLabelsAreShortenedWithTheFullTextAsTooltip() {
    let label = "mammography: Projektledelse og implementering af en meget lang løsning med mange ord"
    let chart = TornadoChart(
      id: "l", title: "t", description: "d", baseline: 1, bars: [.init(label: label, low: 0, high: 2)], valueTitle: "x",
      inputTitle: "Input", lowLabel: "P5", highLabel: "P95", baselineLabel: "Median", decimals: 0, format: .danish)
    let svg = chart.svg()
    #expect(svg.contains("<title>\(label)</title>"))
    #expect(svg.contains("…</text>"))
  }

  @Test func okabeItoPaletteCycles() {
    #expect(Palette.series.count == 8)
    #expect(Set(Palette.series).count == 8)
    #expect(Palette.color(0) == Palette.blue)
    #expect(Palette.color(8) == Palette.blue)
    #expect(Palette.color(-1) == Palette.black)
  }
}
