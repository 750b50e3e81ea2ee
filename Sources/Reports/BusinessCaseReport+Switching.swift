import BusinessCase
import WorkforceModel

/// The switching-values table and how its inputs are named.
extension BusinessCaseReport {
  /// For each input, the value at which the NPV is zero, nearest inputs first.
  package func switchingTable() -> ReportTable {
    var table = ReportTable(
      id: "switching", sheet: language.pick("Skifteværdier", "Switching values"),
      title: language.pick(
        "Skifteværdier: den værdi af hvert input, hvor nutidsværdien bliver 0 (øvrige input centrale)",
        "Switching values: the value of each input at which the NPV is zero (other inputs central)"),
      columns: [
        .init(language.pick("Løsning", "Solution"), .left), .init("Input", .left),
        .init(language.pick("Central værdi", "Central value")), .init(language.pick("Skifteværdi", "Switching value")),
        .init(language.pick("Ændring", "Change")),
      ])
    let scopes = analysis.solutions.map(\.id) + ["total"]
    var withoutValue: [String] = []
    for scope in scopes {
      let values = analysis.switchingValues.filter { $0.scope == scope }.sorted { a, b in
        let x = a.change.map(abs) ?? .infinity
        let y = b.change.map(abs) ?? .infinity
        return x != y ? x < y : a.key < b.key
      }
      for value in values {
        guard let switching = value.value else {
          if scope != "total" {
            let name: String
            if case .sharedValuePerFTE = value.key {
              name = "value_per_fte." + value.input.name
            } else {
              name = value.input.name
            }
            withoutValue.append("\(scope).\(name)")
          }
          continue
        }
        let format = Self.format(value.unit)
        table.append([
          .text(scope == "total" ? name(scope) : scope), .text(inputName(value, scope: scope)),
          .number(value.central, format), .number(switching, format), .optional(value.change, .percent(decimals: 1)),
        ])
      }
    }
    table.notes = [
      language.pick(
        "Ændring er i forhold til den centrale værdi. Skanningen går fra inputtets nedre grænse til 100 × den centrale værdi.",
        "Change is relative to the central value. The scan runs from the input's lower bound to 100 × the central value."
      )
    ]
    if !withoutValue.isEmpty {
      table.notes.append(
        language.pick(
          "Uden skifteværdi (nutidsværdien skifter ikke fortegn): ", "No switching value (the NPV keeps its sign): ")
          + withoutValue.joined(separator: ", ") + ".")
    }
    return table
  }

  /// `ward: Driftsudgift pr. patient pr. døgn (price_per_patient_day)`.
  func inputName(_ value: SwitchingValue, scope: String) -> String {
    // In the portfolio, an input of one solution is named with its solution.
    let owner = scope == Solution.totalID ? value.key.solution.map { $0 + ": " } ?? "" : ""
    return owner + inputLabel(value)
  }

  func inputLabel(_ value: SwitchingValue) -> String {
    let shared: Bool
    switch value.key {
    case .sharedValuePerFTE: return language.pick("Værdi pr. årsværk, ", "Value per FTE, ") + value.input.name
    case .valuePerFTE: return language.pick("Værdi pr. årsværk", "Value per FTE")
    case .assumption: shared = true
    case .input, .optimismBias, .risk: shared = false
    }
    for solution in scenario.solutions {
      if let index = solution.arguments.firstIndex(where: { $0.name == value.input.name }) {
        let spec = solution.model.inputs[index]
        let label = language == .da ? spec.danish : spec.english
        let prefix = shared ? language.pick("Fælles: ", "Shared: ") : ""
        return "\(prefix)\(label) (\(value.input.name))"
      }
    }
    return value.key.name
  }

  static func format(_ unit: InputSpec.Unit) -> ReportTable.Format {
    switch unit {
    case .share: .percent(decimals: 1)
    case .kroner: .kroner
    case .fte: .fte
    default: .compact
    }
  }
}
