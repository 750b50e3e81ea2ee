import Diagnostics
import WorkforceModel
import YAMLSubset

/// The top-level `grant:` block: the pool, co-financing, the goal, the
/// applicants and the regional key.
extension ScenarioDecoder {
  static let grantKeys = [
    "pool", "co_financing", "goal_fte", "period", "basis", "applicants", "regional_key", "regions_share",
    "it_council_limit",
  ]

  /// The top-level `grant:` block; absent fields keep the source's funding facts.
  func decodeGrant(_ node: YAMLNode, scenario: Scenario) throws(Diagnostic) -> GrantSettings {
    let what = "'grant'"
    let fields = try KeyedMapping(node, what, keys: Self.grantKeys)
    var grant = GrantSettings(location: node.location)
    func single(_ key: String, _ spec: InputSpec) throws(Diagnostic) -> ScenarioInput? {
      guard fields[key] != nil, let entry = fields.entries.first(where: { $0.key.text == key }) else { return nil }
      var input = try decodeInput(entry, in: what)
      try checkDomain(input, spec, in: what)
      guard case .point = input.quantity else {
        throw Diagnostic(
          at: input.location, "'\(key)' of \(what) is a range or a distribution",
          expected: "one number: the application states one amount")
      }
      input.origin = .assumption
      return input
    }
    if let pool = try single("pool", InputSpec("pool", .nonNegative, .kroner, da: "Pulje", en: "Pool")) {
      grant.pool = pool
    }
    if let share = try single(
      "co_financing", InputSpec("co_financing", .share, .share, da: "Medfinansiering", en: "Co-financing"))
    {
      grant.coFinancing = share
    }
    if let goal = try single("goal_fte", InputSpec("goal_fte", .positive, .fte, da: "Mål", en: "Goal")) {
      grant.goalFTE = goal
    }
    if let periodNode = fields["period"] {
      let scalar = try periodNode.expectScalar("'period' of \(what)")
      guard let years = GrantSettings.years(ofPeriod: scalar.text) else {
        throw Diagnostic(
          at: scalar.location, "period '\(scalar.text)' of \(what)",
          expected: "the years the pool pays out in, e.g. \"2023–2025\" or \"2024\"")
      }
      grant.period = scalar.text
      grant.periodYears = years
    }
    if let entry = fields.entries.first(where: { $0.key.text == "regions_share" }) {
      var input = try decodeInput(entry, in: what)
      try checkDomain(
        input, InputSpec("regions_share", .share, .share, da: "Regionernes andel", en: "Regions' share"), in: what)
      if case .point(0) = input.quantity {
        throw Diagnostic(
          at: input.location, "'regions_share' of \(what) is 0", expected: "a share above 0 %, e.g. 25%..40%")
      }
      switch input.quantity {
      case .point, .range: break
      default:
        throw Diagnostic(
          at: input.location, "'regions_share' of \(what) is a distribution",
          expected: "one share or a range low..high, e.g. 25%..40%")
      }
      input.origin = .assumption
      grant.regionsShare = input
    }
    if let limit = try single(
      "it_council_limit",
      InputSpec("it_council_limit", .nonNegative, .kroner, da: "It-rådets grænse", en: "IT council limit"))
    {
      grant.itCouncilLimit = limit
    }
    if let basisNode = fields["basis"] {
      grant.basis = try basisNode.expectChoice("'basis' of \(what)", noun: "basis", in: what)
    }
    if let applicantsNode = fields["applicants"] {
      grant.applicants = try applicants(applicantsNode, scenario: scenario)
    }
    if let keyNode = fields["regional_key"] {
      (grant.regionalKey, grant.regionalKeySource) = try regionalKey(keyNode)
    }
    return grant
  }

  /// `applicants: [ward, rpa]` or `applicants: {ward: {lead: "…", budget: 20mio, source: "…"}, rpa: {}}`.
  func applicants(_ node: YAMLNode, scenario: Scenario) throws(Diagnostic) -> [GrantSettings.Applicant] {
    let what = "'applicants' of 'grant'"
    let ids = scenario.solutions.map(\.id)
    var applicants: [GrantSettings.Applicant] = []
    func add(_ key: YAMLScalar, _ fieldsNode: YAMLNode?) throws(Diagnostic) {
      guard ids.contains(key.text) else {
        throw Diagnostic(
          at: key.location, "unknown solution '\(key.text)' in \(what)",
          expected: "one of \(ids.joined(separator: ", "))",
          suggestion: Suggestion.closest(to: key.text, in: ids))
      }
      guard !applicants.contains(where: { $0.solution == key.text }) else {
        throw Diagnostic(
          at: key.location, "solution '\(key.text)' is listed twice in \(what)", expected: "each solution once")
      }
      var applicant = GrantSettings.Applicant(solution: key.text, location: key.location)
      if let fieldsNode {
        let applicantWhat = "applicant '\(key.text)'"
        let fields = try KeyedMapping(fieldsNode, applicantWhat, keys: ["lead", "budget", "source"])
        applicant.lead = try fields.text("lead", in: applicantWhat)
        applicant.source = try fields.text("source", in: applicantWhat)
        if fields["budget"] != nil, let entry = fields.entries.first(where: { $0.key.text == "budget" }) {
          let input = try decodeInput(entry, in: applicantWhat)
          try checkDomain(
            input, InputSpec("budget", .nonNegative, .kroner, da: "Budget", en: "Budget"), in: applicantWhat)
          guard case .point = input.quantity else {
            throw Diagnostic(
              at: input.location, "'budget' of \(applicantWhat) is a range", expected: "one amount in kroner")
          }
          applicant.budget = input
        }
      }
      applicants.append(applicant)
    }
    switch node.content {
    case .sequence(let items):
      for item in items { try add(try item.expectScalar("a solution id in \(what)"), nil) }
    case .mapping(let entries):
      for entry in entries {
        let isEmpty: Bool
        if case .scalar(let scalar) = entry.value.content, scalar.isNull { isEmpty = true } else { isEmpty = false }
        try add(entry.key, isEmpty ? nil : entry.value)
      }
    case .scalar:
      throw Diagnostic(
        at: node.location, "\(what) is \(node.kindDescription)", expected: "a list of solution ids such as [ward, rpa]")
    }
    guard !applicants.isEmpty else {
      throw Diagnostic(at: node.location, "\(what) is empty", expected: "at least one solution id")
    }
    return applicants
  }

  /// `regional_key: {source: "…", Nordjylland: 21, Hovedstaden: 62, …}`.
  func regionalKey(_ node: YAMLNode) throws(Diagnostic) -> ([GrantSettings.Region], String?) {
    let what = "'regional_key' of 'grant'"
    var regions: [GrantSettings.Region] = []
    var source: String?
    for entry in try node.expectMapping(what) {
      if entry.key.text == "source" {
        source = try entry.value.expectText("'source' of \(what)")
        continue
      }
      let scalar = try entry.value.expectScalar("the weight of region '\(entry.key.text)'")
      guard case .point(let weight) = try quantity(scalar), weight >= 0, weight <= 1e12 else {
        throw Diagnostic(
          at: scalar.location, "weight '\(scalar.text)' of region '\(entry.key.text)'",
          expected: "one number ≥ 0, e.g. participant places out of 200")
      }
      regions.append(.init(name: entry.key.text, weight: weight, location: entry.key.location))
    }
    guard regions.contains(where: { $0.weight > 0 }) else {
      throw Diagnostic(
        at: node.location, "\(what) has no region with a positive weight",
        expected: "region: weight entries, e.g. Hovedstaden: 62")
    }
    return (regions, source)
  }
}
