import BusinessCase
import Charts
import Simulation
import Statistics
import WorkforceModel
import XMLEscaping

/// The Monte Carlo sections: the distribution of total freed årsværk, every
/// output's percentiles as `simulate` prints them, and the drivers.
extension HTMLReport {
  func simulationSection() -> String {
    var text = "<section class=\"simulation\">\n" + heading("simulation")
    guard let simulation else {
      return text
        + Self.unavailable(
          language.pick(
            "Ingen simulering: rapporten er skrevet uden Monte Carlo-kørsel.",
            "No simulation: the report was written without a Monte Carlo run.")) + "</section>\n"
    }
    let sampling =
      simulation.sampling == .lhs
      ? language.pick("latinsk hyperkube", "Latin hypercube") : language.pick("uafhængige træk", "independent draws")
    text += Self.paragraph(
      language.pick(
        "Alle usikre input trækkes \(style.number(Double(simulation.iterations), decimals: 0)) gange (frø \(simulation.seed), \(sampling)); hvert træk giver ét bud på hver løsnings tal. Tallene er de samme som workforce simulate med samme frø og antal.",
        "Every uncertain input is drawn \(style.number(Double(simulation.iterations), decimals: 0)) times (seed \(simulation.seed), \(sampling)); each draw gives one value of every figure. The figures are those of workforce simulate with the same seed and iterations."
      ),
      className: "lead")
    if let total = simulation.output("total.fte") {
      text += histogramFigure(total)
    }
    if let npv = simulation.output("total.npv") {
      text += netPresentValueFigure(npv)
      text += netPresentValueTable(simulation)
    }
    text += percentileTable(simulation)
    return text + "</section>\n"
  }

  /// `P5`, `P50`, `P95` from a probability.
  static func percentileName(_ probability: Double) -> String {
    "P" + SimulationReport.percentileKey(probability).dropFirst()
  }

  func histogramFigure(_ output: SimulationResult.Output) -> String {
    let bins = Self.displayBins(output.histogram)
    let markers = output.percentiles.map {
      HistogramChart.Marker(
        label: Self.percentileName($0.probability), value: $0.value, isCentral: abs($0.probability - 0.5) < 1e-12)
    }
    let shown = bins.reduce(0) { $0 + $1.share }
    let markerText = markers.map { "\($0.label) \(style.number($0.value, decimals: 1))" }.joined(separator: ", ")
    let chart = HistogramChart(
      id: "chart-total-fte",
      title: language.pick("Fordeling af frigjorte årsværk i alt", "Distribution of total freed FTE"),
      description: language.pick(
        "Histogram over simulerede frigjorte årsværk i alt pr. år. \(markerText).",
        "Histogram of simulated total freed FTE per year. \(markerText)."),
      bins: bins, markers: markers,
      valueTitle: language.pick("Frigjorte årsværk i alt pr. år", "Total freed FTE per year"),
      shareTitle: language.pick("Andel af simuleringerne", "Share of simulations"), valueDecimals: 1,
      format: chartFormat)
    let caption = language.pick(
      "Frigjorte årsværk i alt i \(style.number(Double(output.histogram.count), decimals: 0)) simuleringer; lodrette linjer: \(markerText). Søjlerne viser \(style.percent(shown)) af simuleringerne (de yderste 0,1 % i hver side er udeladt).",
      "Total freed FTE in \(style.number(Double(output.histogram.count), decimals: 0)) simulations; vertical lines: \(markerText). The bars show \(style.percent(shown)) of the simulations (the outer 0.1% on each side is left out)."
    )
    return "<h3>\(Self.escape(chart.title))</h3>\n" + figure(chart, id: "figure-total-fte", caption: caption)
  }

