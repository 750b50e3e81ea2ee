/// Draws axes: tick marks, tick labels, grid lines and axis titles.
enum AxisRenderer {
  /// A horizontal axis along `y`, labels centred below their ticks.
  ///
  /// Labels are kept inside `[minX, maxX]`: the first and last are shifted
  /// inwards (not dropped) when centring would cross the chart edge.
  static func bottom(
    _ svg: inout SVGBuilder, ticks: AxisTicks, scale: LinearScale, y: Double, labels: [String],
    minX: Double, maxX: Double, grid: (top: Double, bottom: Double)? = nil
  ) {
    let fontSize = ChartLayout.fontSize
    svg.open("g", [("class", "axis x-axis"), ("fill", Palette.mutedText)])
    if let grid {
      for value in ticks.values {
        let x = scale(value)
        svg.element(
          "line",
          [
            SVGBuilder.number("x1", x), SVGBuilder.number("y1", grid.top), SVGBuilder.number("x2", x),
            SVGBuilder.number("y2", grid.bottom), ("stroke", Palette.grid),
          ])
      }
    }
    svg.element(
      "line",
      [
        SVGBuilder.number("x1", scale.rangeStart), SVGBuilder.number("y1", y), SVGBuilder.number("x2", scale.rangeEnd),
        SVGBuilder.number("y2", y), ("stroke", Palette.axis),
      ])
    for (value, label) in zip(ticks.values, labels) {
      let x = scale(value)
      svg.element(
        "line",
        [
          SVGBuilder.number("x1", x), SVGBuilder.number("y1", y), SVGBuilder.number("x2", x),
          SVGBuilder.number("y2", y + 4), ("stroke", Palette.axis),
        ])
      let width = TextMeasure.width(label, fontSize: fontSize)
      let center = min(max(x, minX + width / 2), maxX - width / 2)
      svg.element(
        "text",
        [
          SVGBuilder.number("x", center), SVGBuilder.number("y", y + 8 + ChartLayout.ascent * fontSize),
          ("text-anchor", "middle"),
        ], text: label)
    }
    svg.close("g")
  }

  /// A vertical axis at `x`: labels right-aligned left of it, optional grid
  /// lines across to `gridEnd`.
  static func left(
    _ svg: inout SVGBuilder, ticks: AxisTicks, scale: LinearScale, x: Double, labels: [String], gridEnd: Double?
  ) {
    let fontSize = ChartLayout.fontSize
    svg.open("g", [("class", "axis y-axis"), ("fill", Palette.mutedText)])
    for (value, label) in zip(ticks.values, labels) {
      let y = scale(value)
      if let gridEnd {
        svg.element(
          "line",
          [
            SVGBuilder.number("x1", x), SVGBuilder.number("y1", y), SVGBuilder.number("x2", gridEnd),
            SVGBuilder.number("y2", y), ("stroke", value == 0 ? Palette.axis : Palette.grid),
          ])
      }
      svg.element(
        "text",
        [
          SVGBuilder.number("x", x - 6), SVGBuilder.number("y", y + (ChartLayout.ascent - 0.5) * fontSize),
          ("text-anchor", "end"),
        ], text: label)
    }
    svg.close("g")
  }

  /// An axis title centred under a horizontal axis.
  static func bottomTitle(_ svg: inout SVGBuilder, _ title: String, centerX: Double, baseline: Double, maxWidth: Double)
  {
    let fontSize = ChartLayout.smallFontSize
    let shown = TextMeasure.truncated(title, toWidth: maxWidth, fontSize: fontSize)
    svg.text(
      shown, full: title,
      [
        SVGBuilder.number("x", centerX), SVGBuilder.number("y", baseline), ("text-anchor", "middle"),
        SVGBuilder.number("font-size", fontSize), ("fill", Palette.mutedText),
      ])
  }

  /// An axis title above the top-left corner of the plot, left-aligned: it
  /// reads horizontally (no rotated text) and never meets the tick labels.
  static func topTitle(_ svg: inout SVGBuilder, _ title: String, x: Double, baseline: Double, maxWidth: Double) {
    let fontSize = ChartLayout.smallFontSize
    let shown = TextMeasure.truncated(title, toWidth: maxWidth, fontSize: fontSize)
    svg.text(
      shown, full: title,
      [
        SVGBuilder.number("x", x), SVGBuilder.number("y", baseline), SVGBuilder.number("font-size", fontSize),
        ("fill", Palette.mutedText),
      ])
  }
}
