import Charts
import WorkforceModel
import XMLEscaping

/// One card per solution: computed figures beside the published ones with
/// the verdict of `check`, every input with its source, and the notes on the source.
extension HTMLReport {
  func solutionsSection() -> String {
    var text = "<section class=\"solutions\">\n" + heading("solutions")
    text += Self.paragraph(
      language.pick(
        "Hver løsning med de beregnede tal ved siden af rapportens, vurderingen fra workforce check og de input, tallene bygger på, med kilde.",
        "Each solution with its computed figures beside the report's, the verdict of workforce check, and the inputs the figures rest on, with their sources."
      ),
      className: "lead")
    for row in ranges.rows {
      text += card(row.solution, outputs: row.outputs)
    }
    return text + "</section>\n"
  }

  func categoryName(_ category: Solution.Category) -> String {
    switch category {
    case .optimisation: language.pick("optimering", "optimisation")
    case .automation: language.pick("automatisering", "automation")
    case .delegation: language.pick("opgaveflytning", "delegation")
    case .other: language.pick("andet", "other")
    }
  }

  func card(_ solution: Solution, outputs: SolutionOutputs<Interval>) -> String {
    var text = "<article class=\"card\" id=\"solution-\(Self.escape(XMLText.identifier(solution.id)))\">\n<header>\n"
    text += "<h3>\(Self.escape(solution.title ?? solution.id))</h3>\n"
    var facts = [solution.id, language.pick("model", "model") + " " + solution.model.id]
    if let category = solution.category { facts.append(categoryName(category)) }
    if !solution.staff.isEmpty {
      facts.append(language.pick("faggrupper: ", "staff: ") + solution.staff.joined(separator: ", "))
    }
    text += "<p class=\"sub\">\(facts.map(Self.escape).joined(separator: " · "))</p>\n</header>\n"
    text += figuresTable(solution, outputs: outputs)
    if let result = businessCase?.solution(solution.id), let report = businessCaseReport {
      let horizon = businessCase?.settings.horizon.value ?? 0
      let line = language.pick(
        "Business case over \(horizon) år: nutidsværdi \(style.range(result.npv, decimals: 1, scale: 1e6)) mio. kr. (central \(style.number(result.central.npv / 1e6, decimals: 1))), tilbagebetalt \(report.payback(result.payback)).",
        "Business case over \(horizon) years: NPV \(style.range(result.npv, decimals: 1, scale: 1e6)) m DKK (central \(style.number(result.central.npv / 1e6, decimals: 1))), payback \(report.payback(result.payback))."
      )
      text += Self.paragraph(line, className: "case-line")
    }
    text += assumptionsTable(solution)
    let notes = check.notes.filter { $0.solution?.id == solution.id }
    if !notes.isEmpty {
      text +=
        "<h4>\(Self.escape(language.pick("Bemærkninger om kilden", "Notes on the source")))</h4>\n<ul class=\"notes\">\n"
      for note in notes {
        text += "<li>\(Self.escape(note.note.text))"
        if let source = note.note.source { text += " <span class=\"source\">(\(Self.escape(source)))</span>" }
        text += "</li>\n"
      }
      text += "</ul>\n"
    }
    return text + "</article>\n"
  }

  /// A verdict as a badge: a symbol and a word, so it reads without colour.
  func verdictBadge(_ row: PublishedCheck.Row) -> String {
    let (symbol, className): (String, String)
    switch row.verdict {
    case .reproduced: (symbol, className) = ("✓", "ok")
    case .withinRounding, .boundHolds: (symbol, className) = ("✓", "ok")
    case .differs: (symbol, className) = row.published.discrepancy == nil ? ("✗", "differs") : ("≠", "known")
    }
    return "<span class=\"badge \(className)\">\(symbol) \(Self.escape(CheckReport.verdictText(row, style)))</span>"
  }

  /// The three figures, then every other published value, against the report.
  func figuresTable(_ solution: Solution, outputs: SolutionOutputs<Interval>) -> String {
    let columns = [
      ChartTable.Column(language.pick("Tal", "Figure")),
      ChartTable.Column(language.pick("Beregnet", "Computed"), numeric: true),
      ChartTable.Column(language.pick("Rapporten", "Report"), numeric: true),
      ChartTable.Column(language.pick("Afvigelse", "Deviation"), numeric: true),
      ChartTable.Column(language.pick("Vurdering", "Verdict")),
    ]
    let checks = check.rows.filter { $0.solution.id == solution.id }
    var rows: [[Cell]] = []
    var explanations: [String] = []
    for figure in Figure.allCases {
      let published = checks.filter { $0.published.name == figure.rawValue }
      let computed = FigureLabels.anyValue(outputs[figure], name: figure.rawValue, unit: figure.unit, style)
      if published.isEmpty {
        rows.append([
          Cell(figureName(figure)), Cell(computed, numeric: true), Cell("–", numeric: true),
          Cell("", numeric: true), Cell(""),
        ])
      }
      for row in published {
        rows.append(checkRow(row, label: figureName(figure), explanations: &explanations))
      }
    }
    for row in checks where Figure(rawValue: row.published.name) == nil {
      rows.append(checkRow(row, label: displayName(row.published.name, in: solution), explanations: &explanations))
    }
    var text = Self.table(columns: columns, rows: rows, className: "figures")
    if !explanations.isEmpty {
      text +=
        "<ol class=\"explanations\">\n" + explanations.map { "<li>\(Self.escape($0))</li>\n" }.joined() + "</ol>\n"
    }
    return text
  }

