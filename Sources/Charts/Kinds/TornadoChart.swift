/// A tornado chart: for each input, the output with that input at a low and
/// at a high value (its P5 and P95) and every other input at its median,
/// drawn as bars from the baseline (the output at the medians), largest
/// swing first.
///
/// Input labels stand left of the bars, shortened with `…` when too long
/// (the full text is the label's tooltip); each bar end carries its value.
package struct TornadoChart: Chart {
  /// One input's effect.
  package struct Bar: Sendable, Equatable {
    package var label: String
    /// The output with the input at its low value (P5).
    package var low: Double
    /// The output with the input at its high value (P95).
    package var high: Double

    package init(label: String, low: Double, high: Double) {
      self.label = label
      self.low = low
      self.high = high
    }

    /// The bar's length, |high − low|.
    package var swing: Double { abs(high - low) }
  }

  package var id: String
  package var title: String
  package var description: String
  /// The output with every input at its median.
  package var baseline: Double
  /// The bars, drawn top to bottom in this order.
  package var bars: [Bar]
  /// The horizontal axis title: the output and its unit.
  package var valueTitle: String
  /// The column title of the inputs in the table: `Input`.
  package var inputTitle: String
  /// Legend text for the low and high bars and the baseline:
  /// `Input ved P5`, `Input ved P95`, `Alle input ved medianen`.
  package var lowLabel: String
  package var highLabel: String
  package var baselineLabel: String
  package var decimals: Int
  package var format: ChartNumberFormat
  package var width: Double

  package init(
    id: String, title: String, description: String, baseline: Double, bars: [Bar], valueTitle: String,
    inputTitle: String, lowLabel: String, highLabel: String, baselineLabel: String, decimals: Int,
    format: ChartNumberFormat, width: Double = ChartLayout.width
  ) {
    self.id = id
    self.title = title
    self.description = description
    self.baseline = baseline
    self.bars = bars
    self.valueTitle = valueTitle
    self.inputTitle = inputTitle
    self.lowLabel = lowLabel
    self.highLabel = highLabel
    self.baselineLabel = baselineLabel
    self.decimals = decimals
    self.format = format
    self.width = width
  }

  static let rowHeight: Double = 28
  static let barHeight: Double = 18
  /// The label column takes at most this share of the width.
  static let maxLabelShare = 0.38

  var legend: Legend {
    Legend(entries: [
      .init(label: lowLabel, color: Palette.blue, mark: .swatch),
      .init(label: highLabel, color: Palette.orange, mark: .swatch),
      .init(
        label: baselineLabel + ": " + format.string(baseline, decimals: decimals), color: Palette.black, mark: .line),
    ])
  }

  /// The legend, label column and value axis, laid out as in `IntervalChart`;
  /// one row per bar (an empty row when there are none).
  var rowFrame: RowChartFrame {
    RowChartFrame(
      width: width, legend: legend, format: format, rowsHeight: Double(max(1, bars.count)) * Self.rowHeight)
  }

  /// The chart's height: legend, one row per bar, axis and title.
  package var height: Double { rowFrame.height }

  package func svg() -> String {
    let frame = rowFrame
    let pad = ChartLayout.padding
    let fontSize = ChartLayout.fontSize
    let labelWidth = frame.labelWidth(bars.map(\.label), maxShare: Self.maxLabelShare)
    let valueLabels = bars.map { bar -> (left: String, right: String) in
      (
        format.string(min(bar.low, bar.high), decimals: decimals),
        format.string(max(bar.low, bar.high), decimals: decimals)
      )
    }
    let padLeft = (valueLabels.map { TextMeasure.width($0.left, fontSize: fontSize) }.max() ?? 0) + 6
    let padRight = (valueLabels.map { TextMeasure.width($0.right, fontSize: fontSize) }.max() ?? 0) + 6
    let plotLeft = frame.plotLeft(labelWidth: labelWidth)
    let plotRight = width - pad

    let values = ([baseline] + bars.flatMap { [$0.low, $0.high] }).filter(\.isFinite)
    let low = values.min() ?? 0
    let high = values.max() ?? 1
    let scaleLeft = plotLeft + padLeft
    let scaleRight = plotRight - padRight
    let ticks = AxisTicks.fitting(
      low, high, length: scaleRight - scaleLeft, maxCount: 8, labelWidth: frame.widestTickLabel)
    let x = LinearScale(ticks, range: scaleLeft, scaleRight)

    let rowsTop = frame.rowsTop
    let rowsBottom = frame.rowsBottom
    var svg = frame.begin(
      id: id, title: title, description: description, ticks: ticks, scale: x, plotLeft: plotLeft,
      valueTitle: valueTitle, titleCenterX: (scaleLeft + scaleRight) / 2)

    svg.open("g", [("class", "bars")])
    for (index, (bar, labels)) in zip(bars, valueLabels).enumerated() {
      let top = rowsTop + Double(index) * Self.rowHeight + (Self.rowHeight - Self.barHeight) / 2
      let middle = top + Self.barHeight / 2
      let textY = middle + (ChartLayout.ascent - 0.5) * fontSize
      RowChartFrame.drawRowLabel(&svg, bar.label, labelWidth: labelWidth, middle: middle)
      // The longer bar first, so a shorter one on the same side stays visible.
      let ends = [(bar.low, Palette.blue, lowLabel), (bar.high, Palette.orange, highLabel)]
        .sorted { abs($0.0 - baseline) > abs($1.0 - baseline) }
      for (value, color, name) in ends where value != baseline && value.isFinite {
        let x0 = min(x(value), x(baseline))
        let x1 = max(x(value), x(baseline))
        RowChartFrame.drawBar(
          &svg, x: x0, y: top, width: max(0.5, x1 - x0), height: Self.barHeight, color: color,
          tooltip: bar.label + " · " + name + ": " + format.string(value, decimals: decimals))
      }
      let leftEnd = min(bar.low, bar.high, baseline)
      let rightEnd = max(bar.low, bar.high, baseline)
      if min(bar.low, bar.high) < baseline {
        svg.element(
          "text",
          [
            SVGBuilder.number("x", x(leftEnd) - 4), SVGBuilder.number("y", textY), ("text-anchor", "end"),
            ("fill", Palette.mutedText),
          ], text: labels.left)
      }
      if max(bar.low, bar.high) > baseline {
        svg.element(
          "text",
          [
            SVGBuilder.number("x", x(rightEnd) + 4), SVGBuilder.number("y", textY), ("fill", Palette.mutedText),
          ], text: labels.right)
      }
    }
    svg.close("g")
    svg.element(
      "line",
      [
        SVGBuilder.number("x1", x(baseline)), SVGBuilder.number("y1", rowsTop - 4),
        SVGBuilder.number("x2", x(baseline)),
        SVGBuilder.number("y2", rowsBottom), ("stroke", Palette.black), ("stroke-width", "2"),
      ])
    svg.close("svg")
    return svg.text
  }

  package func table() -> ChartTable {
    ChartTable(
      caption: title,
      columns: [
        ChartTable.Column(inputTitle), ChartTable.Column(lowLabel, numeric: true),
        ChartTable.Column(highLabel, numeric: true),
      ],
      rows: bars.map {
        [$0.label, format.string($0.low, decimals: decimals), format.string($0.high, decimals: decimals)]
      }
        + [[baselineLabel, format.string(baseline, decimals: decimals), format.string(baseline, decimals: decimals)]])
  }
}
