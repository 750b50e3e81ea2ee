/// Stacked bars per category, positive values stacked up from zero and
/// negative values down from it, with an optional line through a total such
/// as the net amount: yearly costs (below zero) and benefits (above) of a
/// business case.
///
/// Category labels under the bars are thinned to every second, third …
/// label when they would otherwise touch.
package struct StackedBarChart: Chart {
  /// One stacked series (or the line): a name, a value per category and a colour.
  package struct Series: Sendable, Equatable {
    package var name: String
    /// One value per category; positive stacks upwards, negative downwards.
    package var values: [Double]
    /// A colour such as ``Palette/blue``.
    package var color: String

    package init(name: String, values: [Double], color: String) {
      self.name = name
      self.values = values
      self.color = color
    }
  }

  package var id: String
  package var title: String
  package var description: String
  /// The category labels along the horizontal axis (e.g. years).
  package var categories: [String]
  package var series: [Series]
  /// A series drawn as points joined by a line over the bars.
  package var line: Series?
  /// The vertical axis title: the unit, e.g. `mio. kr.`.
  package var valueTitle: String
  /// The horizontal axis title and the table's first column: `År`.
  package var categoryTitle: String
  package var decimals: Int
  package var format: ChartNumberFormat
  package var width: Double
  package var height: Double

  package init(
    id: String, title: String, description: String, categories: [String], series: [Series], line: Series? = nil,
    valueTitle: String, categoryTitle: String, decimals: Int, format: ChartNumberFormat,
    width: Double = ChartLayout.width, height: Double = 340
  ) {
    self.id = id
    self.title = title
    self.description = description
    self.categories = categories
    self.series = series
    self.line = line
    self.valueTitle = valueTitle
    self.categoryTitle = categoryTitle
    self.decimals = decimals
    self.format = format
    self.width = width
    self.height = height
  }

  var legend: Legend {
    Legend(
      entries: series.map { .init(label: $0.name, color: $0.color, mark: .swatch) }
        + (line.map { [.init(label: $0.name, color: $0.color, mark: .lineWithDot)] } ?? []))
  }

  /// The value of `series` at category `index`, 0 when missing or not finite.
  static func value(_ series: Series, _ index: Int) -> Double {
    index < series.values.count && series.values[index].isFinite ? series.values[index] : 0
  }

  /// For each category, the top of the positive stack and the bottom of the negative one.
  func stackExtents() -> [(positive: Double, negative: Double)] {
    categories.indices.map { index in
      var positive = 0.0
      var negative = 0.0
      for s in series {
        let v = Self.value(s, index)
        if v >= 0 { positive += v } else { negative += v }
      }
      return (positive, negative)
    }
  }

  /// Every `step`-th category is labelled, so that labels of `widths` centred
  /// in bands of `band` points keep `gap` apart.
  static func labelStep(widths: [Double], band: Double, gap: Double) -> Int {
    let widest = widths.max() ?? 0
    guard band > 0 else { return max(1, widths.count) }
    var step = 1
    while Double(step) * band < widest + gap && step < max(1, widths.count) { step += 1 }
    return step
  }

  package func svg() -> String {
    let pad = ChartLayout.padding
    let line = ChartLayout.lineHeight
    let fontSize = ChartLayout.fontSize
    let legendRows = Double(legend.rows(maxWidth: width - 2 * pad))
    let titleBaseline = pad + legendRows * line + 6 + ChartLayout.ascent * ChartLayout.smallFontSize
    let plotTop = pad + legendRows * line + 6 + line + 8
    let plotBottom = height - pad - line - 22

    let extents = stackExtents()
    let lineValues = (self.line?.values ?? []).filter(\.isFinite)
    let low = min(0, extents.map(\.negative).min() ?? 0, lineValues.min() ?? 0)
    let high = max(0, extents.map(\.positive).max() ?? 0, lineValues.max() ?? 0)
    let yTicks = AxisTicks(covering: low, high, maxCount: max(3, Int((plotBottom - plotTop) / 40)))
    let yLabels = yTicks.values.map { format.string($0, decimals: yTicks.decimals) }
    let yLabelWidth = yLabels.map { TextMeasure.width($0, fontSize: fontSize) }.max() ?? 0
    let left = pad + yLabelWidth + 6
    let right = width - pad
    let y = LinearScale(yTicks, range: plotBottom, plotTop)
    let band = (right - left) / Double(max(1, categories.count))
    let barWidth = min(48, band * 0.64)
    func center(_ index: Int) -> Double { left + (Double(index) + 0.5) * band }

    var svg = SVGBuilder()
    svg.openDocument(id: id, width: width, height: height, title: title, description: description)
    legend.draw(&svg, left: pad, top: pad, maxWidth: width - 2 * pad)
    AxisRenderer.topTitle(&svg, valueTitle, x: pad, baseline: titleBaseline, maxWidth: width - 2 * pad)
    AxisRenderer.left(&svg, ticks: yTicks, scale: y, x: left, labels: yLabels, gridEnd: right)

    svg.open("g", [("class", "bars")])
    for index in categories.indices {
      var positive = 0.0
      var negative = 0.0
      for s in series {
        let v = Self.value(s, index)
        guard v != 0 else { continue }
        let from = v > 0 ? positive : negative
        let to = from + v
        if v > 0 { positive = to } else { negative = to }
        let top = y(max(from, to))
        let bottom = y(min(from, to))
        svg.open(
          "rect",
          [
            SVGBuilder.number("x", center(index) - barWidth / 2), SVGBuilder.number("y", top),
            SVGBuilder.number("width", barWidth), SVGBuilder.number("height", max(0.5, bottom - top)),
            ("fill", s.color),
          ])
        svg.element("title", text: categories[index] + " · " + s.name + ": " + format.string(v, decimals: decimals))
        svg.close("rect")
      }
    }
    svg.close("g")

    // Category labels, thinned so that they never touch.
    let labelWidths = categories.map { TextMeasure.width($0, fontSize: fontSize) }
    let step = Self.labelStep(widths: labelWidths, band: band, gap: ChartLayout.labelGap)
    svg.open("g", [("class", "axis x-axis"), ("fill", Palette.mutedText)])
    svg.element(
      "line",
      [
        SVGBuilder.number("x1", left), SVGBuilder.number("y1", plotBottom), SVGBuilder.number("x2", right),
        SVGBuilder.number("y2", plotBottom), ("stroke", Palette.axis),
      ])
    for index in categories.indices where index % step == 0 {
      svg.element(
        "text",
        [
          SVGBuilder.number("x", center(index)), SVGBuilder.number("y", plotBottom + 8 + ChartLayout.ascent * fontSize),
          ("text-anchor", "middle"),
        ],
        text: TextMeasure.truncated(
          categories[index], toWidth: Double(step) * band - ChartLayout.labelGap, fontSize: fontSize))
    }
    svg.close("g")
    AxisRenderer.bottomTitle(
      &svg, categoryTitle, centerX: (left + right) / 2,
      baseline: height - pad - ChartLayout.descent * ChartLayout.smallFontSize, maxWidth: width - 2 * pad)

    if let net = self.line {
      let points = categories.indices.map { (center($0), y(Self.value(net, $0))) }
      svg.open("g", [("class", "line"), ("fill", net.color)])
      if points.count > 1 {
        svg.element(
          "polyline",
          [
            ("points", points.map { SVGNumber.text($0.0) + "," + SVGNumber.text($0.1) }.joined(separator: " ")),
            ("fill", "none"), ("stroke", net.color), ("stroke-width", "2"),
          ])
      }
      for (index, point) in points.enumerated() {
        svg.open("circle", [SVGBuilder.number("cx", point.0), SVGBuilder.number("cy", point.1), ("r", "3.5")])
        svg.element(
          "title",
          text: categories[index] + " · " + net.name + ": " + format.string(Self.value(net, index), decimals: decimals))
        svg.close("circle")
      }
      svg.close("g")
    }
    svg.close("svg")
    return svg.text
  }

  package func table() -> ChartTable {
    let all = series + (line.map { [$0] } ?? [])
    return ChartTable(
      caption: title,
      columns: [ChartTable.Column(categoryTitle)] + all.map { ChartTable.Column($0.name, numeric: true) },
      rows: categories.indices.map { index in
        [categories[index]] + all.map { format.string(Self.value($0, index), decimals: decimals) }
      })
  }
}
