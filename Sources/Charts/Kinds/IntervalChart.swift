/// Ranges side by side on one axis: for each row a computed range and the
/// ranges a source published, so agreement and disagreement can be seen at
/// a glance. A range whose ends agree is drawn as a dot.
package struct IntervalChart: Chart {
  /// A closed range `[low, high]` and, optionally, how to write it.
  package struct Range: Sendable, Equatable {
    package var low: Double
    package var high: Double
    /// The text beside the range; `low–high` with the chart's decimals when nil.
    package var label: String?

    package init(_ low: Double, _ high: Double, label: String? = nil) {
      self.low = min(low, high)
      self.high = max(low, high)
      self.label = label
    }

    /// True when both ends are the same number: drawn as a dot.
    package var isPoint: Bool { low == high }
  }

  /// One row: a label, the computed range and the published ones.
  package struct Row: Sendable, Equatable {
    package var label: String
    package var computed: Range
    package var published: [Range]

    package init(label: String, computed: Range, published: [Range]) {
      self.label = label
      self.computed = computed
      self.published = published
    }
  }

  package var id: String
  package var title: String
  package var description: String
  package var rows: [Row]
  /// The axis title: what is measured, with its unit.
  package var valueTitle: String
  /// The table's first column: `Løsning`.
  package var rowTitle: String
  /// Legend text: `Beregnet`, `Rapporten`.
  package var computedLabel: String
  package var publishedLabel: String
  package var decimals: Int
  package var format: ChartNumberFormat
  package var width: Double

  package init(
    id: String, title: String, description: String, rows: [Row], valueTitle: String, rowTitle: String,
    computedLabel: String, publishedLabel: String, decimals: Int, format: ChartNumberFormat,
    width: Double = ChartLayout.width
  ) {
    self.id = id
    self.title = title
    self.description = description
    self.rows = rows
    self.valueTitle = valueTitle
    self.rowTitle = rowTitle
    self.computedLabel = computedLabel
    self.publishedLabel = publishedLabel
    self.decimals = decimals
    self.format = format
    self.width = width
  }

  /// Vertical distance between the lines of one row (computed, then each published range).
  static let lineSpacing: Double = 15
  /// Space above the first and below the last line of a row.
  static let rowPadding: Double = 11

  /// The height of a row with `published` published ranges.
  static func rowHeight(_ row: Row) -> Double {
    2 * rowPadding + Double(row.published.count) * lineSpacing
  }
  static let maxLabelShare = 0.3

  var legend: Legend {
    Legend(entries: [
      .init(label: computedLabel, color: Palette.blue, mark: .swatch),
      .init(label: publishedLabel, color: Palette.orange, mark: .swatch),
    ])
  }

  /// The range's label, or `low–high` (one number for a point).
  func text(_ range: Range) -> String { range.label ?? format.range(range.low, range.high, decimals: decimals) }

  /// The legend, label column and value axis, laid out as in `TornadoChart`.
  var rowFrame: RowChartFrame {
    RowChartFrame(width: width, legend: legend, format: format, rowsHeight: rowsHeight)
  }

  /// The chart's height.
  package var height: Double { rowFrame.height }

  /// The height of all rows together (one empty row when there are none).
  var rowsHeight: Double {
    rows.isEmpty ? 2 * Self.rowPadding : rows.reduce(0) { $0 + Self.rowHeight($1) }
  }

  package func svg() -> String {
    let frame = rowFrame
    let pad = ChartLayout.padding
    let small = ChartLayout.smallFontSize
    let labelWidth = frame.labelWidth(rows.map(\.label), maxShare: Self.maxLabelShare)
    let texts = rows.flatMap { [text($0.computed)] + $0.published.map(text) }
    let padRight = (texts.map { TextMeasure.width($0, fontSize: small) }.max() ?? 0) + 14
    let plotLeft = frame.plotLeft(labelWidth: labelWidth)
    let plotRight = width - pad - padRight

    let values = rows.flatMap { [$0.computed.low, $0.computed.high] + $0.published.flatMap { [$0.low, $0.high] } }
      .filter(\.isFinite)
    let low = min(0, values.min() ?? 0)
    let high = values.max() ?? 1
    let halfTick = frame.widestTickLabel(AxisTicks(covering: low, high, maxCount: 8)) / 2 + 2
    let scaleLeft = plotLeft + halfTick
    let ticks = AxisTicks.fitting(
      low, high, length: plotRight - scaleLeft, maxCount: 8, labelWidth: frame.widestTickLabel)
    let x = LinearScale(ticks, range: scaleLeft, plotRight)

    var svg = frame.begin(
      id: id, title: title, description: description, ticks: ticks, scale: x, plotLeft: plotLeft,
      valueTitle: valueTitle, titleCenterX: (scaleLeft + plotRight) / 2)

    svg.open("g", [("class", "rows")])
    var top = frame.rowsTop
    for row in rows {
      let height = Self.rowHeight(row)
      RowChartFrame.drawRowLabel(&svg, row.label, labelWidth: labelWidth, middle: top + height / 2)
      let lines =
        [(row.computed, Palette.blue, 10.0, computedLabel)]
        + row.published.map { ($0, Palette.orange, 6.0, publishedLabel) }
      for (index, (range, color, thickness, name)) in lines.enumerated() {
        let middle = top + Self.rowPadding + Double(index) * Self.lineSpacing
        let label = text(range)
        drawRange(
          &svg, range, scale: x, middle: middle, thickness: thickness, color: color,
          tooltip: row.label + " · " + name + ": " + label)
        let end = range.isPoint ? x(range.high) + thickness / 2 + 1 : max(x(range.high), x(range.low) + 3)
        svg.element(
          "text",
          [
            SVGBuilder.number("x", end + 6), SVGBuilder.number("y", middle + (ChartLayout.ascent - 0.5) * small),
            SVGBuilder.number("font-size", small), ("fill", Palette.mutedText),
          ], text: label)
      }
      top += height
    }
    svg.close("g")
    svg.close("svg")
    return svg.text
  }

  /// A bar from `low` to `high` (at least 3 points long), or a dot for a point.
  func drawRange(
    _ svg: inout SVGBuilder, _ range: Range, scale x: LinearScale, middle: Double, thickness: Double, color: String,
    tooltip: String
  ) {
    let x0 = x(range.low)
    let x1 = max(x(range.high), x(range.low) + 3)
    if range.isPoint {
      svg.open(
        "circle",
        [
          SVGBuilder.number("cx", (x0 + x1) / 2), SVGBuilder.number("cy", middle),
          SVGBuilder.number("r", thickness / 2 + 1),
          ("fill", color),
        ])
      svg.element("title", text: tooltip)
      svg.close("circle")
    } else {
      RowChartFrame.drawBar(
        &svg, x: x0, y: middle - thickness / 2, width: x1 - x0, height: thickness, cornerRadius: "2", color: color,
        tooltip: tooltip)
    }
  }

  package func table() -> ChartTable {
    ChartTable(
      caption: title,
      columns: [
        ChartTable.Column(rowTitle), ChartTable.Column(computedLabel, numeric: true),
        ChartTable.Column(publishedLabel, numeric: true),
      ],
      rows: rows.map { [$0.label, text($0.computed), $0.published.map(text).joined(separator: "; ")] })
  }
}