  func checkRow(_ row: PublishedCheck.Row, label: String, explanations: inout [String]) -> [Cell] {
    var verdict = verdictBadge(row)
    if let discrepancy = row.published.discrepancy, row.verdict == .differs {
      explanations.append(discrepancy)
      verdict += " <sup>\(explanations.count)</sup>"
    }
    var published = Self.escape(CheckReport.publishedText(row, style))
    if let source = row.published.source {
      published = "<span title=\"\(Self.escape(source))\">\(published)</span>"
    }
    return [
      Cell(label),
      Cell(FigureLabels.anyValue(row.computed, name: row.published.name, unit: row.unit, style), numeric: true),
      Cell.markup(published, className: "num"), Cell(style.signedPercent(row.deviation), numeric: true),
      Cell.markup(verdict),
    ]
  }

  /// A figure's name without its unit (the cells carry the unit): `Projektomkostninger`.
  func figureName(_ figure: Figure) -> String {
    switch figure {
    case .fte: language.pick("Frigjorte årsværk pr. år", "Freed FTE per year")
    case .projectCost: language.pick("Projektomkostninger", "Project cost")
    case .operatingCost: language.pick("Driftsomkostninger pr. år", "Operating cost per year")
    }
  }

  /// A published name in words: an input's label, or the intermediate's name.
  func displayName(_ name: String, in solution: Solution) -> String {
    if let index = solution.arguments.firstIndex(where: { $0.name == name }), index < solution.model.inputs.count {
      let spec = solution.model.inputs[index]
      return language.pick(spec.danish, spec.english)
    }
    return name.replacingOccurrences(of: "_", with: " ")
  }

  /// How a quantity is drawn in the simulation, in words (nil for a number).
  func distributionText(_ quantity: Quantity) -> String? {
    switch quantity {
    case .point: return nil
    case .range:
      return scenario.simulation.ranges == .pert
        ? language.pick("interval, PERT i simuleringen", "range, PERT in the simulation")
        : language.pick("interval, ligefordelt i simuleringen", "range, uniform in the simulation")
    case .uniform: return language.pick("ligefordeling", "uniform")
    case .triangular(_, let mode, _):
      return language.pick("trekantfordeling, typeværdi ", "triangular, mode ") + style.compact(mode)
    case .pert(_, let mode, _): return language.pick("PERT, typeværdi ", "PERT, mode ") + style.compact(mode)
    case .normal(let mean, let sd):
      return language.pick(
        "normalfordeling, middel \(style.compact(mean)), sd \(style.compact(sd))",
        "normal, mean \(style.compact(mean)), sd \(style.compact(sd))")
    case .lognormal: return language.pick("lognormal, P5–P95 vist", "lognormal, P5–P95 shown")
    }
  }

  /// Every input of the solution: what it is, its value, and where it comes from.
  func assumptionsTable(_ solution: Solution) -> String {
    let columns = [
      ChartTable.Column(language.pick("Input", "Input")),
      ChartTable.Column(language.pick("Værdi", "Value"), numeric: true),
      ChartTable.Column(language.pick("Kilde", "Source")),
    ]
    var rows: [[Cell]] = []
    for (input, spec) in zip(solution.arguments, solution.model.inputs) {
      var label = Self.escape(language.pick(spec.danish, spec.english))
      if input.origin == .assumption {
        label += " <span class=\"tag\">\(Self.escape(language.pick("fælles antagelse", "shared assumption")))</span>"
      }
      var value = Self.escape(style.quantity(input.quantity.deterministicRange, unit: spec.unit))
      if let distribution = distributionText(input.quantity) {
        value += "<br/><span class=\"source\">\(Self.escape(distribution))</span>"
      }
      let source =
        input.source.map { Self.escape($0) }
        ?? "<span class=\"missing\">\(Self.escape(language.pick("ingen kilde angivet", "no source given")))</span>"
      rows.append([Cell.markup(label), Cell.markup(value, className: "num"), Cell.markup(source, className: "source")])
    }
    return "<h4>\(Self.escape(language.pick("Input og kilder", "Inputs and sources")))</h4>\n"
      + Self.table(columns: columns, rows: rows, className: "assumptions")
  }
}