  /// The distribution of the portfolio's net present value, in millions, with
  /// P5/P50/P95 and the probability that it is negative.
  func netPresentValueFigure(_ output: SimulationResult.Output) -> String {
    let mio = 1e6
    let bins = Self.displayBins(output.histogram).map {
      HistogramChart.Bin(lower: $0.lower / mio, upper: $0.upper / mio, share: $0.share)
    }
    let markers = output.percentiles.map {
      HistogramChart.Marker(
        label: Self.percentileName($0.probability), value: $0.value / mio, isCentral: abs($0.probability - 0.5) < 1e-12)
    }
    let markerText = markers.map { "\($0.label) \(style.number($0.value, decimals: 1))" }.joined(separator: ", ")
    let chart = HistogramChart(
      id: "chart-total-npv",
      title: language.pick(
        "Fordeling af porteføljens nutidsværdi", "Distribution of the portfolio's net present value"),
      description: language.pick(
        "Histogram over simuleret nutidsværdi i alt, mio. kr. \(markerText).",
        "Histogram of the simulated total net present value, m DKK. \(markerText)."),
      bins: bins, markers: markers,
      valueTitle: language.pick("Nutidsværdi i alt, mio. kr.", "Total net present value, m DKK"),
      shareTitle: language.pick("Andel af simuleringerne", "Share of simulations"), valueDecimals: 1,
      format: chartFormat)
    var caption = language.pick("Lodrette linjer: \(markerText) mio. kr.", "Vertical lines: \(markerText) m DKK.")
    if let negative = output.probabilityNegative.map({ style.percent($0, maximum: 1) }) {
      caption += language.pick(
        " Sandsynlighed for negativ nutidsværdi: \(negative).",
        " Probability of a negative net present value: \(negative).")
    }
    return "<h3>\(Self.escape(chart.title))</h3>\n" + figure(chart, id: "figure-total-npv", caption: caption)
  }

  /// The net present values as `simulate` prints them: mean and percentiles in
  /// millions with one decimal, and the probability of a negative value.
  func netPresentValueTable(_ simulation: SimulationResult) -> String {
    let outputs = simulation.outputs.filter { $0.probabilityNegative != nil }
    guard let first = outputs.first else { return "" }
    let amounts = ([language.pick("Middel", "Mean")] + first.percentiles.map { Self.percentileName($0.probability) })
      .map { ChartTable.Column($0 + ", " + style.millionKroner, numeric: true) }
    let columns =
      [ChartTable.Column(language.pick("Løsning", "Solution")), ChartTable.Column(language.pick("Tal", "Figure"))]
      + amounts + [ChartTable.Column("P(NPV < 0)", numeric: true)]
    var rows: [[Cell]] = []
    var totals: Set<Int> = []
    for output in outputs {
      let name = outputName(output.key)
      if output.key.hasPrefix("total.") { totals.insert(rows.count) }
      rows.append(
        [Cell(name.solution), Cell(name.figure), Cell(style.number(output.mean / 1e6, decimals: 1), numeric: true)]
          + output.percentiles.map { Cell(style.number($0.value / 1e6, decimals: 1), numeric: true) }
          + [Cell(style.percent(output.probabilityNegative ?? 0, maximum: 1), numeric: true)])
    }
    return
      "<h3>\(Self.escape(language.pick("Nutidsværdi i simuleringen", "Net present value in the simulation")))</h3>\n"
      + Self.table(columns: columns, rows: rows, totalRows: totals, className: "npv")
  }

  /// The simulation's fine histogram regrouped into about 25–60 bars of a nice
  /// width covering its 0.1 % to 99.9 % quantiles.
  ///
  /// Each fine bin is counted in the bar that holds its centre (the fine
  /// bins are far narrower than a bar); values outside the shown range are
  /// left out, so the shares add up to the share of iterations shown. An
  /// output whose quantiles lie within two fine bins (a fixed output) gives
  /// one bar holding every iteration.
  static func displayBins(_ histogram: Histogram) -> [HistogramChart.Bin] {
    let count = histogram.count
    guard count > 0 else { return [] }
    let low = histogram.quantile(0.001)
    let high = histogram.quantile(0.999)
    guard low.isFinite, high.isFinite else { return [] }
    // Within the histogram's resolution: a fixed output, one bar.
    guard high - low > 2 * histogram.binWidth else {
      let middle = low + (high - low) / 2
      let half = max(abs(middle) * 0.005, 1e-9)
      return [HistogramChart.Bin(lower: middle - half, upper: middle + half, share: 1)]
    }
    let ticks = AxisTicks(covering: low, high, maxCount: 6)
    var width = ticks.step
    for divisor in [1.0, 2, 4, 5, 10, 20, 25, 50, 100] {
      width = ticks.step / divisor
      if (high - low) / width >= 25 { break }
    }
    let lower = (low / width).rounded(.down) * width
    let bars = max(1, Int(((high - lower) / width).rounded(.up)))
    var counts = [Int](repeating: 0, count: bars)
    func add(_ value: Double, _ n: Int) {
      let index = Int(((value - lower) / width).rounded(.down))
      if index >= 0 && index < bars && value >= low && value <= high { counts[index] += n }
    }
    for (index, n) in histogram.bins.enumerated() where n > 0 {
      add(histogram.lower + (Double(index) + 0.5) * histogram.binWidth, Int(n))
    }
    for value in histogram.underflow + histogram.overflow { add(value, 1) }
    return counts.enumerated().map { index, n in
      HistogramChart.Bin(
        lower: lower + Double(index) * width, upper: lower + Double(index + 1) * width, share: Double(n) / Double(count)
      )
    }
  }

