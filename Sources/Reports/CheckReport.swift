import WorkforceModel

/// `workforce check`: every published figure against the computed one, and the
/// source's inconsistencies as notes.
package struct CheckReport: Sendable {
  package var checks: [(scenario: Scenario, check: PublishedCheck)]

  /// - Parameter checks: each scenario with its check, in the order given.
  package init(_ checks: [(scenario: Scenario, check: PublishedCheck)]) {
    self.checks = checks
  }

  /// True when no figure differs without an explanation.
  package var passed: Bool { checks.allSatisfy(\.check.passed) }

  /// Every figure that differs without a `discrepancy:` reason, in table order.
  package var unexplained: [PublishedCheck.Row] {
    checks.flatMap { $0.check.rows.filter { !$0.isExplained } }
  }

  /// Why `row` fails the check, in English for a compiler-style error at the
  /// figure's location: `message` names the solution, the figure, the published
  /// and computed values and the deviation; `expected` says what would pass.
  package static func failure(_ row: PublishedCheck.Row) -> (message: String, expected: String) {
    let style = NumberStyle(.en)
    let name = row.published.name
    let solution = row.solution
    func text(_ value: Interval) -> String { FigureLabels.anyValue(value, name: name, unit: row.unit, style) }
    let figure = row.published
    let rounded = Interval(figure.rounded(row.computed.low), figure.rounded(row.computed.high))
    let unit = FigureLabels.roundingUnit(figure.roundingUnit, in: row.unit, style)
    if let bound = figure.bound {
      let word = bound == .atLeast ? "at least" : "at most"
      let end = bound == .atLeast ? rounded.low : rounded.high
      return (
        "published \(solution.id).\(name) \(word) \(text(figure.value)) does not hold for the computed "
          + "\(text(row.computed)) (\(style.signedPercent(row.deviation))) and has no 'discrepancy:' reason",
        "a computed value \(word) \(text(figure.value)) once rounded to \(unit) (it is \(text(Interval(constant: end)))), "
          + "or a 'discrepancy:' reason that says why it differs"
      )
    }
    return (
      "published \(solution.id).\(name) \(text(figure.value)) differs from the computed \(text(row.computed)) "
        + "(\(style.signedPercent(row.deviation))) without a 'discrepancy:' reason",
      "the computed value rounded to \(unit) (\(text(rounded))), or a 'discrepancy:' reason that says why it differs"
    )
  }

  package func render(_ format: ReportFormat, language: Language) -> String {
    switch format {
    case .json:
      let documents = checks.map { Self.json($0.check, scenario: $0.scenario) }
      return (documents.count == 1 ? documents[0] : .array(documents)).serialized(pretty: true)
    case .csv:
      var table = Table(
        columns: [
          "scenario", "solution", "figure", "computed_low", "computed_high", "published_low", "published_high",
          "deviation", "verdict", "rounding", "discrepancy", "source", "bound",
        ].map { Table.Column($0) })
      for (scenario, check) in checks {
        for row in check.rows {
          table.append([
            scenario.id, row.solution.id, row.published.name, PlainNumber.text(row.computed.low),
            PlainNumber.text(row.computed.high), PlainNumber.text(row.published.value.low),
            PlainNumber.text(row.published.value.high), PlainNumber.text(row.deviation), Self.verdictKey(row),
            Self.roundingUnit(row).map(PlainNumber.text) ?? "", row.published.discrepancy ?? "",
            row.published.source ?? "", row.published.bound?.rawValue ?? "",
          ])
        }
      }
      return table.csv()
    case .html:
      return MarkdownPage.html(render(.markdown, language: language), language: language)
    case .text, .markdown:
      return checks.map { Self.humanReadable($0.scenario, $0.check, format: format, language: language) }
        .joined(separator: "\n")
    }
  }

  static func verdictKey(_ row: PublishedCheck.Row) -> String {
    switch row.verdict {
    case .reproduced: "reproduced"
    case .boundHolds: "bound_holds"
    case .withinRounding: "within_rounding"
    case .differs: row.published.discrepancy == nil ? "differs" : "known_discrepancy"
    }
  }

  static func roundingUnit(_ row: PublishedCheck.Row) -> Double? {
    if case .withinRounding(let unit) = row.verdict { return unit }
    return nil
  }

  static func json(_ check: PublishedCheck, scenario: Scenario) -> JSONValue {
    let figures: [JSONValue] = check.rows.map { row in
      .object([
        ("solution", .string(row.solution.id)), ("figure", .string(row.published.name)),
        ("computed", .range(row.computed.low, row.computed.high)),
        ("published", .range(row.published.value.low, row.published.value.high)),
        ("bound", .optional(row.published.bound?.rawValue)),
        ("deviation", .number(row.deviation)), ("verdict", .string(verdictKey(row))),
        ("rounding", roundingUnit(row).map(JSONValue.number) ?? .null),
        ("discrepancy", .optional(row.published.discrepancy)), ("source", .optional(row.published.source)),
        ("location", .string(row.published.location.description)),
      ])
    }
    let notes: [JSONValue] = check.notes.map { entry in
      .object([
        ("solution", .optional(entry.solution?.id)), ("text", .string(entry.note.text)),
        ("source", .optional(entry.note.source)),
      ])
    }
    return .object(
      [
        ("scenario", .string(scenario.id)), ("file", .string(scenario.file)), ("passed", .bool(check.passed)),
        ("figures", .array(figures)), ("notes", .array(notes)),
      ] + OmittedSolutions.jsonMembers(scenario))
  }

  static func verdictText(_ row: PublishedCheck.Row, _ style: NumberStyle) -> String {
    let language = style.language
    switch row.verdict {
    case .reproduced: return language.pick("gengivet", "reproduced")
    case .boundHolds:
      return row.published.bound == .atMost
        ? language.pick("højst-tal overholdt", "upper bound holds")
        : language.pick("mindst-tal overholdt", "lower bound holds")
    case .withinRounding(let unit):
      let unitText = FigureLabels.roundingUnit(unit, in: row.unit, style)
      return language.pick("inden for afrunding (til \(unitText))", "within rounding (to \(unitText))")
    case .differs:
      return row.published.discrepancy == nil
        ? language.pick("AFVIGER (uforklaret)", "DIFFERS (unexplained)")
        : language.pick("afviger (kendt)", "differs (known)")
    }
  }

  /// The published value as shown, with `≥`/`≤` before a bound.
  static func publishedText(_ row: PublishedCheck.Row, _ style: NumberStyle) -> String {
    let value = FigureLabels.anyValue(row.published.value, name: row.published.name, unit: row.unit, style)
    switch row.published.bound {
    case .atLeast: return "≥ " + value
    case .atMost: return "≤ " + value
    case nil: return value
    }
  }

  static func humanReadable(_ scenario: Scenario, _ check: PublishedCheck, format: ReportFormat, language: Language)
    -> String
  {
    let style = NumberStyle(language)
    var table = Table(columns: [
      Table.Column(language.pick("Løsning", "Solution")), Table.Column(language.pick("Tal", "Figure")),
      Table.Column(language.pick("Beregnet", "Computed"), .right),
      Table.Column(language.pick("Publiceret", "Published"), .right),
      Table.Column(language.pick("Afvigelse", "Deviation"), .right),
      Table.Column(language.pick("Vurdering", "Verdict")),
    ])
    var explanations: [String] = []
    for row in check.rows {
      var verdict = verdictText(row, style)
      if let discrepancy = row.published.discrepancy, row.verdict == .differs {
        explanations.append(discrepancy)
        verdict += " [\(explanations.count)]"
      }
      table.append([
        row.solution.id, row.published.name,
        FigureLabels.anyValue(row.computed, name: row.published.name, unit: row.unit, style),
        publishedText(row, style),
        style.signedPercent(row.deviation), verdict,
      ])
    }
    let counts = (
      reproduced: check.rows.filter { $0.verdict == .reproduced }.count,
      bounds: check.rows.filter { $0.verdict == .boundHolds }.count,
      rounding: check.rows.filter { if case .withinRounding = $0.verdict { true } else { false } }.count,
      known: check.rows.filter { $0.verdict == .differs && $0.published.discrepancy != nil }.count,
      unexplained: check.rows.filter { !$0.isExplained }.count
    )
    let boundText =
      counts.bounds == 0
      ? ""
      : language.pick(
        ", \(counts.bounds) mindst-/højst-tal overholdt",
        ", \(counts.bounds) bound\(counts.bounds == 1 ? "" : "s") holding")
    var summary = language.pick(
      "\(check.rows.count) publicerede tal: \(counts.reproduced) gengivet\(boundText), \(counts.rounding) inden for afrunding, \(counts.known) kendte afvigelser, \(counts.unexplained) uforklarede.",
      "\(check.rows.count) published figures: \(counts.reproduced) reproduced\(boundText), \(counts.rounding) within rounding, \(counts.known) known discrepancies, \(counts.unexplained) unexplained."
    )
    if check.rows.contains(where: { $0.published.bound != nil }) {
      summary +=
        "\n"
        + language.pick(
          "Et mindst-tal (≥, 'bound: at_least') er overholdt, når det beregnede intervals lave ende ikke er under tallet (et højst-tal: den høje ende ikke over); afvigelsen måles fra den ende. Det siger kun, at beregningen ikke modsiger kilden, ikke at den gengiver et tal.",
          "A lower bound (≥, 'bound: at_least') holds when the low end of the computed range is not below it (an upper bound: the high end not above it); the deviation is measured from that end. It says only that the computation does not contradict the source, not that it reproduces a figure."
        )
    }
    let noteLines = check.notes.map { entry in
      (entry.solution.map { "\($0.id): " } ?? "") + entry.note.text + (entry.note.source.map { " (\($0))" } ?? "")
    }
    let heading =
      language.pick("Kontrol af publicerede tal", "Check of published figures") + ": \(scenario.title ?? scenario.id)"
    let notesHeading = language.pick("Bemærkninger om kilden", "Notes on the source")
    let discrepancyHeading = language.pick("Kendte afvigelser", "Known discrepancies")
    var text = ""
    if format == .markdown {
      text += "## \(heading.singleLine)\n\n" + OmittedSolutions.paragraph(scenario, language, markdown: true)
      text += table.markdown() + "\n" + summary + "\n"
      if !explanations.isEmpty {
        text += "\n### \(discrepancyHeading)\n\n"
        text += explanations.enumerated().map { "\($0.offset + 1). \($0.element)\n" }.joined()
      }
      if !noteLines.isEmpty { text += "\n### \(notesHeading)\n\n" + noteLines.map { "- \($0.singleLine)\n" }.joined() }
    } else {
      text += heading + "\n" + "\(scenario.file)\n" + OmittedSolutions.paragraph(scenario, language) + "\n"
      text += table.text() + "\n" + summary + "\n"
      if !explanations.isEmpty {
        text += "\n\(discrepancyHeading)\n"
        text += explanations.enumerated().map { "  [\($0.offset + 1)] \($0.element)\n" }.joined()
      }
      if !noteLines.isEmpty { text += "\n\(notesHeading)\n" + noteLines.map { "  • \($0)\n" }.joined() }
    }
    return text
  }
}
