import Assessment
import WorkforceModel

/// `workforce assess`: the solutions ranked by weighted criteria (after the
/// three headings of the report's generic assessment model, with assumed
/// weights), with each criterion's score, the weighted total and how robust
/// the rank is.
package struct AssessmentReport: Sendable {
  package var assessment: Assessment

  package init(_ assessment: Assessment) {
    self.assessment = assessment
  }

  package func render(_ format: ReportFormat, language: Language) -> String {
    switch format {
    case .json: json().serialized(pretty: true)
    case .csv: csvTable().csv()
    case .text, .markdown: humanReadable(format: format, language: language)
    case .html: MarkdownPage.html(render(.markdown, language: language), language: language)
    }
  }

  /// The notices in words, for the report and for standard error.
  package func noticeTexts(_ language: Language) -> [String] {
    let style = NumberStyle(language)
    return assessment.notices.map { notice in
      switch notice {
      case .weightsNormalised(let sum):
        language.pick(
          "vægtene summerer til \(style.compact(sum, maximum: 4)), ikke 1; hver vægt er divideret med summen",
          "the weights sum to \(style.compact(sum, maximum: 4)), not 1; each weight was divided by the sum")
      case .undefinedValue(let criterion, let solution, let measure):
        language.pick(
          "kriteriet \(criterion) har ingen værdi for \(solution) (\(Self.undefinedReason(measure, language))); scoret 1",
          "criterion \(criterion) has no value for \(solution) (\(Self.undefinedReason(measure, language))); scored 1")
      }
    }
  }

  static func undefinedReason(_ measure: AssessmentSettings.Criterion.Measure, _ language: Language) -> String {
    switch measure {
    case .costPerFTE: language.pick("ingen frigjorte årsværk", "no årsværk freed")
    case .npv: language.pick("ingen business case", "no business case")
    case .fte: language.pick("ikke et endeligt tal", "not a finite number")
    }
  }

  // MARK: - JSON

  func json() -> JSONValue {
    let criteria: [JSONValue] = assessment.criteria.map { weighted in
      let criterion = weighted.criterion
      var members: [(String, JSONValue)] = [
        ("id", .string(criterion.id)), ("title", .optional(criterion.title)),
        ("kind", .string(criterion.isJudged ? "judged" : "computed")),
        ("measure", criterion.measure.map { .string($0.rawValue) } ?? .null),
        ("weight", .number(criterion.weight)), ("normalised_weight", .number(weighted.weight)),
        (
          "scale", criterion.scale.map { .object([("worst", .number($0.worst)), ("best", .number($0.best))]) } ?? .null
        ),
      ]
      if criterion.measure == .costPerFTE { members.append(("years", .number(criterion.years))) }
      members.append(("source", .optional(criterion.source)))
      return .object(members)
    }
    let settings = assessment.scenario.assessment
    let solutions: [JSONValue] = assessment.rows.map { row in
      let scores: [(String, JSONValue)] = zip(assessment.criteria, zip(row.scores, row.values)).map { weighted, entry in
        let criterion = weighted.criterion
        var members: [(String, JSONValue)] = [("score", .number(entry.0))]
        if criterion.isJudged {
          members.append(("source", .optional(settings?.scores[row.solution.id]?[criterion.id]?.source)))
        } else {
          members.append(("value", entry.1.map(JSONValue.number) ?? .null))
        }
        return (criterion.id, .object(members))
      }
      return .object([
        ("rank", .number(Double(row.rank))), ("id", .string(row.solution.id)), ("title", .optional(row.solution.title)),
        ("scores", .object(scores)), ("total", .number(row.total)), ("keeps_rank", .number(row.keepsRank)),
        (
          "rank_range",
          .object([
            ("best", .number(Double(row.rankRange.lowerBound))), ("worst", .number(Double(row.rankRange.upperBound))),
          ])
        ),
      ])
    }
    let robustness = assessment.robustness
    return .object(
      [
        ("scenario", .string(assessment.scenario.id)), ("title", .optional(assessment.scenario.title)),
        ("file", .string(assessment.scenario.file)), ("criteria", .array(criteria)), ("solutions", .array(solutions)),
        (
          "robustness",
          .object([
            ("perturbation", .number(robustness.perturbation)), ("draws", .number(Double(robustness.draws))),
            ("seed", .whole(robustness.seed)),
          ])
        ),
        ("notices", .array(noticeTexts(.en).map(JSONValue.string))),
      ] + OmittedSolutions.jsonMembers(assessment.scenario))
  }

  // MARK: - CSV

  func csvTable() -> Table {
    var columns = ["rank", "solution"]
    for weighted in assessment.criteria {
      columns.append(weighted.criterion.id)
      if !weighted.criterion.isJudged { columns.append("\(weighted.criterion.id)_value") }
    }
    columns += ["total", "keeps_rank", "best_rank", "worst_rank"]
    var table = Table(columns: columns.map { Table.Column($0) })
    for row in assessment.rows {
      var cells = [String(row.rank), row.solution.id]
      for (weighted, (score, value)) in zip(assessment.criteria, zip(row.scores, row.values)) {
        cells.append(PlainNumber.text(score))
        if !weighted.criterion.isJudged { cells.append(value.map(PlainNumber.text) ?? "") }
      }
      cells += [
        PlainNumber.text(row.total), PlainNumber.text(row.keepsRank), String(row.rankRange.lowerBound),
        String(row.rankRange.upperBound),
      ]
      table.append(cells)
    }
    return table
  }

  // MARK: - Text and Markdown

  func humanReadable(format: ReportFormat, language: Language) -> String {
    let style = NumberStyle(language)
    let scenario = assessment.scenario

    var criteria = Table(columns: [
      Table.Column(language.pick("Kriterium", "Criterion")), Table.Column(language.pick("Vægt", "Weight"), .right),
      Table.Column(language.pick("Grundlag", "Basis")),
    ])
    for weighted in assessment.criteria {
      let criterion = weighted.criterion
      let name = criterion.title.map { "\(criterion.id) (\($0))" } ?? criterion.id
      criteria.append([name, style.percent(weighted.weight), Self.basis(criterion, style)])
    }

    var ranking = Table(
      columns: [
        Table.Column(language.pick("Rang", "Rank"), .right), Table.Column(language.pick("Løsning", "Solution")),
      ]
        + assessment.criteria.map { Table.Column($0.criterion.id, .right) }
        + [
          Table.Column(language.pick("I alt", "Total"), .right),
          Table.Column(language.pick("Beholder rang", "Keeps rank"), .right),
          Table.Column(language.pick("Rangspænd", "Rank range"), .right),
        ])
    for row in assessment.rows {
      ranking.append(
        [String(row.rank), row.solution.id] + row.scores.map { style.number($0, decimals: 1) }
          + [
            style.number(row.total, decimals: 2), style.percent(row.keepsRank, maximum: 0),
            row.rankRange.lowerBound == row.rankRange.upperBound
              ? String(row.rankRange.lowerBound) : "\(row.rankRange.lowerBound)–\(row.rankRange.upperBound)",
          ])
    }

    let computed = assessment.criteria.enumerated().filter { !$0.element.criterion.isJudged }
    var values = Table(
      columns: [Table.Column(language.pick("Løsning", "Solution"))]
        + computed.map { Table.Column($0.element.criterion.id, .right) })
    for row in assessment.rows {
      values.append(
        [row.solution.id]
          + computed.map { index, weighted in
            Self.valueText(row.values[index], weighted.criterion.measure, style)
          })
    }

    let robustness = assessment.robustness
    let draws = style.number(Double(robustness.draws), decimals: 0)
    let factors = (style.compact(1 - robustness.perturbation), style.compact(1 + robustness.perturbation))
    var legend = [
      language.pick(
        "Score 1–5 for hvert kriterium; I alt = Σ vægt × score. Beregnede kriterier bruger midtpunktet af "
          + "løsningens interval og skaleres lineært fra 1 (dårligst) til 5 (bedst), mellem løsningerne eller på "
          + "kriteriets skala.",
        "Scores 1–5 per criterion; total = Σ weight × score. Computed criteria use the midpoint of the solution's "
          + "range, scaled linearly from 1 (worst) to 5 (best), between the solutions or on the criterion's scale."),
      language.pick(
        "Beholder rang: andel af \(draws) tilfældige vægtsæt (hver vægt ganget med en faktor mellem \(factors.0) og "
          + "\(factors.1), seed \(robustness.seed)), hvor løsningen beholder sin rang. Rangspænd: bedste og værste "
          + "rang i de samme vægtsæt.",
        "Keeps rank: share of \(draws) random weight sets (each weight times a factor between \(factors.0) and "
          + "\(factors.1), seed \(robustness.seed)) under which the solution keeps its rank. Rank range: best and "
          + "worst rank under the same weight sets."),
    ]
    legend += noticeTexts(language).map { language.pick("Bemærk: ", "Note: ") + $0 }

    let heading = language.pick("Vurdering", "Assessment") + ": " + (scenario.title ?? scenario.id)
    let valuesHeading = language.pick("Målte værdier (midtpunkter)", "Measured values (midpoints)")
    if format == .markdown {
      var text = "## \(heading.singleLine)\n\n"
      text += language.pick("Scenarie", "Scenario") + ": `\(scenario.id)` (`\(scenario.file)`)\n\n"
      text += OmittedSolutions.paragraph(scenario, language, markdown: true)
      text += criteria.markdown() + "\n" + ranking.markdown() + "\n"
      if !computed.isEmpty { text += "\(valuesHeading):\n\n" + values.markdown() + "\n" }
      return text + legend.map { "- \($0.singleLine)\n" }.joined()
    }
    var text = heading + "\n" + language.pick("Scenarie", "Scenario") + " \(scenario.id) · \(scenario.file)\n"
    text += OmittedSolutions.paragraph(scenario, language) + "\n"
    text += criteria.text() + "\n" + ranking.text() + "\n"
    if !computed.isEmpty { text += valuesHeading + "\n" + values.text() + "\n" }
    return text + legend.map { $0 + "\n" }.joined()
  }

  /// How a criterion is scored, in words.
  static func basis(_ criterion: AssessmentSettings.Criterion, _ style: NumberStyle) -> String {
    let language = style.language
    guard let measure = criterion.measure else { return language.pick("vurderet 1–5", "judged 1–5") }
    let what: String
    switch measure {
    case .fte: what = language.pick("frigjorte årsværk pr. år", "FTE freed per year")
    case .costPerFTE:
      what = language.pick(
        "kr. pr. frigjort årsværk (projekt over \(style.compact(criterion.years)) år + drift)",
        "DKK per FTE freed (project over \(style.compact(criterion.years)) years + operating)")
    case .npv: what = language.pick("nutidsværdi (business case)", "net present value (business case)")
    }
    let scale: String
    if let given = criterion.scale {
      scale = language.pick(
        "skala \(style.compact(given.worst)) → 1, \(style.compact(given.best)) → 5",
        "scale \(style.compact(given.worst)) → 1, \(style.compact(given.best)) → 5")
    } else {
      scale = language.pick("dårligste → 1, bedste → 5", "worst → 1, best → 5")
    }
    return language.pick("beregnet: ", "computed: ") + what + "; " + scale
  }

  static func valueText(_ value: Double?, _ measure: AssessmentSettings.Criterion.Measure?, _ style: NumberStyle)
    -> String
  {
    guard let value, let measure else { return "–" }
    switch measure {
    case .fte: return style.quantity(Interval(constant: value), unit: .fte)
    case .costPerFTE: return style.number(value, decimals: 0) + " " + style.language.pick("kr.", "DKK")
    case .npv: return style.quantity(Interval(constant: value), unit: .kroner)
    }
  }
}