  /// A readable name of an output key: `ward · årsværk`, `I alt · drift`.
  func outputName(_ key: String) -> (solution: String, figure: String) {
    let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
    guard parts.count == 2 else { return (key, "") }
    let solution = parts[0] == "total" ? language.pick("I alt", "Total") : parts[0]
    switch parts[1] {
    case "npv": return (solution, language.pick("nutidsværdi", "net present value"))
    case "npv_risk_adjusted": return (solution, language.pick("risikojusteret nutidsværdi", "risk-adjusted NPV"))
    default: return (solution, FigureLabels.name(parts[1], language))
    }
  }

  func percentileTable(_ simulation: SimulationResult) -> String {
    let percentiles = simulation.outputs.first?.percentiles.map { Self.percentileName($0.probability) } ?? []
    let columns =
      [
        ChartTable.Column(language.pick("Løsning", "Solution")), ChartTable.Column(language.pick("Tal", "Figure")),
        ChartTable.Column(language.pick("Enhed", "Unit")),
        ChartTable.Column(language.pick("Middel", "Mean"), numeric: true),
      ] + percentiles.map { ChartTable.Column($0, numeric: true) }
    var rows: [[Cell]] = []
    var totals: Set<Int> = []
    for output in simulation.outputs {
      let (scale, decimals) = SimulationReport.scale(output.key)
      let name = outputName(output.key)
      if output.key.hasPrefix("total.") { totals.insert(rows.count) }
      rows.append(
        [
          Cell(name.solution), Cell(name.figure),
          Cell(output.key.hasSuffix(".fte") ? language.pick("årsværk", "FTE") : style.millionKroner),
          Cell(style.number(output.mean / scale, decimals: decimals), numeric: true),
        ]
          + output.percentiles.map { Cell(style.number($0.value / scale, decimals: decimals), numeric: true) })
    }
    return "<h3>\(Self.escape(language.pick("Percentiler for alle tal", "Percentiles of every figure")))</h3>\n"
      + Self.table(columns: columns, rows: rows, totalRows: totals, className: "percentiles")
  }

  // MARK: - Drivers

  func driversSection() -> String {
    var text = "<section class=\"drivers\">\n" + heading("drivers")
    guard let simulation, let sensitivity = simulation.sensitivity else {
      return text
        + Self.unavailable(
          language.pick(
            "Ingen følsomhedsanalyse: rapporten er skrevet uden Monte Carlo-kørsel.",
            "No sensitivity analysis: the report was written without a Monte Carlo run.")) + "</section>\n"
    }
    text += Self.paragraph(
      language.pick(
        "Tornado: hvert usikkert input sættes til sin 5. og 95. percentil, mens alle andre står på deres median. Jo længere søjle, jo mere betyder inputtet.",
        "Tornado: each uncertain input is set to its 5th and 95th percentile while every other stays at its median. The longer the bar, the more the input matters."
      ),
      className: "lead")
    var charts = 0
    for key in ["total.fte", "total.project_cost", "total.operating_cost", "total.npv"] {
      guard let output = sensitivity.outputs.first(where: { $0.key == key }) else { continue }
      let entries = output.entries.filter { $0.swing > 0 }.prefix(8)
      guard !entries.isEmpty else { continue }
      text += tornadoFigure(key: key, baseline: output.baseline, entries: Array(entries))
      charts += 1
    }
    if charts == 0 {
      text += Self.unavailable(
        language.pick(
          "Ingen usikre input: alle tal er faste, så intet driver en spredning.",
          "No uncertain inputs: every figure is fixed, so nothing drives a spread."))
    }
    return text + "</section>\n"
  }

