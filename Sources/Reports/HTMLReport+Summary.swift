import Charts
import Simulation
import WorkforceModel
import XMLEscaping

/// The summary: key figures of the portfolio, a table of the solutions as
/// `run` prints it, and the computed årsværk beside the published ones.
extension HTMLReport {
  func summarySection() -> String {
    var text = "<section class=\"summary\">\n" + heading("summary")
    text += tiles()
    text += portfolioTable()
    text += fteChart()
    return text + "</section>\n"
  }

  /// P50 and P5–P95 of a simulated output on two lines, scaled and formatted as `simulate` prints them.
  func simulatedSummary(_ key: String) -> String? {
    guard let output = simulation?.output(key) else { return nil }
    let (scale, decimals) = SimulationReport.scale(key)
    func value(_ p: Double) -> String? {
      output.percentiles.first { abs($0.probability - p) < 1e-12 }.map {
        style.number($0.value / scale, decimals: decimals)
      }
    }
    guard let p50 = value(0.5), let p5 = value(0.05), let p95 = value(0.95) else { return nil }
    // Two lines, each kept whole: the tile is narrow.
    return language.pick("Simuleret P50: \(p50)", "Simulated P50: \(p50)") + "\n" + "P5–P95: \(p5)–\(p95)"
  }

  func tiles() -> String {
    let total = ranges.total
    let goal = goalShare()
    var tiles: [(label: String, value: String, detail: String?, available: Bool)] = [
      (
        language.pick("Frigjorte årsværk pr. år", "Freed FTE per year"), FigureLabels.cell(total.fte, .fte, style),
        simulatedSummary("total.fte"), true
      ),
      (
        language.pick(
          "Andel af målet på \(style.number(goalFTE, decimals: 0)) årsværk",
          "Share of the \(style.number(goalFTE, decimals: 0)) FTE goal"),
        style.range(Interval(goal.share.low * 100, goal.share.high * 100), decimals: goal.decimals)
          + (language == .da ? " %" : "%"),
        goal.basis, true
      ),
      (
        language.pick("Projektomkostninger, mio. kr.", "Project cost, m DKK"),
        FigureLabels.cell(total.projectCost, .projectCost, style),
        simulatedSummary("total.project_cost") ?? language.pick("engangsudgift", "one-off"), true
      ),
      (
        language.pick("Driftsomkostninger, mio. kr. pr. år", "Operating cost, m DKK per year"),
        FigureLabels.cell(total.operatingCost, .operatingCost, style), simulatedSummary("total.operating_cost"), true
      ),
    ]
    tiles.append(netPresentValueTile())
    var text = "<div class=\"tiles\">\n"
    for tile in tiles {
      text += "<div class=\"tile\">\n<div class=\"label\">\(Self.escape(tile.label))</div>\n"
      // Long figures (a range of two four-digit numbers) get a smaller size, to stay on one line.
      let size = !tile.available ? " unavailable-value" : tile.value.count > 11 ? " long" : ""
      text += "<div class=\"value\(size)\">\(Self.escape(tile.value))</div>\n"
      if let detail = tile.detail {
        text += "<div class=\"detail\">\(Self.keepingFiguresWhole(detail))</div>\n"
      }
      text += "</div>\n"
    }
    return text + "</div>\n"
  }

  /// The share of the national goal: from the application's freed årsværk
  /// (after ramp-up, as `grant` prints it) when the scenario has a `grant:`
  /// block, otherwise from the årsværk at full effect of `run`.
  func goalShare() -> (share: Interval, decimals: Int, basis: String) {
    if let grant {
      let fte = grant.application.totalFTE
      return (
        Interval(fte.low / goalFTE, fte.high / goalFTE), 2,
        language.pick(
          "af ansøgningens \(FigureLabels.cell(fte, .fte, style)) årsværk efter indfasning",
          "of the application's \(FigureLabels.cell(fte, .fte, style)) FTE after ramp-up")
      )
    }
    let fte = ranges.total.fte
    return (
      Interval(fte.low / goalFTE, fte.high / goalFTE), 1,
      language.pick(
        "10-årsplanens mål; årsværk ved fuld effekt", "the 10-year plan's goal; FTE at full effect")
    )
  }

