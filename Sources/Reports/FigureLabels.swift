import WorkforceModel

/// Column and figure labels shared by the reports.
enum FigureLabels {
  static func title(_ figure: Figure, _ language: Language) -> String {
    switch figure {
    case .fte: language.pick("Årsværk pr. år", "FTE per year")
    case .projectCost: language.pick("Projekt, mio. kr.", "Project, m DKK")
    case .operatingCost: language.pick("Drift, mio. kr./år", "Operating, m DKK/yr")
    }
  }

  /// A figure's value for a table cell: årsværk with one decimal, kroner in millions.
  static func cell(_ value: Interval, _ figure: Figure, _ style: NumberStyle) -> String {
    figure == .fte ? style.range(value, decimals: 1) : style.range(value, decimals: 1, scale: 1e6)
  }

  /// A published value as printed in the report: as few decimals as it has.
  static func publishedCell(_ value: Interval, _ figure: Figure, _ style: NumberStyle) -> String {
    figure == .fte ? style.compactRange(value, maximum: 1) : style.compactRange(value, scale: 1e6, maximum: 2)
  }

  /// A name used in `published:` (figure, intermediate or input) in readable form.
  static func name(_ name: String, _ language: Language) -> String {
    guard let figure = Figure(rawValue: name) else { return name }
    switch figure {
    case .fte: return language.pick("årsværk", "FTE")
    case .projectCost: return language.pick("projektomkostninger", "project cost")
    case .operatingCost: return language.pick("driftsomkostninger", "operating cost")
    }
  }

  /// A value of any publishable name with a fitting unit (`unit`: the name's
  /// own, from ``PublishedCheck/Row/unit`` or the model's intermediates).
  static func anyValue(_ value: Interval, name: String, unit: InputSpec.Unit?, _ style: NumberStyle) -> String {
    if let figure = Figure(rawValue: name) {
      return figure == .fte
        ? style.compactRange(value, maximum: 2)
        : style.compactRange(value, scale: 1e6, maximum: 3) + " " + style.millionKroner
    }
    return style.quantity(value, unit: unit)
  }

  /// A rounding unit in the unit of the figure it rounds, for `check`'s verdict:
  /// `10 årsværk`, `1 mio. kr.`, `10.000 kr.`, `1 min.`, `1 %`, or a plain
  /// `1.000.000` for a count such as `registrations`.
  static func roundingUnit(_ unit: Double, in figureUnit: InputSpec.Unit?, _ style: NumberStyle) -> String {
    let language = style.language
    let number = style.compact(unit, maximum: 6)
    switch figureUnit {
    case .kroner:
      return unit >= 1e5
        ? style.compact(unit / 1e6, maximum: 6) + " " + style.millionKroner
        : number + " " + language.pick("kr.", "DKK")
    case .fte: return number + " " + language.pick("årsværk", "FTE")
    case .minutes: return number + " min."
    case .days: return number + " " + language.pick("døgn", "days")
    case .hours: return number + " " + language.pick("timer", "hours")
    case .share: return style.percent(unit, maximum: 6)
    case .count, nil: return number
    }
  }
}
