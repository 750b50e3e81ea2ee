import Simulation
import Statistics
import WorkforceModel

/// `workforce simulate`: mean, spread and percentiles of every output, the
/// Monte Carlo error of each, a histogram of total freed årsværk, and what
/// drives the results.
package struct SimulationReport: Sendable {
  package var result: SimulationResult

  package init(_ result: SimulationResult) {
    self.result = result
  }

  package func render(_ format: ReportFormat, language: Language) -> String {
    switch format {
    case .json: return json().serialized(pretty: true)
    case .csv: return csv()
    case .text, .markdown: return humanReadable(format, NumberStyle(language))
    case .html: return MarkdownPage.html(render(.markdown, language: language), language: language)
    }
  }

  /// `p5`, `p50`, `p97.5`: the JSON and CSV key.
  static func percentileKey(_ probability: Double) -> String {
    "p" + PlainNumber.text((probability * 100 * 1e9).rounded() / 1e9)
  }

  /// `P5`, `P97,5` in Danish, `P97.5` in English: the column title.
  static func percentileLabel(_ probability: Double, _ style: NumberStyle) -> String {
    let percent = percent(probability)
    return "P" + style.compact(percent, maximum: 4)
  }

  /// A share as a percentage for display, without the noise of binary
  /// fractions: 0.07 → 7, not 7.000000000000001.
  package static func percent(_ share: Double) -> Double {
    (share * 100 * 1e9).rounded() / 1e9
  }

  // MARK: - JSON

  /// The shape of design §4: `{"scenario", "iterations", "seed", "outputs": {"ward.fte":
  /// {"mean", "sd", "p5", "p50", "p95", …}}, "sensitivity": …}`.
  package func json() -> JSONValue {
    var outputs: [(String, JSONValue)] = []
    for output in result.outputs {
      var members: [(String, JSONValue)] = [
        ("mean", .number(output.mean)), ("sd", .number(output.standardDeviation)),
      ]
      members += output.percentiles.map { (Self.percentileKey($0.probability), .number($0.value)) }
      members.append(("standard_error", .number(output.standardError)))
      if let share = output.probabilityNegative { members.append(("probability_negative", .number(share))) }
      members.append(
        (
          "percentile_intervals",
          .object(
            output.percentiles.map {
              (Self.percentileKey($0.probability), .range($0.interval.lowerBound, $0.interval.upperBound))
            })
        ))
      outputs.append((output.key, .object(members)))
    }
    var document: [(String, JSONValue)] = [
      ("scenario", .string(result.scenario)), ("iterations", .number(Double(result.iterations))),
      ("seed", .whole(result.seed)), ("sampling", .string(result.sampling.rawValue)),
    ]
    if let precision = result.precision { document.append(("precision", .number(precision))) }
    if let reached = result.reachedPrecision { document.append(("reached_precision", .bool(reached))) }
    document += OmittedSolutions.jsonMembers(result.omitted)
    document.append(("outputs", .object(outputs)))
    document.append(("sensitivity", result.sensitivity.map(Self.json) ?? .null))
    return .object(document)
  }

  static func json(_ sensitivity: SensitivityResult) -> JSONValue {
    .object(
      sensitivity.outputs.map { output in
        (
          output.key,
          .object(
            output.entries.map { entry in
              var members: [(String, JSONValue)] = []
              members.append(("first_order", entry.firstOrder.map(JSONValue.number) ?? .null))
              members.append(("total", entry.total.map(JSONValue.number) ?? .null))
              members.append(("rank_correlation", .number(entry.rankCorrelation)))
              members.append(
                ("tornado", .object([("low", .number(entry.tornadoLow)), ("high", .number(entry.tornadoHigh))])))
              if let interval = entry.firstOrderInterval {
                members.append(("first_order_interval", .range(interval.lowerBound, interval.upperBound)))
              }
              if let interval = entry.totalInterval {
                members.append(("total_interval", .range(interval.lowerBound, interval.upperBound)))
              }
              return (entry.input, .object(members))
            })
        )
      })
  }

  // MARK: - CSV

  func csv() -> String {
    let percentileColumns = result.outputs.first?.percentiles.map { Self.percentileKey($0.probability) } ?? []
    var table = Table(
      columns: (["output", "mean", "sd", "standard_error"] + percentileColumns).map { Table.Column($0) })
    for output in result.outputs {
      table.append(
        [
          output.key, PlainNumber.text(output.mean), PlainNumber.text(output.standardDeviation),
          PlainNumber.text(output.standardError),
        ] + output.percentiles.map { PlainNumber.text($0.value) })
    }
    return table.csv()
  }

  // MARK: - Text and Markdown

  /// Scale and decimals for an output key: årsværk as they are, kroner in millions.
  static func scale(_ key: String) -> (scale: Double, decimals: Int) {
    key.hasSuffix(".fte") ? (1, 1) : (1e6, 2)
  }

  func humanReadable(_ format: ReportFormat, _ style: NumberStyle) -> String {
    let language = style.language
    let percentiles = result.outputs.first?.percentiles.map { Self.percentileLabel($0.probability, style) } ?? []
    var table = Table(
      columns: [Table.Column(language.pick("Resultat", "Output")), Table.Column(language.pick("Enhed", "Unit"))]
        + [language.pick("Middel", "Mean"), "±", language.pick("Sd", "SD")].map { Table.Column($0, .right) }
        + percentiles.map { Table.Column($0, .right) })
    for output in result.outputs {
      let (scale, decimals) = Self.scale(output.key)
      table.append(
        [output.key, output.key.hasSuffix(".fte") ? language.pick("årsværk", "FTE") : style.millionKroner]
          + [output.mean, output.marginOfError, output.standardDeviation].map {
            style.number($0 / scale, decimals: decimals)
          }
          + output.percentiles.map { style.number($0.value / scale, decimals: decimals) })
    }
    let heading = language.pick("Monte Carlo-simulering", "Monte Carlo simulation") + ": \(result.scenario)"
    var settings = language.pick(
      "\(style.number(Double(result.iterations), decimals: 0)) iterationer, frø \(result.seed), \(result.sampling == .lhs ? "latinsk hyperkube" : "uafhængige træk")",
      "\(style.number(Double(result.iterations), decimals: 0)) iterations, seed \(result.seed), \(result.sampling == .lhs ? "Latin hypercube" : "independent draws")"
    )
    if let precision = result.precision, let reached = result.reachedPrecision {
      let percent = Self.percent(precision)
      let share = style.compact(percent, maximum: 4) + " %"
      settings +=
        reached
        ? language.pick("; præcision \(share) nået", "; precision \(share) reached")
        : language.pick(
          "; præcision \(share) IKKE nået (hæv --iterations)", "; precision \(share) NOT reached (raise --iterations)")
    }
    let z = style.number(Moments.z95, decimals: 2)
    let legend = language.pick(
      "± er 95 %-usikkerheden på middelværdien fra simuleringen selv (\(z) × standardfejl).",
      "± is the 95 % Monte Carlo uncertainty of the mean (\(z) × standard error).")
    let omitted = OmittedSolutions.paragraph(result.omitted, language, markdown: format == .markdown)
    var text =
      format == .markdown
      ? "## \(heading.singleLine)\n\n\(settings)\n\n" + omitted + table.markdown()
      : "\(heading)\n\(settings)\n" + omitted + "\n" + table.text()
    text += (format == .markdown ? "\n" : "") + legend + "\n"
    if let total = result.output("total.fte") {
      let title = language.pick("Fordeling af frigjorte årsværk i alt", "Distribution of total freed FTE")
      text += format == .markdown ? "\n### \(title)\n\n```\n" : "\n\(title)\n"
      text += TextHistogram.render(total, style: style)
      text += format == .markdown ? "```\n" : ""
    }
    if let sensitivity = result.sensitivity, let total = sensitivity.outputs.first(where: { $0.key == "total.fte" }) {
      text += "\n" + drivers(total, sensitivity: sensitivity, format: format, style: style)
    }
    text += businessCase(format, style)
    return text
  }

  /// The net present values of a business case: percentiles and the
  /// probability that the NPV is negative.
  func businessCase(_ format: ReportFormat, _ style: NumberStyle) -> String {
    let outputs = result.outputs.filter { $0.probabilityNegative != nil }
    guard !outputs.isEmpty else { return "" }
    let language = style.language
    let percentiles = outputs[0].percentiles.map { Self.percentileLabel($0.probability, style) }
    var table = Table(
      columns: [Table.Column(language.pick("Nutidsværdi (NPV)", "Net present value (NPV)"))]
        + ([language.pick("Middel", "Mean")] + percentiles).map {
          Table.Column($0 + ", " + style.millionKroner, .right)
        }
        + [Table.Column(language.pick("P(NPV < 0)", "P(NPV < 0)"), .right)])
    for output in outputs {
      table.append(
        [output.key, style.number(output.mean / 1e6, decimals: 1)]
          + output.percentiles.map { style.number($0.value / 1e6, decimals: 1) }
          + [style.percent(output.probabilityNegative ?? 0, maximum: 1)])
    }
    let title = language.pick(
      "Business case: nutidsværdi over horisonten", "Business case: net present value over the horizon")
    let legend = language.pick(
      "npv_risk_adjusted er efter optimismetillæg og risikopulje. Detaljer: workforce grant.",
      "npv_risk_adjusted is after the optimism bias and the risk pool. Details: workforce grant.")
    return format == .markdown
      ? "\n### \(title)\n\n" + table.markdown() + "\n" + legend + "\n"
      : "\n\(title)\n" + table.text() + legend + "\n"
  }

  func drivers(
    _ output: (key: String, baseline: Double, entries: [SensitivityResult.Entry]), sensitivity: SensitivityResult,
    format: ReportFormat, style: NumberStyle
  ) -> String {
    let language = style.language
    var table = Table(columns: [
      Table.Column(language.pick("Input", "Input")), Table.Column("P5 → ", .right), Table.Column("P95 →", .right),
      Table.Column(language.pick("Udsving", "Swing"), .right), Table.Column("Spearman", .right),
      Table.Column("S₁", .right), Table.Column("Sₜ", .right),
    ])
    // Inputs that cannot move the output (another solution's) are left out.
    for entry in output.entries.filter({ $0.swing > 0 }).prefix(10) {
      table.append([
        entry.input, style.number(entry.tornadoLow, decimals: 1), style.number(entry.tornadoHigh, decimals: 1),
        style.number(entry.swing, decimals: 1), style.number(entry.rankCorrelation, decimals: 2),
        entry.firstOrder.map { style.number($0, decimals: 2) } ?? "–",
        entry.total.map { style.number($0, decimals: 2) } ?? "–",
      ])
    }
    let title = language.pick(
      "Største drivere af frigjorte årsværk i alt (tornado: input ved P5/P95, øvrige ved deres median; alle ved "
        + "medianen giver \(style.number(output.baseline, decimals: 1)))",
      "Largest drivers of total freed FTE (tornado: input at P5/P95, the others at their medians; all at their "
        + "medians give \(style.number(output.baseline, decimals: 1)))")
    return format == .markdown ? "### \(title)\n\n" + table.markdown() : title + "\n" + table.text()
  }
}

