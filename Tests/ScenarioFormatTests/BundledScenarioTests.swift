import Diagnostics
import ScenarioFormat
import Testing
import WorkforceModel

/// The scenarios shipped in `Scenarios/` load and hold what they say they hold.
@Suite("Bundled scenarios")
struct BundledScenarioTests {
  static let solutionIDs = ["ward", "migo", "dermloop", "mammography", "rpa"]

  @Test func published() throws {
    let scenario = try ScenarioLoader().load(bundled("published.yaml"))
    #expect(scenario.id == "published")
    #expect(scenario.solutions.map(\.id) == Self.solutionIDs)
    #expect(scenario.solutions.map(\.model.id) == Self.solutionIDs)
    // ward 7 + hours, migo 6, dermloop 6, mammography 7 + hours, rpa 8 + hours.
    #expect(scenario.solutions.map(\.arguments.count) == [8, 6, 6, 8, 9])
    #expect(scenario.solutions.reduce(0) { $0 + $1.arguments.count } == 37)
    #expect(scenario.solutions.flatMap(\.arguments).allSatisfy { $0.source != nil })
    #expect(scenario.assumptions.map(\.name) == ["hours_per_fte"])
    for id in ["ward", "mammography", "rpa"] {
      let hours = try #require(scenario.solution(id)?.argument(named: "hours_per_fte"))
      #expect(hours.quantity == .point(1450))
      #expect(hours.origin == .assumption)
    }
    let ward = try #require(scenario.solution("ward"))
    #expect(ward.category == .optimisation)
    #expect(ward.staff == ["sygeplejersker"])
    #expect(
      ward.arguments.map(\.quantity) == [
        .point(13.25), .point(725_000), .point(0.25), .point(4), .range(low: 75, high: 125),
        .range(low: 20_000_000, high: 25_000_000), .point(2_000_000), .point(1450),
      ])
    #expect(
      ward.published.map(\.name) == [
        "fte", "project_cost", "project_cost", "operating_cost", "patient_days", "minutes_saved_per_patient_day",
      ])
    #expect(ward.published.map(\.rounding) == [nil, nil, nil, 5_000_000, nil, nil])
    #expect(ward.notes.count == 2)
    let rpa = try #require(scenario.solution("rpa"))
    #expect(try #require(rpa.argument(named: "minutes_per_field")).quantity == .point(0.65))
    #expect(try #require(rpa.argument(named: "development")).quantity == .range(low: 5_000_000, high: 8_000_000))
  }

  @Test func uncertain() throws {
    let scenario = try ScenarioLoader().load(bundled("uncertain.yaml"))
    #expect(scenario.id == "uncertain")
    #expect(scenario.solutions.map(\.id) == Self.solutionIDs)
    let arguments = scenario.solutions.flatMap(\.arguments)
    #expect(arguments.filter(\.quantity.isUncertain).count == 34)
    let fixed = arguments.filter { !$0.quantity.isUncertain }
    #expect(fixed.map(\.name) == ["hours_per_fte", "hours_per_fte", "hours_per_fte"])
    #expect(fixed.allSatisfy { $0.quantity == .point(1450) && $0.origin == .assumption })
    #expect(arguments.filter(\.quantity.isUncertain).allSatisfy { $0.quantity.distributionName == "pert" })
    let ward = try #require(scenario.solution("ward"))
    #expect(try #require(ward.argument(named: "share")).quantity == .pert(min: 0.2, mode: 0.25, max: 0.3))
    #expect(
      try #require(ward.argument(named: "admissions")).quantity
        == .pert(min: 580_000, mode: 725_000, max: 870_000))
  }

  /// The inputs each variant changes, and their new values.
  static let variants: [(file: String, id: String, changed: [String: Quantity], sourcePrefix: String)] = [
    (
      "pessimistic.yaml", "pessimistic",
      [
        "dermloop.dermatology_fte": .point(37.6),
        "dermloop.plastic_surgery_fte": .range(low: 2.4, high: 4),
        "dermloop.pathology_fte": .point(34.4),
        "migo.time_saving_share": .range(low: 0.09, high: 0.12),
        "rpa.reports_per_year": .range(low: 225_000, high: 450_000),
        "rpa.development": .point(8_000_000),
      ],
      "Antagelse (forsigtigt skøn): "
    ),
    (
      "optimistic.yaml", "optimistic",
      [
        "mammography.minutes_per_read": .range(low: 1, high: 3),
        "rpa.minutes_per_field": .range(low: 0.65, high: 0.69),
        "migo.time_saving_share": .range(low: 0.12, high: 0.13),
      ],
      "Antagelse (optimistisk skøn): "
    ),
  ]

  @Test("variants change their inputs and inherit the rest, published figures per solution", arguments: variants)
  func variant(_ file: String, _ id: String, _ changed: [String: Quantity], _ sourcePrefix: String) throws {
    let published = try ScenarioLoader().load(bundled("published.yaml"))
    let scenario = try ScenarioLoader().load(bundled(file))
    #expect(scenario.id == id)
    #expect(scenario.solutions.map(\.id) == Self.solutionIDs)
    let changedSolutions = Set(changed.keys.map { $0.prefix { $0 != "." } })
    var seen = 0
    for solution in scenario.solutions {
      let original = try #require(published.solution(solution.id))
      if changedSolutions.contains(solution.id[...]) {
        // A changed solution gives its own `published:`: only figures of the report
        // that its changes leave as they are, restated without the base's reasons.
        for figure in solution.published {
          let name = "\(solution.id).\(figure.name)"
          #expect(figure.location.file == bundled(file), "\(name)")
          #expect(figure.discrepancy == nil, "\(name)")
          #expect(
            original.published.contains {
              $0.name == figure.name && $0.value == figure.value && $0.rounding == figure.rounding
            }, "\(name) is a figure of the report")
          #expect(
            solution.computedValue(named: figure.name) == original.computedValue(named: figure.name),
            "\(name) does not rest on a changed input")
        }
      } else {
        #expect(solution.published == original.published)
      }
      #expect(solution.title == original.title)
      for argument in solution.arguments {
        let before = try #require(original.argument(named: argument.name))
        if let quantity = changed["\(solution.id).\(argument.name)"] {
          seen += 1
          #expect(argument.quantity == quantity, "\(solution.id).\(argument.name)")
          #expect(argument.source?.hasPrefix(sourcePrefix) == true, "\(solution.id).\(argument.name)")
          #expect(argument.location.file == bundled(file))
        } else {
          #expect(argument == before, "\(solution.id).\(argument.name) is inherited unchanged")
        }
      }
    }
    #expect(seen == changed.count)
  }
}
