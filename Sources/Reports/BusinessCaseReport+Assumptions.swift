import WorkforceModel

/// The business case's assumptions and inputs with their sources.
extension BusinessCaseReport {
  /// Every business-case setting and each solution's plan, with its source.
  package func assumptionRows() -> [[ReportTable.Cell]] {
    let style = NumberStyle(language)
    var rows: [[ReportTable.Cell]] = []
    func add(_ parameter: String, _ value: String, _ source: String?) {
      rows.append([
        .text(parameter), .text(value), .text(source ?? language.pick("(ingen kilde angivet)", "(no source given)")),
      ])
    }
    add(language.pick("Startår (år 0)", "Start year (year 0)"), "\(firstYear)", settings.startYear.source)
    add(
      language.pick("Horisont", "Horizon"),
      "\(settings.horizon.value) " + language.pick("år", "years") + " (\(firstYear)–\(lastYear))",
      settings.horizon.source)
    add(language.pick("Diskonteringsrente (real)", "Discount rate (real)"), rateText(), settings.discountRate.source)
    for input in settings.valuePerFTE {
      add(
        language.pick("Værdi pr. frigjort årsværk: ", "Value per freed FTE: ") + input.name,
        style.quantity(input.quantity.deterministicRange, unit: .kroner) + language.pick(" pr. år", " per year"),
        input.source)
    }
    if let bias = settings.optimismBias {
      if let input = bias.projectCost {
        add(
          language.pick("Optimismetillæg, projektomkostning", "Optimism bias, project cost"),
          style.quantity(input.quantity.deterministicRange, unit: .share), input.source)
      }
      if let input = bias.duration {
        add(
          language.pick("Optimismetillæg, varighed", "Optimism bias, duration"),
          style.quantity(input.quantity.deterministicRange, unit: .share), input.source)
      }
    }
    for solution in scenario.solutions {
      guard let plan = settings.plans[solution.id] else { continue }
      let id = solution.id
      add(
        "\(id): " + language.pick("implementeringsår", "implementation years"), "\(plan.implementationYears.value)",
        plan.implementationYears.source)
      add(
        "\(id): " + language.pick("indfasning", "ramp-up"),
        plan.rampUp.value.map { style.percent($0, maximum: 1) }.joined(separator: ", "), plan.rampUp.source)
      add(
        "\(id): " + language.pick("fordeling af projektomkostning", "project cost spread"),
        plan.projectCostSpread.value.map { style.percent($0, maximum: 1) }.joined(separator: ", "),
        plan.projectCostSpread.source)
      add(
        "\(id): " + language.pick("faggrupper", "staff groups"),
        plan.staffShares.value.map { "\($0.group) \(style.percent($0.share, maximum: 1))" }.joined(separator: ", "),
        plan.staffShares.source)
      for (number, risk) in plan.risks.enumerated() {
        let p = style.quantity(risk.probability.quantity.deterministicRange, unit: .share)
        let c = style.quantity(risk.consequence.quantity.deterministicRange, unit: .kroner)
        let sources = [
          risk.source, risk.probability.source.map { "p: \($0)" }, risk.consequence.source.map { "k: \($0)" },
        ]
        .compactMap { $0 }.joined(separator: " · ")
        add(
          "\(id): " + language.pick("risiko \(number + 1)", "risk \(number + 1)") + " – \(risk.text)", "\(p) × \(c)",
          sources)
      }
    }
    return rows
  }

  /// The inputs of every solution's model: value and source.
  package func inputsTable() -> ReportTable {
    let style = NumberStyle(language)
    var table = ReportTable(
      id: "inputs", sheet: language.pick("Modelinput", "Model inputs"),
      title: language.pick("Bilag: modelinput og kilder", "Appendix: model inputs and sources"),
      columns: [
        .init(language.pick("Løsning", "Solution"), .left), .init("Input", .left),
        .init(language.pick("Værdi", "Value"), .left), .init(language.pick("Kilde", "Source"), .left),
      ])
    for solution in scenario.solutions {
      for (input, spec) in zip(solution.arguments, solution.model.inputs) {
        let label = language == .da ? spec.danish : spec.english
        table.append([
          .text(solution.id), .text("\(label) (\(input.name))"),
          .text(style.quantity(input.quantity.deterministicRange, unit: spec.unit)),
          .text(input.source ?? language.pick("(ingen kilde angivet)", "(no source given)")),
        ])
      }
    }
    table.notes = [
      language.pick(
        "Formlerne med tallene sat ind: workforce explain \(scenario.file).",
        "The formulas with the numbers put in: workforce explain \(scenario.file).")
    ]
    return table
  }
}
