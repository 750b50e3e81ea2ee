import Diagnostics
import WorkforceModel
import YAMLSubset

extension ScenarioDecoder {
  static let assessmentKeys = ["criteria", "scores", "robustness"]
  static let criterionKeys = ["title", "weight", "measure", "scale", "years", "source"]
  static let robustnessKeys = ["perturbation", "draws", "seed"]

  /// The top-level `assessment:` block: criteria with weights, judged scores
  /// for every solution, and the robustness test.
  func decodeAssessment(_ node: YAMLNode, scenario: Scenario) throws(Diagnostic) -> AssessmentSettings {
    let fields = try KeyedMapping(node, "'assessment'", keys: Self.assessmentKeys)
    let criteriaNode = try fields.required(
      "criteria", in: "'assessment'", expected: "criteria: a mapping of criterion ids to {weight: …, measure: …}")
    var criteria: [AssessmentSettings.Criterion] = []
    for entry in try criteriaNode.expectMapping("'criteria' of 'assessment'") {
      criteria.append(try decodeCriterion(entry, scenario: scenario))
    }
    guard !criteria.isEmpty else {
      throw Diagnostic(
        at: criteriaNode.location, "'criteria' of 'assessment' is empty", expected: "at least one criterion")
    }
    guard criteria.contains(where: { $0.weight > 0 }) else {
      throw Diagnostic(
        at: criteriaNode.location, "every criterion of 'assessment' has weight 0",
        expected: "at least one positive weight")
    }
    var settings = AssessmentSettings(criteria: criteria, location: node.location)
    settings.scores = try decodeScores(fields["scores"], criteria: criteria, scenario: scenario, block: node)
    if let robustnessNode = fields["robustness"] {
      settings.robustness = try decodeRobustness(robustnessNode)
    }
    return settings
  }

  func decodeCriterion(_ entry: YAMLNode.Entry, scenario: Scenario) throws(Diagnostic) -> AssessmentSettings.Criterion {
    let id = entry.key.text
    let what = "criterion '\(id)' of 'assessment'"
    try checkIdentifier(entry.key, what: "criterion id")
    let fields = try KeyedMapping(entry.value, what, keys: Self.criterionKeys)
    let weightScalar = try fields.required("weight", in: what, expected: "weight: a share such as 40% or 0.4")
      .expectScalar("'weight' of \(what)")
    guard case .point(let weight) = try quantity(weightScalar), weight >= 0 else {
      throw Diagnostic(
        at: weightScalar.location, "weight '\(weightScalar.text)' of \(what)",
        expected: "a number ≥ 0 such as 40% or 0.4")
    }
    var criterion = AssessmentSettings.Criterion(
      id: id, title: try fields.text("title", in: what), weight: weight, source: try fields.text("source", in: what),
      location: entry.key.location)
    if let measureNode = fields["measure"] {
      let scalar = try measureNode.expectScalar("'measure' of \(what)")
      let measure: AssessmentSettings.Criterion.Measure = try measureNode.expectChoice(
        "'measure' of \(what)", noun: "measure", in: what)
      if measure == .npv && scenario.businessCase == nil {
        throw Diagnostic(
          at: scalar.location, "measure 'npv' in \(what), but the scenario has no 'business_case:' block",
          expected: "a 'business_case:' block, or the measure fte or cost_per_fte")
      }
      criterion.measure = measure
    }
    if let scaleNode = fields["scale"] {
      let items = try scaleNode.expectSequence("'scale' of \(what)")
      guard criterion.measure != nil else {
        throw Diagnostic(
          at: scaleNode.location, "'scale' in \(what), which is judged", expected: "'scale' only with a 'measure'")
      }
      guard items.count == 2 else {
        throw Diagnostic(
          at: scaleNode.location, "'scale' of \(what) has \(items.count) values",
          expected: "[value scoring 1, value scoring 5]")
      }
      var ends: [Double] = []
      for item in items {
        let scalar = try item.expectScalar("an end of 'scale' of \(what)")
        guard case .point(let value) = try quantity(scalar) else {
          throw Diagnostic(at: scalar.location, "'\(scalar.text)' in 'scale' of \(what)", expected: "a single number")
        }
        ends.append(value)
      }
      guard ends[0] != ends[1] else {
        throw Diagnostic(
          at: scaleNode.location, "'scale' of \(what) has equal ends",
          expected: "[value scoring 1, value scoring 5] with two different values")
      }
      criterion.scale = .init(worst: ends[0], best: ends[1])
    }
    if let yearsNode = fields["years"] {
      let scalar = try yearsNode.expectScalar("'years' of \(what)")
      guard criterion.measure == .costPerFTE else {
        throw Diagnostic(at: scalar.location, "'years' in \(what)", expected: "'years' only with measure: cost_per_fte")
      }
      guard case .point(let years) = try quantity(scalar), years > 0, years <= 1_000 else {
        throw Diagnostic(
          at: scalar.location, "years '\(scalar.text)' of \(what)", expected: "a number of years > 0, e.g. 10")
      }
      criterion.years = years
    }
    return criterion
  }