  /// The label of a variable: `ward: Andel patienter med størst gavn`,
  /// `Værdi pr. frigjort årsværk: sygeplejersker`, `ward: risiko 1, sandsynlighed`.
  func inputLabel(_ key: CaseVariableKey) -> String {
    let value = language.pick("Værdi pr. frigjort årsværk", "Value per freed FTE")
    let owner: String
    let name: String
    let solutions: [Solution]
    switch key {
    case .sharedValuePerFTE(let staff): return value + ": " + staff
    case .valuePerFTE(let solution): return solution + ": " + value
    case .optimismBias(.projectCost): return language.pick("Optimismetillæg, projekt", "Optimism bias, project")
    case .optimismBias(.duration): return language.pick("Optimismetillæg, varighed", "Optimism bias, duration")
    case .risk(let solution, let number, let part):
      let what =
        part == .probability
        ? language.pick("sandsynlighed", "probability") : language.pick("konsekvens", "consequence")
      return solution + ": " + language.pick("risiko \(number), ", "risk \(number), ") + what
    case .input(let solution, let input):
      (owner, name, solutions) = (solution, input, scenario.solutions.filter { $0.id == solution })
    case .assumption(let input):
      (owner, name, solutions) = (language.pick("fælles", "shared"), input, scenario.solutions)
    }
    for solution in solutions {
      if let index = solution.arguments.firstIndex(where: { $0.name == name }), index < solution.model.inputs.count {
        let spec = solution.model.inputs[index]
        return owner + ": " + language.pick(spec.danish, spec.english)
      }
    }
    return key.name
  }

  func tornadoFigure(key: String, baseline: Double, entries: [SensitivityResult.Entry]) -> String {
    let (scale, decimals) = SimulationReport.scale(key)
    let name = outputName(key).figure
    let axis: String
    switch key {
    case "total.fte": axis = language.pick("Frigjorte årsværk i alt pr. år", "Total freed FTE per year")
    case "total.operating_cost":
      axis = language.pick("Driftsomkostninger i alt, mio. kr. pr. år", "Total operating cost, m DKK per year")
    case "total.npv": axis = language.pick("Nutidsværdi i alt, mio. kr.", "Total net present value, m DKK")
    default: axis = language.pick("Projektomkostninger i alt, mio. kr.", "Total project cost, m DKK")
    }
    let bars = entries.map {
      TornadoChart.Bar(label: inputLabel($0.variable), low: $0.tornadoLow / scale, high: $0.tornadoHigh / scale)
    }
    let title = language.pick("Drivere af \(name) i alt", "Drivers of total \(name)")
    let chart = TornadoChart(
      id: "chart-tornado-\(key)", title: title,
      description: language.pick(
        "Tornadodiagram: \(axis) med hvert input ved P5 og P95 og de øvrige ved deres median (alle ved medianen: \(style.number(baseline / scale, decimals: decimals))). Største udsving øverst.",
        "Tornado chart: \(axis) with each input at P5 and P95 and the others at their medians (all at their medians: \(style.number(baseline / scale, decimals: decimals))). Largest swing first."
      ),
      baseline: baseline / scale, bars: bars, valueTitle: axis,
      inputTitle: language.pick("Input", "Input"), lowLabel: language.pick("Input ved P5", "Input at P5"),
      highLabel: language.pick("Input ved P95", "Input at P95"),
      baselineLabel: language.pick("Alle ved medianen", "All at the median"),
      decimals: decimals, format: chartFormat)
    return "<h3>\(Self.escape(title.capitalizedFirst))</h3>\n"
      + figure(
        chart, id: "figure-tornado-\(XMLText.identifier(key))",
        caption: language.pick(
          "Tallene ved søjlernes ender er \(name) i alt med inputtet ved P5 (blå) og ved P95 (orange); den lodrette streg er værdien med alle input ved medianen.",
          "The numbers at the bar ends are total \(name) with the input at P5 (blue) and at P95 (orange); the vertical line is the value with every input at its median."
        ))
  }
}

extension String {
  /// The string with its first letter in upper case: `årsværk` → `Årsværk`.
  var capitalizedFirst: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}
