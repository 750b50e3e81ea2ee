/// A histogram of simulated values with percentile markers: how often each
/// range of an output came up, and where P5, P50 and P95 lie.
///
/// Bars show each bin's share of the iterations (in percent on the vertical
/// axis); markers are vertical lines labelled above the plot, their labels
/// moved to further rows when they would touch.
///
/// ```swift
/// let chart = HistogramChart(
///   id: "fte", title: "Freed FTE", description: "…",
///   bins: [.init(lower: 0, upper: 1, share: 0.4), .init(lower: 1, upper: 2, share: 0.6)],
///   markers: [.init(label: "P50", value: 1.2, isCentral: true)],
///   valueTitle: "FTE", shareTitle: "Share of iterations", valueDecimals: 1, format: .english)
/// let svg = chart.svg()
/// ```
package struct HistogramChart: Chart {
  /// One bar: a value range and the share of iterations that fell in it.
  package struct Bin: Sendable, Equatable {
    package var lower: Double
    package var upper: Double
    /// A share in [0, 1].
    package var share: Double

    package init(lower: Double, upper: Double, share: Double) {
      self.lower = lower
      self.upper = upper
      self.share = share
    }
  }

  /// A marked value, such as a percentile.
  package struct Marker: Sendable, Equatable {
    /// `P5`; the value is added to the label on the chart.
    package var label: String
    package var value: Double
    /// The central marker (the median) is drawn solid and dark; the others dashed.
    package var isCentral: Bool

    package init(label: String, value: Double, isCentral: Bool = false) {
      self.label = label
      self.value = value
      self.isCentral = isCentral
    }
  }

  /// A prefix for the SVG's element ids, unique within a page.
  package var id: String
  package var title: String
  package var description: String
  package var bins: [Bin]
  package var markers: [Marker]
  /// The horizontal axis title: what the values are.
  package var valueTitle: String
  /// The vertical axis title: `Share of iterations`.
  package var shareTitle: String
  /// Decimals of marker values and of bin bounds in the table.
  package var valueDecimals: Int
  package var format: ChartNumberFormat
  package var width: Double
  package var height: Double

  package init(
    id: String, title: String, description: String, bins: [Bin], markers: [Marker], valueTitle: String,
    shareTitle: String, valueDecimals: Int, format: ChartNumberFormat, width: Double = ChartLayout.width,
    height: Double = 320
  ) {
    self.id = id
    self.title = title
    self.description = description
    self.bins = bins
    self.markers = markers
    self.valueTitle = valueTitle
    self.shareTitle = shareTitle
    self.valueDecimals = valueDecimals
    self.format = format
    self.width = width
    self.height = height
  }

  /// The text of a marker's label: `P5: 478,6`.
  func markerText(_ marker: Marker) -> String {
    marker.label + ": " + format.string(marker.value, decimals: valueDecimals)
  }

  package func svg() -> String {
    let pad = ChartLayout.padding
    let line = ChartLayout.lineHeight
    let fontSize = ChartLayout.fontSize

    // Vertical axis: shares in percent, from zero.
    let largest = bins.map(\.share).filter(\.isFinite).max() ?? 0
    // The plot's height with one row of marker labels (more rows take a little from it).
    let plotHeight = height - (pad + line + 4 + line + 6) - (pad + line + 22)
    let yTicks = AxisTicks(covering: 0, max(largest * 100, 0), maxCount: max(3, Int(plotHeight / 40)))
    let yLabels = yTicks.values.map { format.percent($0, decimals: yTicks.decimals) }
    let yLabelWidth = yLabels.map { TextMeasure.width($0, fontSize: fontSize) }.max() ?? 0

    // Horizontal axis: the bins and the markers.
    let values = bins.flatMap { [$0.lower, $0.upper] } + markers.map(\.value)
    let finite = values.filter(\.isFinite)
    let low = finite.min() ?? 0
    let high = finite.max() ?? 1
    func xLabels(_ ticks: AxisTicks) -> [String] { ticks.values.map { format.string($0, decimals: ticks.decimals) } }
    func widest(_ ticks: AxisTicks) -> Double {
      xLabels(ticks).map { TextMeasure.width($0, fontSize: fontSize) }.max() ?? 0
    }
    let provisional = AxisTicks.fitting(
      low, high, length: width - 2 * pad - yLabelWidth - 40, maxCount: 10, labelWidth: widest)
    let halfLabel = widest(provisional) / 2 + 2
    let left = pad + max(yLabelWidth + 6, halfLabel)
    let right = width - pad - halfLabel
    let xTicks = AxisTicks.fitting(low, high, length: right - left, maxCount: 10, labelWidth: widest)
    let x = LinearScale(xTicks, range: left, right)

    // Marker labels above the plot, in as many rows as they need.
    let texts = markers.map(markerText)
    let placements = Self.labelRows(
      centers: markers.map { x($0.value) }, widths: texts.map { TextMeasure.width($0, fontSize: fontSize) },
      minX: pad, maxX: width - pad, gap: ChartLayout.labelGap)
    let rows = (placements.map(\.row).max() ?? -1) + 1
    let titleBaseline = pad + ChartLayout.ascent * ChartLayout.smallFontSize
    let labelsTop = pad + line + 4
    let plotTop = labelsTop + Double(rows) * line + 6
    let plotBottom = height - pad - line - 22
    let y = LinearScale(yTicks, range: plotBottom, plotTop)

    var svg = SVGBuilder()
    svg.openDocument(id: id, width: width, height: height, title: title, description: description)
    AxisRenderer.topTitle(&svg, shareTitle, x: pad, baseline: titleBaseline, maxWidth: width - 2 * pad)
    AxisRenderer.left(&svg, ticks: yTicks, scale: y, x: left, labels: yLabels, gridEnd: right)

    svg.open("g", [("class", "bars"), ("fill", Palette.skyBlue)])
    for bin in bins where bin.share > 0 && bin.share.isFinite {
      let x0 = x(bin.lower)
      let x1 = x(bin.upper)
      let inset = x1 - x0 > 4 ? 0.5 : 0
      let top = y(bin.share * 100)
      svg.element(
        "rect",
        [
          SVGBuilder.number("x", x0 + inset), SVGBuilder.number("y", top),
          SVGBuilder.number("width", max(0.5, x1 - x0 - 2 * inset)),
          SVGBuilder.number("height", max(0, plotBottom - top)),
        ])
    }
    svg.close("g")

    AxisRenderer.bottom(
      &svg, ticks: xTicks, scale: x, y: plotBottom, labels: xLabels(xTicks), minX: pad, maxX: width - pad)
    AxisRenderer.bottomTitle(
      &svg, valueTitle, centerX: (left + right) / 2,
      baseline: height - pad - ChartLayout.descent * ChartLayout.smallFontSize,
      maxWidth: width - 2 * pad)

    svg.open("g", [("class", "markers")])
    for ((marker, text), place) in zip(zip(markers, texts), placements) {
      let xm = x(marker.value)
      let baseline = labelsTop + Double(place.row) * line + ChartLayout.ascent * fontSize
      var attributes: [SVGBuilder.Attribute] = [
        SVGBuilder.number("x1", xm), SVGBuilder.number("y1", baseline + 4), SVGBuilder.number("x2", xm),
        SVGBuilder.number("y2", plotBottom), ("stroke", marker.isCentral ? Palette.black : Palette.vermillion),
        ("stroke-width", "2"),
      ]
      if !marker.isCentral { attributes.append(("stroke-dasharray", "5 3")) }
      svg.element("line", attributes)
      svg.element("text", [SVGBuilder.number("x", place.x), SVGBuilder.number("y", baseline)], text: text)
    }
    svg.close("g")
    svg.close("svg")
    return svg.text
  }

  /// Places labels of the given widths at the given centres on as few rows as
  /// possible without two on one row coming closer than `gap`, each kept
  /// within `[minX, maxX]`.
  ///
  /// - Returns: For each label, in input order, its left edge and its row (0 first).
  static func labelRows(centers: [Double], widths: [Double], minX: Double, maxX: Double, gap: Double)
    -> [(x: Double, row: Int)]
  {
    var result = [(x: Double, row: Int)](repeating: (0, 0), count: centers.count)
    var rowEnds: [Double] = []
    for index in centers.indices.sorted(by: { centers[$0] < centers[$1] }) {
      let width = widths[index]
      let left = max(minX, min(centers[index] - width / 2, maxX - width))
      if let row = rowEnds.firstIndex(where: { $0 + gap <= left }) {
        rowEnds[row] = left + width
        result[index] = (left, row)
      } else {
        rowEnds.append(left + width)
        result[index] = (left, rowEnds.count - 1)
      }
    }
    return result
  }

  package func table() -> ChartTable {
    ChartTable(
      caption: title,
      columns: [ChartTable.Column(valueTitle), ChartTable.Column(shareTitle, numeric: true)],
      rows: bins.map { bin in
        [format.range(bin.lower, bin.upper, decimals: valueDecimals), format.percent(bin.share * 100, decimals: 1)]
      })
  }
}
