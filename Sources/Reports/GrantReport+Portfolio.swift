import BusinessCase
import WorkforceModel

/// The portfolio that frees the most årsværk within the pool.
extension GrantReport {
  /// The selected portfolio, the pool and what remains of it.
  package func portfolioTable() -> ReportTable {
    var table = ReportTable(
      id: "portfolio", sheet: language.pick("Portefølje", "Portfolio"),
      title: settings.regionsShare == nil
        ? language.pick(
          "Porteføljen, der frigør flest årsværk inden for puljen",
          "The portfolio that frees the most FTE within the pool")
        : language.pick(
          "Porteføljen, der frigør flest årsværk inden for regionernes del af puljen",
          "The portfolio that frees the most FTE within the regions' part of the pool"),
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
    let style = NumberStyle(language)
    table.append([
      .text(language.pick("Puljen", "The pool")), .number(Double(application.pool), .kroner), .empty, .empty,
    ])
    if let share = settings.regionsShare {
      let range = share.quantity.deterministicRange
      let shareText = style.quantity(range, unit: .share)
      table.append([
        .text(
          language.pick(
            "Regionernes del (antagelse: \(shareText); \(GrantReport.fteBasisText(settings.basis, language)))",
            "The regions' part (assumption: \(shareText); \(GrantReport.fteBasisText(settings.basis, language)))")),
        .number(Double(application.available), .kroner), .empty, .empty,
      ])
    }
    table.append([
      .text(
        settings.regionsShare == nil
          ? language.pick("Tilbage af puljen", "Left in the pool")
          : language.pick("Tilbage af regionernes del", "Left of the regions' part")),
      .number(Double(application.remainingPool), .kroner),
      .empty, .empty,
    ])
    let left = application.lines.indices.filter { !application.selection.indices.contains($0) }.map {
      name(application.lines[$0])
    }
    table.notes = [
      language.pick(
        "Eksakt optimering (gren og grænse) over \(application.lines.count) ansøgte løsninger: flest frigjorte årsværk (grundlag: \(GrantReport.fteBasisText(settings.basis, language))) med samlet tilskud inden for \(settings.regionsShare == nil ? "puljen" : "regionernes del af puljen"); ved lige mange årsværk vælges den billigste.",
        "Exact optimisation (branch and bound) over \(application.lines.count) solutions: the most freed FTE (basis: \(GrantReport.fteBasisText(settings.basis, language))) with the total grant within \(settings.regionsShare == nil ? "the pool" : "the regions' part of the pool"); equal FTE go to the cheaper selection."
      ),
      language.pick("Puljen: \(source(settings.pool)).", "The pool: \(source(settings.pool))."),
    ]
    if let share = settings.regionsShare {
      table.notes.append(
        language.pick(
          "Regionernes del af puljen: \(source(share)).", "The regions' part of the pool: \(source(share))."))
      if let ends = application.selectionAtEnds, let amounts = application.availableRange {
        func describe(_ selection: PortfolioOptimizer.Selection, _ amount: Int) -> String {
          let names = selection.indices.map { name(application.lines[$0]) }
          let chosen = names.isEmpty ? language.pick("ingen", "none") : names.joined(separator: " + ")
          return "\(style.number(Double(amount), decimals: 0)) kr.: \(chosen) ("
            + language.pick("tilskud", "grant") + " \(style.number(Double(selection.cost), decimals: 0)) kr., "
            + "\(style.number(selection.value, decimals: 1)) " + language.pick("årsværk", "FTE") + ")"
        }
        table.notes.append(
          language.pick("Ved den lave ende, ", "At the low end, ") + describe(ends.low, amounts.low)
            + language.pick("; ved den høje ende, ", "; at the high end, ") + describe(ends.high, amounts.high) + ".")
      }
    } else {
      table.notes.append(
        language.pick(
          "Antagelse: hele puljen står til rådighed for ansøgningerne. Puljen fordeles mellem staten, kommunerne og regionerne (PA 2023, Indledning), så regionernes del er mindre: angiv 'regions_share:' under 'grant:'.",
          "Assumption: the whole pool is available to the applications. The pool is shared between the state, the municipalities and the regions (PA 2023, Indledning), so the regions' part is smaller: give 'regions_share:' under 'grant:'."
        ))
    }
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
