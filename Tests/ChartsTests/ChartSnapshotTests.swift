import Testing

@testable import Charts

/// Small fixed charts compared with reviewed golden SVG files. The tick values
/// in each golden file are derived by hand in the comments.
@Suite("Chart snapshots")
struct ChartSnapshotTests {
  /// Three bins 0–1, 1–2, 2–3 holding 20 %, 50 % and 30 %, the median at 1.5.
  ///
  /// Shares axis: the plot is 240 − 50 − 46 = 144 high, so at most 144 ÷ 40 → 3
  /// ticks for 0…50 %: raw step 25; 20 gives 0…60 (4 ticks), 25 gives 0, 25,
  /// 50 %. Value axis: 0…3 in at most 10 ticks: raw 0.33; 0.25 gives 13, 0.5
  /// gives 0,0 … 3,0 (7), whose labels fit.
  static let histogram = HistogramChart(
    id: "h", title: "Fordeling", description: "Tre søjler og medianen.",
    bins: [
      .init(lower: 0, upper: 1, share: 0.2), .init(lower: 1, upper: 2, share: 0.5),
      .init(lower: 2, upper: 3, share: 0.3),
    ],
    markers: [.init(label: "P50", value: 1.5, isCentral: true)], valueTitle: "Årsværk", shareTitle: "Andel",
    valueDecimals: 1, format: .danish, width: 400, height: 240)

  /// Two inputs around a baseline of 100: one from 90 to 115, one from 97 to 102.
  ///
  /// Axis: 90…115 in at most 8 ticks: raw 3.57; 2.5 gives 37…46 (10), 5 gives
  /// 90, 95, … 115 (6), whose labels fit.
  static let tornado = TornadoChart(
    id: "t", title: "Drivere", description: "To input.", baseline: 100,
    bars: [.init(label: "pris", low: 90, high: 115), .init(label: "andel", low: 97, high: 102)],
    valueTitle: "Mio. kr.", inputTitle: "Input", lowLabel: "P5", highLabel: "P95", baselineLabel: "Median",
    decimals: 0, format: .danish, width: 400)

  /// Two years: costs −30 and −10 (stacked down), benefits 20 and 45 (up), net −10 and 35.
  ///
  /// Axis: the plot is 300 − 54 − 46 = 200 high, so at most 5 ticks for
  /// −30…45: raw 18.75; 10 gives 9, 20 gives −40 … 60 (6), 25 gives −50,
  /// −25, 0, 25, 50 (5).
  static let bars = StackedBarChart(
    id: "b", title: "År for år", description: "Omkostninger og gevinster.", categories: ["2024", "2025"],
    series: [
      .init(name: "Omkostninger", values: [-30, -10], color: Palette.vermillion),
      .init(name: "Gevinster", values: [20, 45], color: Palette.bluishGreen),
    ],
    line: .init(name: "Netto", values: [-10, 35], color: Palette.black), valueTitle: "mio. kr.", categoryTitle: "År",
    decimals: 0, format: .danish, width: 400, height: 300)

  /// Two rows: a computed point 110.4 against a published 110, and a computed
  /// 186 against a published 175–200.
  ///
  /// Axis from zero: 0…200 in at most 8 ticks: raw 28.6; 25 gives 9, 50 gives
  /// 0, 50, … 200 (5).
  static let intervals = IntervalChart(
    id: "i", title: "Årsværk", description: "Beregnet og publiceret.",
    rows: [
      .init(label: "ward", computed: .init(110.4, 110.4), published: [.init(110, 110, label: "110")]),
      .init(label: "migo", computed: .init(186, 186), published: [.init(175, 200, label: "175–200")]),
    ],
    valueTitle: "Årsværk pr. år", rowTitle: "Løsning", computedLabel: "Beregnet", publishedLabel: "Rapporten",
    decimals: 1, format: .danish, width: 400)

  @Test func histogram() {
    Golden.expectMatches(Self.histogram.svg(), "histogram.svg")
    let svg = Self.histogram.svg()
    for label in [">0\u{00A0}%<", ">25\u{00A0}%<", ">50\u{00A0}%<", ">0,0<", ">0,5<", ">3,0<", ">P50: 1,5<"] {
      #expect(svg.contains(label), "tick or marker \(label)")
    }
    #expect(!svg.contains(">75"))
  }

  @Test func tornado() {
    Golden.expectMatches(Self.tornado.svg(), "tornado.svg")
    let svg = Self.tornado.svg()
    for label in [">90<", ">95<", ">100<", ">105<", ">110<", ">115<", "Median: 100"] {
      #expect(svg.contains(label), "tick or legend \(label)")
    }
  }

  @Test func stackedBars() {
    Golden.expectMatches(Self.bars.svg(), "stacked-bars.svg")
    let svg = Self.bars.svg()
    for label in [">\u{2212}50<", ">\u{2212}25<", ">0<", ">25<", ">50<", ">2024<", ">2025<"] {
      #expect(svg.contains(label), "tick or category \(label)")
    }
  }

  @Test func intervals() {
    Golden.expectMatches(Self.intervals.svg(), "intervals.svg")
    let svg = Self.intervals.svg()
    for label in [">0<", ">50<", ">100<", ">150<", ">200<", ">110,4<", ">175–200<"] {
      #expect(svg.contains(label), "tick or value \(label)")
    }
  }

  @Test func tablesHoldTheChartData() {
    #expect(
      Self.histogram.table()
        == ChartTable(
          caption: "Fordeling", columns: [.init("Årsværk"), .init("Andel", numeric: true)],
          rows: [["0,0–1,0", "20,0\u{00A0}%"], ["1,0–2,0", "50,0\u{00A0}%"], ["2,0–3,0", "30,0\u{00A0}%"]]))
    #expect(Self.tornado.table().rows == [["pris", "90", "115"], ["andel", "97", "102"], ["Median", "100", "100"]])
    #expect(
      Self.bars.table().rows == [["2024", "\u{2212}30", "20", "\u{2212}10"], ["2025", "\u{2212}10", "45", "35"]])
    #expect(Self.bars.table().columns.map(\.title) == ["År", "Omkostninger", "Gevinster", "Netto"])
    #expect(Self.intervals.table().rows == [["ward", "110,4", "110"], ["migo", "186,0", "175–200"]])
  }
}
