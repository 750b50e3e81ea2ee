import WorkforceModel

/// The grant or the own contribution split across the regions.
extension GrantReport {
  /// The grant or the own contribution of each solution, split by the regional key.
  package func regionsTable(grant: Bool) -> ReportTable {
    var table = ReportTable(
      id: grant ? "regions_grant" : "regions_own",
      sheet: grant
        ? language.pick("Tilskud pr. region", "Grant by region")
        : language.pick("Egenfin. pr. region", "Own by region"),
      title: grant
        ? language.pick("Tilskud fordelt på regioner (kr.)", "Grant split across the regions (DKK)")
        : language.pick(
          "Egenfinansiering fordelt på regioner (kr.)", "Own contribution split across the regions (DKK)"),
      columns: [.init(language.pick("Løsning", "Solution"), .left)] + application.regions.map { .init($0) }
        + [.init(language.pick("I alt", "Total"))])
    for line in application.lines {
      let parts = grant ? line.grantByRegion : line.ownByRegion
      table.append(
        [.text(name(line))] + parts.map { .number(Double($0), .kroner) }
          + [.number(Double(grant ? line.grant : line.ownContribution), .kroner)])
    }
    let totals = grant ? application.totalGrantByRegion : application.totalOwnByRegion
    table.append(
      [.text(language.pick("I alt", "Total"))] + totals.map { .number(Double($0), .kroner) }
        + [.number(Double(grant ? application.totalGrant : application.totalOwnContribution), .kroner)])
    let style = NumberStyle(language)
    let total = settings.totalWeight
    let key = settings.regionalKey.map { "\($0.name) \(style.compact($0.weight))/\(style.compact(total))" }.joined(
      separator: ", ")
    table.notes = [
      language.pick("Fordelingsnøgle: \(key)", "Key: \(key)")
        + (settings.regionalKeySource.map { " (\(Self.clause($0)))" } ?? "") + ".",
      language.pick(
        "Hele kroner efter største-rest-metoden: hver region får sin andel rundet ned, og de resterende kroner går til de største rester, så rækkerne summerer præcist.",
        "Whole kroner by the largest-remainder method: each region gets its share rounded down and the kroner left go to the largest remainders, so every row adds up exactly."
      ),
    ]
    return table
  }
}
