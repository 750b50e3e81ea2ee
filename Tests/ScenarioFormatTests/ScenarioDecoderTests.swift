import Diagnostics
import ScenarioFormat
import Testing
import WorkforceModel

/// Keys, models, inputs, domains, published figures, notes and simulation
/// settings, read through `ScenarioLoader.decode`.
@Suite("Scenario decoder")
struct ScenarioDecoderTests {
  // MARK: - Unknown keys, with suggestions

  static let unknownKeys: [(text: String, message: String)] = [
    (
      "solution:\n  ward: {model: ward}\n",
      "f.yaml:1:1: error: unknown key 'solution' in the scenario file; expected one of scenario, title, "
        + "description, only, assumptions, solutions, simulation, notes, business_case, grant, assessment; did you mean 'solutions'?"
    ),
    (
      "scenario: a\ntitel: b\n",
      "f.yaml:2:1: error: unknown key 'titel' in the scenario file; expected one of scenario, title, "
        + "description, only, assumptions, solutions, simulation, notes, business_case, grant, assessment; did you mean 'title'?"
    ),
    (
      "solutions:\n  ward:\n    modle: ward\n",
      "f.yaml:3:5: error: unknown key 'modle' in solution 'ward'; expected one of model, title, description, "
        + "category, staff, inputs, published, notes, formulas, let, business_case, assessment, funding; did you mean 'model'?"
    ),
    (
      "solutions:\n  ward:\n    model: ward\n    input: {}\n",
      "f.yaml:4:5: error: unknown key 'input' in solution 'ward'; expected one of model, title, description, "
        + "category, staff, inputs, published, notes, formulas, let, business_case, assessment, funding; did you mean 'inputs'?"
    ),
    (
      wardWithInput("tender", "{value: 2mio, sorce: x}"),
      "f.yaml:6:29: error: unknown key 'sorce' in input 'tender' of solution 'ward'; expected one of value, "
        + "source, note; did you mean 'source'?"
    ),
    (
      wardWithInput("tender", "{vale: 2mio}"),
      "f.yaml:6:16: error: unknown key 'vale' in input 'tender' of solution 'ward'; expected one of value, "
        + "source, note; did you mean 'value'?"
    ),
    (
      "assumptions:\n  hours_per_fte: {value: 1450, sourc: x}\n",
      "f.yaml:2:32: error: unknown key 'sourc' in input 'hours_per_fte' of assumptions; expected one of "
        + "value, source, note; did you mean 'source'?"
    ),
    (
      fullWard("    published:\n      fte: {value: 110, rouding: 10}"),
      "f.yaml:14:25: error: unknown key 'rouding' in figure 'fte' in 'published' of solution 'ward'; "
        + "expected one of value, source, rounding, discrepancy, bound; did you mean 'rounding'?"
    ),
    (
      fullWard("simulation: {range: pert}"),
      "f.yaml:13:14: error: unknown key 'range' in 'simulation'; expected one of ranges, correlations; "
        + "did you mean 'ranges'?"
    ),
    (
      fullWard("notes:\n  - {txt: a}"),
      "f.yaml:14:6: error: unknown key 'txt' in a note of the scenario; expected one of text, source; "
        + "did you mean 'text'?"
    ),
  ]

  @Test("an unknown key names the mapping and suggests the closest key", arguments: unknownKeys)
  func rejectsUnknownKey(_ text: String, _ message: String) {
    #expect(decodeMessage(text) == message)
  }