  /// Escaped text whose line breaks become `<br/>` and whose words with a
  /// digit (`475,8–477,6`) are never broken, so a narrow tile wraps between
  /// words, not inside a range.
  static func keepingFiguresWhole(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.split(separator: " ").map { word in
        word.contains(where: \.isNumber) ? "<span class=\"nb\">\(escape(String(word)))</span>" : escape(String(word))
      }.joined(separator: " ")
    }.joined(separator: "<br/>")
  }

  /// The portfolio table of `run`: each solution's ranges beside the report's figures.
  func portfolioTable() -> String {
    let hasPublished = scenario.solutions.contains { !$0.published.isEmpty }
    var columns = [ChartTable.Column(language.pick("Løsning", "Solution"))]
    for figure in Figure.allCases {
      columns.append(ChartTable.Column(FigureLabels.title(figure, language), numeric: true))
      if hasPublished { columns.append(ChartTable.Column(language.pick("Rapporten", "Report"), numeric: true)) }
    }
    var rows: [[Cell]] = []
    for row in ranges.rows {
      var cells = [
        Cell.markup(
          "<a href=\"#solution-\(Self.escape(XMLText.identifier(row.solution.id)))\">\(Self.escape(row.solution.id))</a>"
        )
      ]
      for figure in Figure.allCases {
        cells.append(Cell(FigureLabels.cell(row.outputs[figure], figure, style), numeric: true))
        if hasPublished {
          cells.append(Cell(RunReport.publishedCell(row.solution, figure, check, style), numeric: true))
        }
      }
      rows.append(cells)
    }
    var totals = [Cell(language.pick("I alt", "Total"))]
    for figure in Figure.allCases {
      totals.append(Cell(FigureLabels.cell(ranges.total[figure], figure, style), numeric: true))
      if hasPublished { totals.append(Cell("", numeric: true)) }
    }
    rows.append(totals)
    var text = Self.table(columns: columns, rows: rows, totalRows: [rows.count - 1], className: "portfolio")
    text += RunReport.legend(ranges, hasPublished: hasPublished, language).map { Self.paragraph($0, className: "note") }
      .joined()
    return text
  }

  /// Computed årsværk beside every published årsværk figure.
  func fteChart() -> String {
    let rows = ranges.rows.map { row in
      IntervalChart.Row(
        label: row.solution.id,
        computed: .init(
          row.outputs.fte.low, row.outputs.fte.high, label: FigureLabels.cell(row.outputs.fte, .fte, style)),
        published: row.solution.published.filter { $0.name == Figure.fte.rawValue }.map {
          .init($0.value.low, $0.value.high, label: FigureLabels.publishedCell($0.value, .fte, style))
        })
    }
    guard rows.contains(where: { !$0.published.isEmpty }) else { return "" }
    let chart = IntervalChart(
      id: "chart-fte-published",
      title: language.pick("Frigjorte årsværk: beregnet og i rapporten", "Freed FTE: computed and in the report"),
      description: language.pick(
        "For hver løsning de beregnede årsværk (blå) og de årsværk, rapporten angiver (orange).",
        "For each solution the computed FTE (blue) and the FTE the report gives (orange)."),
      rows: rows, valueTitle: language.pick("Årsværk pr. år", "FTE per year"),
      rowTitle: language.pick("Løsning", "Solution"), computedLabel: language.pick("Beregnet", "Computed"),
      publishedLabel: language.pick("Rapporten", "Report"), decimals: 1, format: chartFormat)
    return "<h3>\(Self.escape(chart.title))</h3>\n"
      + figure(
        chart, id: "figure-fte-published",
        caption: language.pick(
          "Beregnede årsværk (interval fra scenariets input, som i workforce run) og hvert årsværkstal, rapporten angiver. En prik er et enkelt tal, en streg et interval.",
          "Computed FTE (range from the scenario's inputs, as in workforce run) and every FTE figure the report gives. A dot is a single number, a bar a range."
        ))
  }
}