  /// `scores:`: for every solution, a score from 1 to 5 for every judged criterion.
  func decodeScores(
    _ node: YAMLNode?, criteria: [AssessmentSettings.Criterion], scenario: Scenario, block: YAMLNode
  ) throws(Diagnostic) -> [String: [String: AssessmentSettings.Score]] {
    let judged = criteria.filter(\.isJudged).map(\.id)
    let solutionIDs = scenario.solutions.map(\.id)
    var scores: [String: [String: AssessmentSettings.Score]] = [:]
    var solutionLocations: [String: SourceLocation] = [:]
    for entry in try node?.expectMapping("'scores' of 'assessment'") ?? [] {
      let solution = entry.key.text
      guard solutionIDs.contains(solution) else {
        throw Diagnostic(
          at: entry.key.location, "unknown solution '\(solution)' in 'scores' of 'assessment'",
          expected: "one of \(solutionIDs.joined(separator: ", "))",
          suggestion: Suggestion.closest(to: solution, in: solutionIDs))
      }
      solutionLocations[solution] = entry.key.location
      var own: [String: AssessmentSettings.Score] = [:]
      for scoreEntry in try entry.value.expectMapping("the scores of '\(solution)'") {
        let criterion = scoreEntry.key.text
        if let computed = criteria.first(where: { $0.id == criterion && !$0.isJudged }) {
          throw Diagnostic(
            at: scoreEntry.key.location,
            "a score for criterion '\(criterion)' of solution '\(solution)', which is computed (measure \(computed.measure?.rawValue ?? ""))",
            expected: "scores only for the judged criteria: \(judged.joined(separator: ", "))")
        }
        guard judged.contains(criterion) else {
          throw Diagnostic(
            at: scoreEntry.key.location, "unknown criterion '\(criterion)' in the scores of '\(solution)'",
            expected: judged.isEmpty
              ? "no scores (every criterion is computed)" : "one of \(judged.joined(separator: ", "))",
            suggestion: Suggestion.closest(to: criterion, in: judged))
        }
        own[criterion] = try decodeScore(scoreEntry, solution: solution)
      }
      scores[solution] = own
    }
    for solution in solutionIDs {
      for criterion in judged where scores[solution]?[criterion] == nil {
        throw Diagnostic(
          at: solutionLocations[solution] ?? node?.location ?? block.location,
          "no score for criterion '\(criterion)' of solution '\(solution)' in 'assessment'",
          expected: "a score from 1 to 5 under assessment: scores: \(solution): \(criterion):")
      }
    }
    return scores
  }

  /// A score: a number from 1 to 5, or `{value: 4, source: "…"}`.
  func decodeScore(_ entry: YAMLNode.Entry, solution: String) throws(Diagnostic) -> AssessmentSettings.Score {
    let what = "score '\(entry.key.text)' of '\(solution)'"
    var valueNode = entry.value
    var source: String?
    if case .mapping = entry.value.content {
      let fields = try KeyedMapping(entry.value, what, keys: Self.valueKeys)
      valueNode = try fields.required("value", in: what, expected: "value: a score from 1 to 5")
      source = try fields.text("source", in: what)
    }
    let scalar = try valueNode.expectScalar(what)
    guard case .point(let value) = try quantity(scalar), value >= 1, value <= 5 else {
      throw Diagnostic(at: scalar.location, "\(what) is '\(scalar.text)'", expected: "a score from 1 to 5")
    }
    return AssessmentSettings.Score(value: value, source: source, location: scalar.location)
  }

  func decodeRobustness(_ node: YAMLNode) throws(Diagnostic) -> AssessmentSettings.Robustness {
    let what = "'robustness' of 'assessment'"
    let fields = try KeyedMapping(node, what, keys: Self.robustnessKeys)
    var robustness = AssessmentSettings.Robustness()
    if let perturbationNode = fields["perturbation"] {
      let scalar = try perturbationNode.expectScalar("'perturbation' of \(what)")
      guard case .point(let share) = try quantity(scalar), share > 0, share < 1 else {
        throw Diagnostic(
          at: scalar.location, "perturbation '\(scalar.text)' of \(what)",
          expected: "a share above 0% and below 100%, e.g. 20%")
      }
      robustness.perturbation = share
    }
    if let drawsNode = fields["draws"] {
      let scalar = try drawsNode.expectScalar("'draws' of \(what)")
      guard case .point(let draws) = try quantity(scalar), ScalarMath.isWhole(draws), draws >= 1, draws <= 1_000_000
      else {
        throw Diagnostic(
          at: scalar.location, "draws '\(scalar.text)' of \(what)", expected: "a whole number from 1 to 1000000")
      }
      robustness.draws = Int(draws)
    }
    if let seedNode = fields["seed"] {
      let scalar = try seedNode.expectScalar("'seed' of \(what)")
      guard let seed = UInt64(scalar.text.replacingOccurrences(of: "_", with: "")) else {
        throw Diagnostic(at: scalar.location, "seed '\(scalar.text)' of \(what)", expected: "a whole number ≥ 0")
      }
      robustness.seed = seed
    }
    return robustness
  }
}