  @Test func unknownFigureSuggestsClosest() {
    #expect(
      decodeMessage(fullWard("    published:\n      ftee: 110"))
        == "f.yaml:14:7: error: unknown figure 'ftee' in 'published' of solution 'ward'; expected one of fte, "
        + "project_cost, operating_cost, patient_days, hours_saved, \(wardInputList); did you mean 'fte'?")
  }

  // MARK: - Models and inputs

  @Test func unknownModelSuggestsClosest() {
    #expect(
      decodeMessage("solutions:\n  ward:\n    model: wrd\n")
        == "f.yaml:3:12: error: unknown model 'wrd' in solution 'ward'; expected one of ward, migo, dermloop, "
        + "mammography, rpa, formula; did you mean 'ward'?")
  }

  @Test func missingModel() {
    #expect(
      decodeMessage("solutions:\n  ward:\n    title: x\n")
        == "f.yaml:3:5: error: solution 'ward' has no 'model'; expected model: one of ward, migo, dermloop, "
        + "mammography, rpa, formula")
  }

  @Test func unknownInputSuggestsClosest() {
    let text = fullWard().replacingOccurrences(of: "      share: 25%", with: "      shre: 25%")
    #expect(
      decodeMessage(text)
        == "f.yaml:7:7: error: unknown input 'shre' for solution 'ward' (model ward); expected one of "
        + "\(wardInputList); did you mean 'share'?")
  }

  @Test func missingInputNamesSolutionInputAndModelInputs() {
    let text = fullWard().replacingOccurrences(of: "      share: 25%\n", with: "")
    #expect(
      decodeMessage(text)
        == "f.yaml:2:3: error: solution 'ward' (model ward) has no input 'share', neither under 'inputs' nor "
        + "in 'assumptions'; expected all of \(wardInputList)")
  }

  @Test func inputMissingFromSolutionIsTakenFromAssumptions() throws {
    let scenario = try decode(
      "assumptions:\n  hours_per_fte: {value: 1450, source: \"derived\"}\n"
        + fullWard().replacingOccurrences(of: "      hours_per_fte: 1450\n", with: ""))
    let ward = try #require(scenario.solution("ward"))
    let hours = try #require(ward.argument(named: "hours_per_fte"))
    #expect(hours.quantity == .point(1450))
    #expect(hours.origin == .assumption)
    #expect(hours.source == "derived")
    #expect(hours.location == SourceLocation(file: "f.yaml", line: 2, column: 26))
    #expect(try #require(ward.argument(named: "tender")).origin == .solution)
    #expect(scenario.assumptions.map(\.name) == ["hours_per_fte"])
    #expect(ward.arguments.map(\.name) == wardInputList.components(separatedBy: ", "))
  }

  @Test func solutionInputWinsOverAssumption() throws {
    let scenario = try decode(wardWithInput("tender", "3mio"))
    let tender = try #require(scenario.solution("ward")?.argument(named: "tender"))
    #expect(tender.quantity == .point(3_000_000))
    #expect(tender.origin == .solution)
    #expect(tender.location == SourceLocation(file: "f.yaml", line: 6, column: 15))
  }

  @Test func inputMappingKeepsSource() throws {
    let scenario = try decode(wardWithInput("tender", #"{value: 2mio, source: "PA 2023, WARD"}"#))
    let tender = try #require(scenario.solution("ward")?.argument(named: "tender"))
    #expect(tender.quantity == .point(2_000_000))
    #expect(tender.source == "PA 2023, WARD")
    #expect(tender.location == SourceLocation(file: "f.yaml", line: 6, column: 23))
  }

  @Test func inputMappingWithoutValue() {
    #expect(
      decodeMessage(wardWithInput("tender", "{source: x}"))
        == "f.yaml:6:15: error: input 'tender' of solution 'ward' has no 'value'; expected value: a quantity "
        + "such as 25% or 20mio..25mio")
  }

  // MARK: - Domain checks

  static let domainErrors: [(input: String, value: String, message: String)] = [
    (
      "share", "150%",
      "f.yaml:6:14: error: input 'share' of solution 'ward' is 150%, out of range; expected a share between 0% and 100%"
    ),
    (
      "share", "1.5",
      "f.yaml:6:14: error: input 'share' of solution 'ward' is 150%, out of range; expected a share between 0% and 100%"
    ),
    (
      "share", "20%..120%",
      "f.yaml:6:14: error: input 'share' of solution 'ward' is 20%..120%, out of range; expected a share between 0% and 100%"
    ),
    (
      "admissions", "-1",
      "f.yaml:6:19: error: input 'admissions' of solution 'ward' is -1, out of range; expected a number ≥ 0"
    ),
    (
      "tender", "-1mio..2mio",
      "f.yaml:6:15: error: input 'tender' of solution 'ward' is -1000000..2000000, out of range; expected a number ≥ 0"
    ),
    (
      "tender", "normal(1, 2)",
      "f.yaml:6:15: error: input 'tender' of solution 'ward' is -2.289707254..4.289707254, out of range; "
        + "expected a number ≥ 0"
    ),
    (
      "hours_per_fte", "0",
      "f.yaml:6:22: error: input 'hours_per_fte' of solution 'ward' is 0, out of range; expected a number > 0"
    ),
    (
      "hours_per_fte", "0..1450",
      "f.yaml:6:22: error: input 'hours_per_fte' of solution 'ward' is 0..1450, out of range; expected a number > 0"
    ),
  ]

  @Test("values outside an input's domain are located errors", arguments: domainErrors)
  func rejectsOutOfDomain(_ input: String, _ value: String, _ message: String) {
    #expect(decodeMessage(wardWithInput(input, value)) == message)
  }

  @Test func outOfDomainAssumptionSaysWhereItCameFrom() {
    let text = """
      assumptions:
        hours_per_fte: 0
      \(fullWard().replacingOccurrences(of: "      hours_per_fte: 1450\n", with: ""))
      """
    #expect(
      decodeMessage(text)
        == "f.yaml:2:18: error: input 'hours_per_fte' (from assumptions) of solution 'ward' is 0, out of range; "
        + "expected a number > 0")
  }

  // MARK: - Published figures

  @Test func publishedFigures() throws {
    let scenario = try decode(
      fullWard(
        """
            published:
              fte: 110
              project_cost: 22mio..27mio
              operating_cost: {value: 55mio..90mio, rounding: 5mio, source: "PA 2023"}
              patient_days:
                - 725_000
                - {value: 700k..750k, discrepancy: "the report says patients"}
        """))
    let figures = try #require(scenario.solution("ward")).published
    #expect(figures.map(\.name) == ["fte", "project_cost", "operating_cost", "patient_days", "patient_days"])
    #expect(
      figures.map(\.value) == [
        Interval(110, 110), Interval(22_000_000, 27_000_000), Interval(55_000_000, 90_000_000),
        Interval(725_000, 725_000), Interval(700_000, 750_000),
      ])
    #expect(figures.map(\.rounding) == [nil, nil, 5_000_000, nil, nil])
    #expect(figures.map(\.source) == [nil, nil, "PA 2023", nil, nil])
    #expect(figures.map(\.discrepancy) == [nil, nil, nil, nil, "the report says patients"])
    #expect(
      figures.map(\.location) == [
        SourceLocation(file: "f.yaml", line: 14, column: 12),
        SourceLocation(file: "f.yaml", line: 15, column: 21),
        SourceLocation(file: "f.yaml", line: 16, column: 31),
        SourceLocation(file: "f.yaml", line: 18, column: 11),
        SourceLocation(file: "f.yaml", line: 19, column: 19),
      ])
  }

  static let publishedErrors: [(published: String, message: String)] = [
    (
      "fte: pert(100, 110, 120)",
      "f.yaml:14:12: error: published figure 'fte' is a distribution; expected a number or a range low..high"
    ),
    (
      "fte: {value: 110, rounding: 0}",
      "f.yaml:14:35: error: rounding '0' of figure 'fte'; expected a positive number such as 5mio"
    ),
    (
      "fte: {value: 110, rounding: 1..2}",
      "f.yaml:14:35: error: rounding '1..2' of figure 'fte'; expected a positive number such as 5mio"
    ),
    (
      "fte: {source: x}",
      "f.yaml:14:12: error: figure 'fte' in 'published' of solution 'ward' has no 'value'; expected value: "
        + "the published number or range"
    ),
    (
      "fte: 110 pieces",
      "f.yaml:14:16: error: unknown unit 'pieces'; expected %, k, mio or mia"
    ),
    (
      "[fte, 110]",
      "f.yaml:14:7: error: 'published' of solution 'ward' is a list; expected a mapping of figure names to "
        + "published values, or {} for none"
    ),
  ]

  @Test("published figure errors", arguments: publishedErrors)
  func rejectsPublishedFigure(_ published: String, _ message: String) {
    let text = fullWard("    published:\n      \(published)")
    #expect(decodeMessage(text) == message)
  }

  // MARK: - Notes

  @Test func notesAreTextOrTextWithSource() throws {
    let scenario = try decode(
      fullWard(
        """
            notes:
              - plain remark
              - {text: "with a source", source: "PA 2023, p. 4"}
        notes:
          - {text: whole scenario}
        """))
    let ward = try #require(scenario.solution("ward"))
    #expect(ward.notes.map(\.text) == ["plain remark", "with a source"])
    #expect(ward.notes.map(\.source) == [nil, "PA 2023, p. 4"])
    #expect(ward.notes.map(\.location.line) == [14, 15])
    #expect(scenario.notes.map(\.text) == ["whole scenario"])
  }

  @Test func noteErrors() {
    #expect(
      decodeMessage(fullWard("    notes: just text"))
        == "f.yaml:13:12: error: 'notes' of solution 'ward' is the value 'just text'; expected a list such as [a, b]")
    #expect(
      decodeMessage(fullWard("notes:\n  - {source: x}"))
        == "f.yaml:14:5: error: a note of the scenario has no 'text'; expected text: the remark")
  }

  // MARK: - Simulation settings

  /// The full ward solution with `share` and `length_of_stay_days` uncertain.
  static func uncertainWard(_ simulation: String) -> String {
    fullWard(simulation)
      .replacingOccurrences(of: "share: 25%", with: "share: 20%..30%")
      .replacingOccurrences(of: "length_of_stay_days: 4", with: "length_of_stay_days: pert(3, 4, 6)")
  }

  @Test func simulationRangesAndCorrelations() throws {
    let scenario = try decode(
      Self.uncertainWard(
        "simulation: {ranges: pert, correlations: [[ward.share, ward.length_of_stay_days, 0.5]]}"))
    #expect(scenario.simulation.ranges == .pert)
    let correlation = try #require(scenario.simulation.correlations.first)
    #expect(scenario.simulation.correlations.count == 1)
    #expect(correlation.first == InputReference(solution: "ward", input: "share"))
    #expect(correlation.second == InputReference(solution: "ward", input: "length_of_stay_days"))
    #expect(correlation.coefficient == 0.5)
    #expect(correlation.location == SourceLocation(file: "f.yaml", line: 13, column: 43))
  }

  @Test func simulationDefaultsToUniformRanges() throws {
    let scenario = try decode(fullWard())
    #expect(scenario.simulation.ranges == .uniform)
    #expect(scenario.simulation.correlations.isEmpty)
  }

  static let simulationErrors: [(simulation: String, message: String)] = [
    (
      "simulation: {ranges: pret}",
      "f.yaml:13:22: error: unknown range shape 'pret'; expected one of uniform, pert; did you mean 'pert'?"
    ),
    (
      "simulation: {correlations: [[wrd.share, ward.length_of_stay_days, 0.5]]}",
      "f.yaml:13:30: error: unknown solution 'wrd' in 'wrd.share'; expected one of ward; did you mean 'ward'?"
    ),
    (
      "simulation: {correlations: [[ward.shar, ward.length_of_stay_days, 0.5]]}",
      "f.yaml:13:35: error: unknown input 'shar' of solution 'ward'; expected one of \(wardInputList); "
        + "did you mean 'share'?"
    ),
    (
      "simulation: {correlations: [[ward.share, ward.tender, 0.5]]}",
      "f.yaml:13:42: error: input ward.tender is a fixed number and cannot be correlated; expected an "
        + "uncertain input (a range or a distribution)"
    ),
    (
      "simulation: {correlations: [[ward.share, ward.share, 0.5]]}",
      "f.yaml:13:42: error: input ward.share is correlated with itself; expected two different inputs"
    ),
    (
      "simulation: {correlations: [[ward.share, ward.length_of_stay_days, 1.5]]}",
      "f.yaml:13:68: error: correlation '1.5'; expected a number between -1 and 1"
    ),
    (
      "simulation: {correlations: [[ward.share, ward.length_of_stay_days, -1.01]]}",
      "f.yaml:13:68: error: correlation '-1.01'; expected a number between -1 and 1"
    ),
    (
      "simulation: {correlations: [[ward.share, ward.length_of_stay_days]]}",
      "f.yaml:13:29: error: a correlation has 2 items; expected [solution.input, solution.input, coefficient]"
    ),
    (
      "simulation: {correlations: [[ward.share, ward.length_of_stay_days, 0.5, 1]]}",
      "f.yaml:13:29: error: a correlation has 4 items; expected [solution.input, solution.input, coefficient]"
    ),
    (
      "simulation: {correlations: [[share, ward.length_of_stay_days, 0.5]]}",
      "f.yaml:13:30: error: input reference 'share'; expected solution.input, e.g. ward.share"
    ),
    (
      "simulation: {correlations: [ward.share]}",
      "f.yaml:13:29: error: a correlation is the value 'ward.share'; expected a list such as [a, b]"
    ),
  ]

  @Test("simulation errors", arguments: simulationErrors)
  func rejectsSimulation(_ simulation: String, _ message: String) {
    #expect(decodeMessage(Self.uncertainWard(simulation)) == message)
  }

  // MARK: - Shapes

  static let shapeErrors: [(text: String, message: String)] = [
    ("- a\n- b\n", "f.yaml:1:1: error: the scenario file is a list; expected a mapping of keys to values"),
    (
      "just text\n",
      "f.yaml:1:1: error: the scenario file is the value 'just text'; expected a mapping of keys to values"
    ),
    (
      "scenario: x\n",
      "f.yaml:1:1: error: the scenario file has no 'solutions'; expected a 'solutions:' mapping of solution ids to solutions"
    ),
    ("solutions: [ward]\n", "f.yaml:1:12: error: 'solutions' is a list; expected a mapping of keys to values"),
    ("solutions: {}\n", "f.yaml:1:12: error: 'solutions' is empty; expected at least one solution"),
    (
      "solutions:\n  ward: ward\n",
      "f.yaml:2:9: error: solution 'ward' is the value 'ward'; expected a mapping of keys to values"
    ),
    (
      "solutions:\n  2ward: {model: ward}\n",
      "f.yaml:2:3: error: solution id '2ward'; expected letters, digits, '_' or '-', starting with a letter"
    ),
    (
      "scenario: [a]\nsolutions: {}\n",
      "f.yaml:1:11: error: 'scenario' of the scenario file is a list; expected a single value"
    ),
    ("assumptions: [1450]\n", "f.yaml:1:14: error: 'assumptions' is a list; expected a mapping of keys to values"),
    ("# only a comment\n", "f.yaml:1:1: error: the file is empty; expected a scenario mapping with 'solutions:'"),
    ("", "f.yaml:1:1: error: the file is empty; expected a scenario mapping with 'solutions:'"),
  ]

  @Test("the file's shape", arguments: shapeErrors)
  func rejectsShape(_ text: String, _ message: String) {
    #expect(decodeMessage(text) == message)
  }

  static let solutionFieldErrors: [(field: String, message: String)] = [
    (
      "category: optimization",
      "f.yaml:13:15: error: unknown category 'optimization' in solution 'ward'; expected one of optimisation, "
        + "automation, delegation, other; did you mean 'optimisation'?"
    ),
    ("staff: {a: b}", "f.yaml:13:12: error: 'staff' of solution 'ward' is a mapping; expected a list such as [a, b]"),
    ("staff: [[a]]", "f.yaml:13:13: error: a staff group of solution 'ward' is a list; expected a single value"),
    ("title: [a, b]", "f.yaml:13:12: error: 'title' of solution 'ward' is a list; expected a single value"),
  ]

  @Test("solution fields", arguments: solutionFieldErrors)
  func rejectsSolutionField(_ field: String, _ message: String) {
    #expect(decodeMessage(fullWard("    \(field)")) == message)
  }

  @Test func solutionFields() throws {
    let scenario = try decode(
      "scenario: named\ntitle: A title\n"
        + fullWard("    title: WARD\n    category: optimisation\n    staff: [sygeplejersker, læger]"))
    #expect(scenario.id == "named")
    #expect(scenario.title == "A title")
    let ward = try #require(scenario.solution("ward"))
    #expect(ward.title == "WARD")
    #expect(ward.category == .optimisation)
    #expect(ward.staff == ["sygeplejersker", "læger"])
    #expect(ward.model.id == "ward")
    #expect(ward.location == SourceLocation(file: "f.yaml", line: 4, column: 3))
  }

  @Test func scenarioNameDefaultsToFileStem() throws {
    #expect(try ScenarioLoader().decode(fullWard(), file: "dir/variant.yaml").id == "variant")
  }

  /// Output names use `total.`, `assumptions.` and `business_case.` for other
  /// things; a solution with such an id made `simulate --format json` print
  /// the key `total.fte` twice.
  static let reservedIDs: [(id: String, message: String)] = [
    (
      "total",
      "f.yaml:2:3: error: solution id 'total' is reserved for the sum over all solutions, as in total.fte; "
        + "expected another solution id (not total, assumptions or business_case)"
    ),
    (
      "assumptions",
      "f.yaml:2:3: error: solution id 'assumptions' is reserved for shared inputs, as in assumptions.hours_per_fte; "
        + "expected another solution id (not total, assumptions or business_case)"
    ),
    (
      "business_case",
      "f.yaml:2:3: error: solution id 'business_case' is reserved for shared business-case quantities, as in "
        + "business_case.value_per_fte.<staff group>; expected another solution id (not total, assumptions or "
        + "business_case)"
    ),
  ]

  @Test("a reserved word is no solution id", arguments: reservedIDs)
  func rejectsReservedSolutionID(_ id: String, _ message: String) {
    #expect(decodeMessage("solutions:\n  \(id):\n    model: ward\n") == message)
  }

  @Test func aSingleStaffGroupMayBeWrittenWithoutBrackets() throws {
    #expect(try #require(decode(fullWard("    staff: sygeplejersker")).solution("ward")).staff == ["sygeplejersker"])
  }
}
