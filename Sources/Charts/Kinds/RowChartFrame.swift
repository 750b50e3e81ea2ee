/// The frame shared by charts that draw one labelled row per item over a
/// horizontal value axis (`IntervalChart`, `TornadoChart`): the legend at
/// the top, the row labels right-aligned in a column at the left, the rows,
/// and the value axis with its grid and title at the bottom.
///
/// The charts decide what a row holds, how high it is and where the scale
/// runs; the frame does the layout and drawing they have in common, so that
/// both look alike and a change to one is a change to both.
struct RowChartFrame {
  /// The chart's width.
  var width: Double
  var legend: Legend
  /// How tick labels are written.
  var format: ChartNumberFormat
  /// The height of all rows together.
  var rowsHeight: Double

  /// The top of the first row, below the legend.
  var rowsTop: Double {
    let pad = ChartLayout.padding
    return pad + Double(legend.rows(maxWidth: width - 2 * pad)) * ChartLayout.lineHeight + 8
  }

  /// The bottom of the last row, where the axis line is drawn.
  var rowsBottom: Double { rowsTop + rowsHeight }

  /// The chart's height: legend, rows, tick labels and the axis title.
  var height: Double { rowsBottom + 22 + ChartLayout.lineHeight + ChartLayout.padding }

  /// The width of the label column: the widest of `labels`, but at most
  /// `maxShare` of the chart's width (longer labels are shortened).
  func labelWidth(_ labels: [String], maxShare: Double) -> Double {
    min(labels.map { TextMeasure.width($0, fontSize: ChartLayout.fontSize) }.max() ?? 0, width * maxShare)
  }

  /// Where the plot starts: right of the label column and its gap.
  func plotLeft(labelWidth: Double) -> Double {
    ChartLayout.padding + labelWidth + ChartLayout.labelGap
  }

  /// The labels of `ticks`, with the ticks' decimals.
  func tickLabels(_ ticks: AxisTicks) -> [String] {
    ticks.values.map { format.string($0, decimals: ticks.decimals) }
  }

  /// The width of the widest label of `ticks`, for `AxisTicks.fitting`.
  func widestTickLabel(_ ticks: AxisTicks) -> Double {
    tickLabels(ticks).map { TextMeasure.width($0, fontSize: ChartLayout.fontSize) }.max() ?? 0
  }

  /// Starts a chart's SVG: the document with its title and description, the
  /// legend, the value axis under the rows with grid lines across them (from
  /// `plotLeft` to the right edge), and the axis title centred on `titleCenterX`.
  ///
  /// - Returns: The builder, with the `<svg>` element still open.
  func begin(
    id: String, title: String, description: String, ticks: AxisTicks, scale: LinearScale, plotLeft: Double,
    valueTitle: String, titleCenterX: Double
  ) -> SVGBuilder {
    let pad = ChartLayout.padding
    let chartHeight = height
    var svg = SVGBuilder()
    svg.openDocument(id: id, width: width, height: chartHeight, title: title, description: description)
    legend.draw(&svg, left: pad, top: pad, maxWidth: width - 2 * pad)
    AxisRenderer.bottom(
      &svg, ticks: ticks, scale: scale, y: rowsBottom, labels: tickLabels(ticks), minX: plotLeft, maxX: width - pad,
      grid: (rowsTop, rowsBottom))
    AxisRenderer.bottomTitle(
      &svg, valueTitle, centerX: titleCenterX,
      baseline: chartHeight - pad - ChartLayout.descent * ChartLayout.smallFontSize, maxWidth: width - 2 * pad)
    return svg
  }

  /// A row's label, right-aligned at the end of the label column and centred
  /// on `middle`; shortened with `…` to `labelWidth`, the full text then
  /// being its tooltip.
  static func drawRowLabel(_ svg: inout SVGBuilder, _ label: String, labelWidth: Double, middle: Double) {
    let fontSize = ChartLayout.fontSize
    let shown = TextMeasure.truncated(label, toWidth: labelWidth, fontSize: fontSize)
    svg.text(
      shown, full: label,
      [
        SVGBuilder.number("x", ChartLayout.padding + labelWidth),
        SVGBuilder.number("y", middle + (ChartLayout.ascent - 0.5) * fontSize), ("text-anchor", "end"),
      ])
  }

  /// A bar, `<rect>` with its value as a tooltip; `cornerRadius` rounds it.
  static func drawBar(
    _ svg: inout SVGBuilder, x: Double, y: Double, width: Double, height: Double, cornerRadius: String? = nil,
    color: String, tooltip: String
  ) {
    let corner: [SVGBuilder.Attribute] = cornerRadius.map { [("rx", $0)] } ?? []
    svg.open(
      "rect",
      [
        SVGBuilder.number("x", x), SVGBuilder.number("y", y), SVGBuilder.number("width", width),
        SVGBuilder.number("height", height),
      ] + corner + [("fill", color)])
    svg.element("title", text: tooltip)
    svg.close("rect")
  }
}
