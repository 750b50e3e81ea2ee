/// A chart legend: entries laid out left to right, wrapping to a new row
/// when the next entry would pass the available width.
struct Legend {
  /// How an entry's key is drawn.
  enum Mark: Equatable {
    /// A filled square, for bars.
    case swatch
    /// A solid line, for lines and medians.
    case line
    /// A dashed line, for percentile markers.
    case dashedLine
    /// A line with a dot, for a series drawn as points joined by a line.
    case lineWithDot
  }

  struct Entry {
    var label: String
    var color: String
    var mark: Mark
  }

  /// Where one entry goes: its key's left edge and its row.
  struct Placement: Equatable {
    var x: Double
    var row: Int
  }

  var entries: [Entry]

  static let keyWidth: Double = 18
  static let keyGap: Double = 6

  /// The width of one entry: key, gap and label.
  static func width(_ entry: Entry) -> Double {
    keyWidth + keyGap + TextMeasure.width(entry.label, fontSize: ChartLayout.fontSize)
  }

  /// The entries' positions within `maxWidth`, rows wrapped greedily.
  func layout(maxWidth: Double) -> [Placement] {
    var placements: [Placement] = []
    var x = 0.0
    var row = 0
    for entry in entries {
      let width = min(Self.width(entry), maxWidth)
      if x > 0 && x + width > maxWidth {
        row += 1
        x = 0
      }
      placements.append(Placement(x: x, row: row))
      x += width + 2 * ChartLayout.labelGap
    }
    return placements
  }

  /// The number of rows the legend needs within `maxWidth`.
  func rows(maxWidth: Double) -> Int {
    entries.isEmpty ? 0 : (layout(maxWidth: maxWidth).last?.row ?? 0) + 1
  }

  /// Draws the legend with its first row's text centred on `top + lineHeight/2`.
  func draw(_ svg: inout SVGBuilder, left: Double, top: Double, maxWidth: Double) {
    guard !entries.isEmpty else { return }
    let fontSize = ChartLayout.fontSize
    svg.open("g", [("class", "legend")])
    for (entry, place) in zip(entries, layout(maxWidth: maxWidth)) {
      let x = left + place.x
      let middle = top + Double(place.row) * ChartLayout.lineHeight + ChartLayout.lineHeight / 2
      switch entry.mark {
      case .swatch:
        let size = ChartLayout.swatch
        svg.element(
          "rect",
          [
            SVGBuilder.number("x", x + (Self.keyWidth - size) / 2), SVGBuilder.number("y", middle - size / 2),
            SVGBuilder.number("width", size), SVGBuilder.number("height", size), ("fill", entry.color),
          ])
      case .line, .dashedLine, .lineWithDot:
        var attributes: [SVGBuilder.Attribute] = [
          SVGBuilder.number("x1", x), SVGBuilder.number("y1", middle), SVGBuilder.number("x2", x + Self.keyWidth),
          SVGBuilder.number("y2", middle), ("stroke", entry.color), ("stroke-width", "2"),
        ]
        if entry.mark == .dashedLine { attributes.append(("stroke-dasharray", "5 3")) }
        svg.element("line", attributes)
        if entry.mark == .lineWithDot {
          svg.element(
            "circle",
            [
              SVGBuilder.number("cx", x + Self.keyWidth / 2), SVGBuilder.number("cy", middle), ("r", "3.5"),
              ("fill", entry.color),
            ])
        }
      }
      let shown = TextMeasure.truncated(
        entry.label, toWidth: maxWidth - Self.keyWidth - Self.keyGap, fontSize: fontSize)
      svg.text(
        shown, full: entry.label,
        [
          SVGBuilder.number("x", x + Self.keyWidth + Self.keyGap),
          SVGBuilder.number("y", middle + (ChartLayout.ascent - 0.5) * fontSize),
        ])
    }
    svg.close("g")
  }
}
