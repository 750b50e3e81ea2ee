import WorkforceModel

/// The portfolio that frees the most årsværk within the pool.
extension GrantReport {
  /// The selected portfolio, the pool and what remains of it.
  package func portfolioTable() -> ReportTable {
    var table = ReportTable(
      id: "portfolio", sheet: language.pick("Portefølje", "Portfolio"),
      title: language.pick(
        "Porteføljen, der frigør flest årsværk inden for puljen",
        "The portfolio that frees the most FTE within the pool"),
      columns: [
        .init(language.pick("Løsning", "Solution"), .left), .init(language.pick("Tilskud, kr.", "Grant, DKK")),
        .init(language.pick("Frigjorte årsværk (grundlag)", "Freed FTE (basis)")),
        .init(language.pick("Frigjorte årsværk pr. år", "Freed FTE per year"), range: true),
      ])
    for line in application.selectedLines {
      table.append([
        .text(name(line)), .number(Double(line.grant), .kroner), .number(line.fteBasis, .fte), .range(line.fte, .fte),
      ])
    }
    table.append([
      .text(language.pick("Valgt i alt", "Selected, total")), .number(Double(application.selection.cost), .kroner),
      .number(application.selection.value, .fte), .range(application.selectedFTE, .fte),
    ])
    table.append([
      .text(language.pick("Puljen", "The pool")), .number(Double(application.pool), .kroner), .empty, .empty,
    ])
    table.append([
      .text(language.pick("Tilbage af puljen", "Left in the pool")),
      .number(Double(application.remainingPool), .kroner),
      .empty, .empty,
    ])
    let left = application.lines.indices.filter { !application.selection.indices.contains($0) }.map {
      name(application.lines[$0])
    }
    table.notes = [
      language.pick(
        "Eksakt optimering (gren og grænse) over \(application.lines.count) ansøgte løsninger: flest frigjorte årsværk (grundlag: \(GrantReport.fteBasisText(settings.basis, language))) med samlet tilskud inden for puljen; ved lige mange årsværk vælges den billigste.",
        "Exact optimisation (branch and bound) over \(application.lines.count) solutions: the most freed FTE (basis: \(GrantReport.fteBasisText(settings.basis, language))) with the total grant within the pool; equal FTE go to the cheaper selection."
      ),
      language.pick("Puljen: \(source(settings.pool)).", "The pool: \(source(settings.pool))."),
    ]
    if !left.isEmpty {
      table.notes.append(language.pick("Ikke valgt: ", "Not selected: ") + left.joined(separator: "; ") + ".")
    }
    return table
  }

  static func fteBasisText(_ basis: GrantSettings.Basis, _ language: Language) -> String {
    switch basis {
    case .prudent: language.pick("lav ende", "low end")
    case .central: language.pick("midtpunkt", "midpoint")
    case .optimistic: language.pick("høj ende", "high end")
    }
  }
}