/// A small text histogram of a simulated output, with P5, P50 and P95 marked.
enum TextHistogram {
  static func render(_ output: SimulationResult.Output, style: NumberStyle, rows: Int = 16, width: Int = 48) -> String {
    let histogram = output.histogram
    let low = histogram.quantile(0.001)
    let high = histogram.quantile(0.999)
    guard high > low, histogram.count > 0 else { return "" }
    let step = (high - low) / Double(rows)
    var counts = [Int](repeating: 0, count: rows)
    for (index, count) in histogram.bins.enumerated() where count > 0 {
      let center = histogram.lower + (Double(index) + 0.5) * histogram.binWidth
      let row = Int((center - low) / step)
      if row >= 0 && row < rows { counts[row] += Int(count) }
    }
    let largest = max(1, counts.max() ?? 1)
    let marks = output.percentiles.map { ($0.value, SimulationReport.percentileLabel($0.probability, style)) }
    var text = ""
    for row in 0..<rows {
      let from = low + Double(row) * step
      let bar = String(repeating: "█", count: Int((Double(counts[row]) / Double(largest) * Double(width)).rounded()))
      let labels = marks.filter { $0.0 >= from && $0.0 < from + step }.map(\.1)
      let label = style.number(from, decimals: 1)
      text +=
        String(repeating: " ", count: max(0, 8 - label.count)) + label + " │" + bar
        + (labels.isEmpty ? "" : "  ◀ " + labels.joined(separator: ", ")) + "\n"
    }
    return text
  }
}
