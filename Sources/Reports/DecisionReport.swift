import Decision
import Foundation

/// The `decide` report: which portfolio to fund, how sure we are, what
/// committing to `grant`'s choice costs, how the choice moves with the pool,
/// the acceptability curves, EVPI and EVPPI, and what to measure first.
/// Danish by default; every probability and value with its Monte Carlo
/// standard error (±).
package struct DecisionReport: Sendable {
  package let result: DecisionResult
  /// Range and source of each input, by variable key (for "measure first").
  package let inputNotes: [String: (range: String, source: String?)]

  package init(_ result: DecisionResult, inputNotes: [String: (range: String, source: String?)] = [:]) {
    self.result = result
    self.inputNotes = inputNotes
  }

  package func render(_ format: ReportFormat, language: Language) -> String {
    switch format {
    case .json: return json().serialized(pretty: true)
    case .csv: return csv()
    case .text: return human(language, markdown: false)
    case .markdown: return human(language, markdown: true)
    case .html: return MarkdownPage.html(human(language, markdown: true), language: language)
    }
  }

  // MARK: - Text and Markdown

  func human(_ language: Language, markdown: Bool) -> String {
    let style = NumberStyle(language)
    let l = language.pick
    func pct(_ e: DecisionResult.Estimate) -> String {
      style.number(e.value * 100, decimals: 1) + " ± " + style.number(e.standardError * 100, decimals: 1) + " %"
    }
    func fte(_ e: DecisionResult.Estimate) -> String {
      style.number(e.value, decimals: 1) + " ± " + style.number(e.standardError, decimals: 1)
    }
    func mio(_ x: Int) -> String { style.number(Double(x) / 1e6, decimals: 1) }
    func fte2(_ e: DecisionResult.Estimate) -> String {
      style.number(e.value, decimals: 2) + " ± " + style.number(e.standardError, decimals: 2)
    }
    func kr(_ e: DecisionResult.Estimate) -> String {
      style.number(e.value / 1e6, decimals: 2) + " ± " + style.number(e.standardError / 1e6, decimals: 2)
    }
    func section(_ title: String) -> String { markdown ? "\n### \(title)\n\n" : "\n\(title)\n" }
    func table(_ t: Table) -> String { markdown ? t.markdown() : t.text() }
    var out = ""
    out += markdown ? "## " : ""
    out +=
      l("Beslutning under usikkerhed: puljens portefølje", "Decision under uncertainty: the pool's portfolio") + "\n"
    out += (markdown ? "\n" : "")
    out +=
      l("Scenarie", "Scenario") + " \(result.scenario) · "
      + l("pulje", "pool") + " \(mio(result.pool)) " + l("mio. kr.", "m DKK") + " · "
      + style.number(Double(result.iterations), decimals: 0) + " " + l("træk", "draws") + ", seed \(result.seed) · "
      + l("løst eksakt i hvert træk", "solved exactly in every draw") + " (\(methodName(language)))\n"

    out += section(
      l("Sandsynlighed for at høre til den bedste portefølje", "Probability of belonging to the best portfolio"))
    var inclusion = Table(columns: [
      .init(l("Løsning", "Solution")), .init(l("Tilskud, mio. kr.", "Grant, m DKK"), .right),
      .init(l("Forventet årsværk", "Expected FTE"), .right),
      .init(l("I bedste portefølje", "In best portfolio"), .right),
    ])
    for c in result.candidates {
      inclusion.append([c.id, mio(c.grant), fte(c.expectedFTE), pct(c.inclusion)])
    }
    out += table(inclusion)

    out += section(l("Bedste porteføljer (de hyppigste)", "Optimal portfolios (the most frequent)"))
    var selections = Table(columns: [
      .init(l("Portefølje", "Portfolio")), .init(l("Tilskud, mio. kr.", "Grant, m DKK"), .right),
      .init(l("Sandsynlighed", "Probability"), .right),
    ])
    for s in result.selections {
      selections.append([
        s.solutions.isEmpty ? "–" : s.solutions.joined(separator: " + "), mio(s.grant), pct(s.probability),
      ])
    }
    out += table(selections)

    let c = result.committed
    let evpi = result.evpi.first?.value ?? .init(0, 0)
    out += section(l("Den valgte portefølje (grant)", "The committed portfolio (grant)"))
    out +=
      (c.solutions.isEmpty ? "–" : c.solutions.joined(separator: " + ")) + ", "
      + mio(c.grant) + " " + l("mio. kr.", "m DKK") + "\n"
    out +=
      l("Forventet frigjort", "Expected freed") + ": " + fte(c.expectedFTE) + " " + l("årsværk pr. år", "FTE a year")
      + "\n"
    out += l("Sandsynlighed for at være bedst", "Probability that it is best") + ": " + pct(c.probabilityOptimal) + "\n"
    out +=
      l("Forventet tab ved at binde sig til den", "Expected loss of committing to it") + ": " + fte(c.expectedLoss)
      + " " + l("årsværk pr. år", "FTE a year") + "\n"
    out +=
      l("EVPI for porteføljen (værdien af fuld viden)", "EVPI of the portfolio (value of perfect information)")
      + ": " + fte2(evpi) + " " + l("årsværk pr. år", "FTE a year") + "\n"

    out += section(
      l(
        "Puljekurve: sandsynlighed for at være med, når puljen varierer",
        "Pool curve: probability of inclusion as the pool varies"))
    var curve = Table(
      columns: [.init(l("Pulje, mio. kr.", "Pool, m DKK"), .right)] + result.candidates.map { .init($0.id, .right) }
        + [.init(l("Årsværk (optimum)", "FTE (optimum)"), .right)])
    for point in result.poolCurve {
      curve.append(
        [mio(point.pool)] + point.inclusion.map { style.number($0.value * 100, decimals: 0) + " %" } + [
          fte(point.expectedOptimum)
        ])
    }
    out += table(curve)

    if !result.acceptability.isEmpty {
      out += section(
        l(
          "Acceptabilitet: P(nutidsværdi > 0) efter værdi pr. årsværk",
          "Acceptability: P(NPV > 0) by value per FTE-year"))
      var accept = Table(
        columns: [
          .init(l("Løsning", "Solution")), .init(l("50 % ved, kr. pr. årsværk", "50 % at, DKK per FTE"), .right),
        ]
          + result.acceptability[0].points.enumerated().filter { $0.offset % 4 == 0 }.map {
            .init(style.number($0.element.value / 1000, decimals: 0) + "k", .right)
          })
      for a in result.acceptability {
        let crossing =
          a.crossing.map { style.number($0.value, decimals: 0) + " ± " + style.number($0.standardError, decimals: 0) }
          ?? l("uden for gitteret", "outside the grid")
        accept.append(
          [a.solution, crossing]
            + a.points.enumerated().filter { $0.offset % 4 == 0 }.map {
              style.number($0.element.probability.value * 100, decimals: 0) + " %"
            })
      }
      out += table(accept)
      out += section(
        l("EVPI for hver løsnings ja/nej (mio. kr.)", "EVPI of each solution's fund/don't-fund decision (m DKK)"))
      var evpis = Table(columns: [.init(l("Løsning", "Solution")), .init("EVPI", .right)])
      for e in result.evpi.dropFirst() { evpis.append([e.decision, kr(e.value)]) }
      out += table(evpis)
    }

    out += section(
      l(
        "Mål først: hvad er mest værd at vide, før puljen fordeles (EVPPI)",
        "Measure first: what is most worth knowing before the pool is allocated (EVPPI)"))
    var measure = Table(columns: [
      .init("#", .right), .init(l("Input", "Input")), .init(l("Interval", "Range")),
      .init(l("EVPPI, årsværk", "EVPPI, FTE"), .right),
      .init(l("Største EVPPI, mio. kr.", "Largest EVPPI, m DKK"), .right),
      .init(l("Kilde", "Source")),
    ])
    for (rank, p) in ranked.prefix(markdown ? 15 : 10).enumerated() {
      let note = inputNotes[p.key]
      let best = p.solutions.max { $0.value.value < $1.value.value }
      measure.append([
        String(rank + 1), p.key, note?.range ?? "–", fte2(p.portfolio),
        best.map { kr($0.value) + " (\($0.solution))" } ?? "–", Self.shorten(note?.source ?? "–"),
      ])
    }
    out += table(measure)
    let groups = result.evppi.filter(\.isGroup)
    if !groups.isEmpty {
      out += section(l("EVPPI for hver løsnings input samlet", "EVPPI of each solution's inputs as a group"))
      var g = Table(columns: [.init(l("Gruppe", "Group")), .init(l("EVPPI, årsværk", "EVPPI, FTE"), .right)])
      for p in groups { g.append([p.key, fte2(p.portfolio)]) }
      out += table(g)
    }
    out +=
      "\n"
      + l(
        "± er Monte Carlo-standardfejlen. EVPPI er estimeret ved ikke-parametrisk regression (Strong, Oakley & Brennan 2014) på de første \(style.number(Double(result.evppiDraws), decimals: 0)) træk.",
        "± is the Monte Carlo standard error. EVPPI is estimated by non-parametric regression (Strong, Oakley & Brennan 2014) on the first \(style.number(Double(result.evppiDraws), decimals: 0)) draws."
      ) + "\n"
    return out
  }

  /// Inputs ranked by portfolio EVPPI, then by their largest EVPPI in kroner.
  var ranked: [DecisionResult.PartialInformation] {
    func kroner(_ p: DecisionResult.PartialInformation) -> Double { p.solutions.map(\.value.value).max() ?? 0 }
    return result.evppi.filter { !$0.isGroup }.sorted {
      if $0.portfolio.value != $1.portfolio.value { return $0.portfolio.value > $1.portfolio.value }
      if kroner($0) != kroner($1) { return kroner($0) > kroner($1) }
      return $0.key < $1.key
    }
  }

  static func shorten(_ text: String) -> String { text.count > 60 ? String(text.prefix(57)) + "…" : text }

  func methodName(_ language: Language) -> String {
    switch result.method {
    case "enumeration": language.pick("optælling af alle porteføljer", "enumeration of every portfolio")
    case "dynamic programme": language.pick("dynamisk programmering", "dynamic programme")
    default: language.pick("branch and bound", "branch and bound")
    }
  }

  // MARK: - JSON and CSV

  static func estimate(_ e: DecisionResult.Estimate) -> JSONValue {
    .object([("value", .number(e.value)), ("se", .number(e.standardError))])
  }

  package func json() -> JSONValue {
    let e = Self.estimate
    let ids = result.candidates.map(\.id)
    return .object([
      ("scenario", .string(result.scenario)), ("iterations", .number(Double(result.iterations))),
      ("seed", .whole(result.seed)), ("pool", .number(Double(result.pool))), ("method", .string(result.method)),
      (
        "inclusion",
        .array(
          result.candidates.map { c in
            .object([
              ("solution", .string(c.id)), ("grant", .number(Double(c.grant))), ("probability", e(c.inclusion)),
              ("expected_fte", e(c.expectedFTE)),
            ])
          })
      ),
      ("distinct_selections", .number(Double(result.distinctSelections))),
      (
        "selections",
        .array(
          result.selections.map { s in
            .object([
              ("solutions", .array(s.solutions.map { .string($0) })), ("grant", .number(Double(s.grant))),
              ("probability", e(s.probability)),
            ])
          })
      ),
      (
        "committed",
        .object([
          ("solutions", .array(result.committed.solutions.map { .string($0) })),
          ("grant", .number(Double(result.committed.grant))),
          ("expected_fte", e(result.committed.expectedFTE)),
          ("probability_optimal", e(result.committed.probabilityOptimal)),
          ("expected_loss", e(result.committed.expectedLoss)),
        ])
      ),
      (
        "pool_curve",
        .array(
          result.poolCurve.map { p in
            .object([
              ("pool", .number(Double(p.pool))),
              ("inclusion", .object(zip(ids, p.inclusion).map { ($0, e($1)) })),
              ("expected_optimum", e(p.expectedOptimum)),
            ])
          })
      ),
      (
        "acceptability",
        .array(
          result.acceptability.map { a in
            .object([
              ("solution", .string(a.solution)),
              (
                "points",
                .array(
                  a.points.map { .object([("value_per_fte", .number($0.value)), ("probability", e($0.probability))]) })
              ),
              ("crossing_50", a.crossing.map(e) ?? .null),
            ])
          })
      ),
      (
        "evpi",
        .array(
          result.evpi.map {
            .object([("decision", .string($0.decision)), ("unit", .string($0.unit)), ("value", e($0.value))])
          })
      ),
      (
        "evppi",
        .object([
          ("draws", .number(Double(result.evppiDraws))),
          ("method", .string("nonparametric regression (local-linear; single index for groups)")),
          ("inputs", .array(result.evppi.map(partial))),
          ("measure_first", .array(ranked.prefix(10).map { .string($0.key) })),
        ])
      ),
    ])
  }

  func partial(_ p: DecisionResult.PartialInformation) -> JSONValue {
    let note = inputNotes[p.key]
    return .object([
      ("key", .string(p.key)), ("group", .bool(p.isGroup)), ("members", .array(p.members.map { .string($0) })),
      ("portfolio_fte", Self.estimate(p.portfolio)),
      ("solutions_kroner", .object(p.solutions.map { ($0.solution, Self.estimate($0.value)) })),
      ("range", note.map { .string($0.range) } ?? .null), ("source", note?.source.map { .string($0) } ?? .null),
    ])
  }

  /// Long form: one row per estimate (`table,key,subkey,value,se`).
  func csv() -> String {
    var rows = ["table,key,subkey,value,se"]
    func row(_ table: String, _ key: String, _ sub: String, _ e: DecisionResult.Estimate) {
      rows.append(
        [table, key, sub, PlainNumber.text(e.value), PlainNumber.text(e.standardError)].map(Self.cell).joined(
          separator: ","))
    }
    for c in result.candidates { row("inclusion", c.id, "", c.inclusion) }
    for s in result.selections { row("selections", s.solutions.joined(separator: "+"), "", s.probability) }
    row("committed", "expected_fte", "", result.committed.expectedFTE)
    row("committed", "probability_optimal", "", result.committed.probabilityOptimal)
    row("committed", "expected_loss", "", result.committed.expectedLoss)
    for p in result.poolCurve {
      for (c, v) in zip(result.candidates, p.inclusion) { row("pool_curve", PlainNumber.text(Double(p.pool)), c.id, v) }
    }
    for a in result.acceptability {
      for point in a.points { row("acceptability", a.solution, PlainNumber.text(point.value), point.probability) }
      if let crossing = a.crossing { row("acceptability", a.solution, "crossing_50", crossing) }
    }
    for x in result.evpi { row("evpi", x.decision, x.unit, x.value) }
    for p in result.evppi {
      row("evppi", p.key, "portfolio_fte", p.portfolio)
      for s in p.solutions { row("evppi", p.key, s.solution, s.value) }
    }
    return rows.joined(separator: "\r\n") + "\r\n"
  }

  static func cell(_ text: String) -> String {
    text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
      ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
  }
}
