/// What a formula solution knows about its inputs and intermediates without
/// being told: their domain and unit, from their names.
///
/// - An input or intermediate with the name of a built-in model's input or
///   intermediate (`admissions`, `hours_per_fte`, `patient_days`) gets that
///   one's spec: the same domain check, unit and labels. A formula solution
///   that re-expresses a built-in model therefore behaves exactly like it.
/// - Otherwise the words of the name (split at `_`) decide — only those before
///   `per`/`pr` when the name has one, since `wage_per_clinician_hour` is a
///   wage and `minutes_saved_per_patient_day` are minutes — first match wins:
///   `share`, `percent`, `pct`, `fraction` → a share in [0, 1];
///   `minutes`, `hours`, `days` → that duration; `fte`, `årsværk` → årsværk;
///   `price`, `cost`, `licence`, `tender`, `salary`, `budget`, `management`,
///   `development`, `kroner`, … → kroner; anything else → a count.
///   Every input except a share must be ≥ 0.
package enum FormulaUnits {
  /// The spec of a formula solution's input called `name`.
  package static func inputSpec(named name: String) -> InputSpec {
    if let spec = builtInInputs[name] { return spec }
    let unit = unit(fromWordsOf: name)
    let label = name.replacingOccurrences(of: "_", with: " ")
    return InputSpec(name, unit == .share ? .share : .nonNegative, unit, da: label, en: label)
  }

  /// The unit of an intermediate called `name`.
  package static func intermediateUnit(named name: String) -> InputSpec.Unit {
    builtInIntermediates[name] ?? builtInInputs[name]?.unit ?? unit(fromWordsOf: name)
  }

  /// The unit the words of `name` suggest; a count when none does.
  static func unit(fromWordsOf name: String) -> InputSpec.Unit {
    var all = name.lowercased().split(whereSeparator: { $0 == "_" || $0 == "-" }).map(String.init)
    if let per = all.firstIndex(where: { $0 == "per" || $0 == "pr" }), per > 0 { all = Array(all[..<per]) }
    let words = Set(all)
    for (unit, vocabulary) in vocabularies where !words.isDisjoint(with: vocabulary) {
      return unit
    }
    return .count
  }

  /// The words that give a unit, in the order they are tried.
  static let vocabularies: [(InputSpec.Unit, Set<String>)] = [
    (.share, ["share", "shares", "percent", "percentage", "pct", "fraction", "andel"]),
    (.minutes, ["minutes", "minute", "min", "minutter"]),
    (.hours, ["hours", "hour", "timer"]),
    (.days, ["days", "day", "døgn", "dage"]),
    (.fte, ["fte", "årsværk", "aarsvaerk"]),
    (
      .kroner,
      [
        "price", "prices", "cost", "costs", "licence", "licences", "license", "licenses", "tender", "salary",
        "salaries", "wage", "wages", "budget", "management", "development", "investment", "fee", "fees",
        "kroner", "kr", "dkk", "pris", "udgift", "udgifter", "løn",
      ]
    ),
  ]

  /// The inputs of the built-in models by name (the first model's spec where
  /// two models share a name; they agree on domain and unit).
  static let builtInInputs: [String: InputSpec] = {
    var specs: [String: InputSpec] = [:]
    for model in ModelCatalog.builtIn {
      for spec in model.inputs where specs[spec.name] == nil { specs[spec.name] = spec }
    }
    return specs
  }()

  /// The intermediates of the built-in models and their units, read off an
  /// evaluation of each model.
  static let builtInIntermediates: [String: InputSpec.Unit] = {
    var units: [String: InputSpec.Unit] = [:]
    for model in ModelCatalog.builtIn {
      let outputs = model.evaluate(model.inputs.map { _ in Interval(constant: 1) })
      for detail in outputs.details where units[detail.name] == nil { units[detail.name] = detail.unit }
    }
    return units
  }()
}
