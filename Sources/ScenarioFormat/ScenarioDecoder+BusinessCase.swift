import Diagnostics
import WorkforceModel
import YAMLSubset

/// The `business_case:` and `grant:` blocks, and a solution's own
/// `business_case:` (issue 5). Every value may be written bare or as
/// `{value: …, source: "…"}`; every rejection is a located error.
extension ScenarioDecoder {
  static let businessCaseKeys = [
    "start_year", "horizon", "discount_rate", "value_per_fte", "implementation_years", "ramp_up",
    "project_cost_spread", "optimism_bias",
  ]
  static let solutionBusinessCaseKeys = [
    "implementation_years", "ramp_up", "project_cost_spread", "staff_shares", "value_per_fte", "risks",
  ]
  static let grantKeys = ["pool", "co_financing", "goal_fte", "period", "basis", "applicants", "regional_key"]

  /// Longest horizon a business case may have, in years.
  static let maximumHorizon = 100

  // MARK: - business_case

  /// The top-level `business_case:` block, with every solution's plan resolved
  /// against it (defaults, staff groups, value per årsværk).
  func decodeBusinessCase(_ node: YAMLNode, scenario: Scenario) throws(Diagnostic) -> BusinessCaseSettings {
    let what = "'business_case'"
    let fields = try KeyedMapping(node, what, keys: Self.businessCaseKeys)
    var settings = BusinessCaseSettings(location: node.location)
    if let yearNode = fields["start_year"] {
      settings.startYear = try sourcedInteger(yearNode, "'start_year' of \(what)", in: 1900...2200)
    }
    if let horizonNode = fields["horizon"] {
      settings.horizon = try sourcedInteger(horizonNode, "'horizon' of \(what)", in: 1...Self.maximumHorizon)
    }
    if let rateNode = fields["discount_rate"] {
      settings.discountRate = try discountSchedule(rateNode)
    }
    if settings.discountRate.lastYear < settings.horizon.value - 1 {
      throw Diagnostic(
        at: settings.discountRate.location ?? settings.horizon.location ?? node.location,
        "the discount-rate schedule ends at year \(settings.discountRate.lastYear), but a horizon of \(settings.horizon.value) years needs rates up to year \(settings.horizon.value - 1)",
        expected: "segments covering years 0 to \(settings.horizon.value - 1), or a shorter horizon")
    }
    if let valuesNode = fields["value_per_fte"] {
      for entry in try valuesNode.expectMapping("'value_per_fte' of \(what)") {
        var input = try decodeInput(entry, in: "'value_per_fte' of \(what)")
        try checkDomain(input, Self.valueSpec(input.name), in: "'value_per_fte' of \(what)")
        try checkLimit(
          input, 1e9, in: "'value_per_fte' of \(what)", expected: "kroner per årsværk per year, at most 1mia")
        input.origin = .assumption
        settings.valuePerFTE.append(input)
      }
    }
    settings.defaults = try solutionOverrides(fields, what: what, allowSolutionKeys: false)
    if let biasNode = fields["optimism_bias"] {
      settings.optimismBias = try optimismBias(biasNode)
    }
    for solution in scenario.solutions {
      settings.plans[solution.id] = try resolvePlan(solution, settings: settings)
    }
    return settings
  }

  /// A solution's own `business_case:` block (the keys of
  /// ``solutionBusinessCaseKeys``), kept as written on the solution.
  func decodeSolutionBusinessCase(_ fields: KeyedMapping, into solution: inout Solution, what: String)
    throws(Diagnostic)
  {
    guard let node = fields["business_case"] else { return }
    let blockWhat = "'business_case' of \(what)"
    let block = try KeyedMapping(node, blockWhat, keys: Self.solutionBusinessCaseKeys)
    var overrides = try solutionOverrides(block, what: blockWhat, allowSolutionKeys: true)
    overrides.location = node.location
    solution.businessCase = overrides
  }

  /// Per-solution blocks of later features (`business_case:`, `assessment:`,
  /// and the formula keys, which `resolveModel` reads).
  func decodeSolutionExtensions(_ fields: KeyedMapping, into solution: inout Solution, what: String) throws(Diagnostic)
  {
    // MARK: issue 5 — the solution's business case.
    try decodeSolutionBusinessCase(fields, into: &solution, what: what)
    // MARK: issue 6 — the solution's `assessment:` scores go here.
  }

  // MARK: - Plans

  /// The plan keys shared by the top-level block (as defaults) and a
  /// solution's own block; `staff_shares`, `value_per_fte` and `risks` only in
  /// a solution's block.
  func solutionOverrides(_ fields: KeyedMapping, what: String, allowSolutionKeys: Bool) throws(Diagnostic)
    -> BusinessCaseSettings.SolutionOverrides
  {
    var overrides = BusinessCaseSettings.SolutionOverrides()
    if let yearsNode = fields["implementation_years"] {
      overrides.implementationYears = try sourcedInteger(
        yearsNode, "'implementation_years' of \(what)", in: 1...Self.maximumHorizon)
    }
    if let rampNode = fields["ramp_up"] {
      overrides.rampUp = try sourcedShares(rampNode, "'ramp_up' of \(what)")
    }
    if let spreadNode = fields["project_cost_spread"] {
      overrides.projectCostSpread = try spread(spreadNode, "'project_cost_spread' of \(what)")
    }
    guard allowSolutionKeys else { return overrides }
    if let sharesNode = fields["staff_shares"] {
      overrides.staffShares = try staffShares(sharesNode, "'staff_shares' of \(what)")
    }
    if let valueNode = fields["value_per_fte"] {
      let entry = try fields.entries.first { $0.key.text == "value_per_fte" }.orThrow(at: valueNode.location)
      var input = try decodeInput(entry, in: what)
      try checkDomain(input, Self.valueSpec("value_per_fte"), in: what)
      try checkLimit(input, 1e9, in: what, expected: "kroner per årsværk per year, at most 1mia")
      input.origin = .solution
      overrides.valuePerFTE = input
    }
    if let risksNode = fields["risks"] {
      overrides.risks = try risks(risksNode, "'risks' of \(what)")
    }
    return overrides
  }

  /// A solution's plan: its own settings over the block's defaults, checked
  /// against its staff groups and the block's values per årsværk.
  func resolvePlan(_ solution: Solution, settings: BusinessCaseSettings) throws(Diagnostic) -> BusinessCaseSettings.Plan
  {
    typealias Sourced = BusinessCaseSettings.Sourced
    let own = solution.businessCase ?? BusinessCaseSettings.SolutionOverrides()
    let defaults = settings.defaults
    let what = "solution '\(solution.id)'"
    let anchor = own.location ?? solution.location

    // An explicit list fixes the number of implementation years; `even` (an
    // empty list) follows them.
    let spread = own.projectCostSpread ?? defaults.projectCostSpread
    let years: Sourced<Int>
    if let given = own.implementationYears {
      years = given
    } else if let list = own.projectCostSpread, !list.value.isEmpty {
      years = Sourced(list.value.count, source: list.source, location: list.location)
    } else if let given = defaults.implementationYears {
      years = given
    } else if let list = defaults.projectCostSpread, !list.value.isEmpty {
      years = Sourced(list.value.count, source: list.source, location: list.location)
    } else {
      years = Sourced(1, source: "Default: 1 year (the scenario gives no implementation_years)")
    }
    guard years.value <= settings.horizon.value else {
      throw Diagnostic(
        at: years.location ?? anchor,
        "\(what) takes \(years.value) implementation years, longer than the horizon of \(settings.horizon.value) years",
        expected: "at most \(settings.horizon.value) implementation years")
    }

    let projectSpread: Sourced<[Double]>
    if let spread, !spread.value.isEmpty {
      guard spread.value.count == years.value else {
        throw Diagnostic(
          at: spread.location ?? anchor,
          "'project_cost_spread' has \(spread.value.count) shares, but \(what) takes \(years.value) implementation years",
          expected: "one share per implementation year (\(years.value)), or 'even'")
      }
      projectSpread = spread
    } else {
      projectSpread = Sourced(
        BusinessCaseSettings.Plan.evenSpread(years: years.value),
        source: spread?.source ?? "Default: the project cost spread evenly over the implementation years",
        location: spread?.location)
    }

    let ramp =
      own.rampUp ?? defaults.rampUp
      ?? Sourced(
        BusinessCaseSettings.Plan.linearRampUp(years: years.value),
        source:
          "Default: the effect rises linearly over the implementation years and is full from the year after (min(1, t / \(years.value)))"
      )

    var shares: Sourced<[BusinessCaseSettings.StaffShare]>
    var valueInputs: [ScenarioInput] = []
    if let override = own.valuePerFTE {
      shares = Sourced([.init(group: "value_per_fte", share: 1)], source: override.source, location: override.location)
      valueInputs = [override]
    } else {
      if let given = own.staffShares {
        for share in given.value where !solution.staff.contains(share.group) {
          throw Diagnostic(
            at: given.location ?? anchor,
            "staff group '\(share.group)' in 'staff_shares' is not among the staff of \(what)",
            expected: solution.staff.isEmpty
              ? "a 'staff:' list on the solution" : "one of \(solution.staff.joined(separator: ", "))",
            suggestion: Suggestion.closest(to: share.group, in: solution.staff))
        }
        shares = given
      } else {
        guard !solution.staff.isEmpty else {
          throw Diagnostic(
            at: anchor, "\(what) has no staff groups, so its freed årsværk have no value per årsværk",
            expected: "a 'staff:' list on the solution, or 'value_per_fte' in its own 'business_case:'")
        }
        let equal = 1 / Double(solution.staff.count)
        shares = Sourced(
          solution.staff.map { .init(group: $0, share: equal) },
          source: solution.staff.count == 1
            ? "The solution's one staff group"
            : "Default: equal shares of the solution's staff groups (the scenario gives no staff_shares)")
      }
      for share in shares.value {
        guard let input = settings.value(ofStaff: share.group) else {
          let known = settings.valuePerFTE.map(\.name)
          throw Diagnostic(
            at: shares.location ?? anchor,
            "no value per freed årsværk for staff group '\(share.group)' of \(what)",
            expected: "'\(share.group): <kroner per årsværk per year>' under business_case.value_per_fte"
              + (known.isEmpty ? "" : " (it has \(known.joined(separator: ", ")))")
              + ", or 'value_per_fte' in the solution's own business_case",
            suggestion: Suggestion.closest(to: share.group, in: known))
        }
        valueInputs.append(input)
      }
    }
    return BusinessCaseSettings.Plan(
      implementationYears: years, rampUp: ramp, projectCostSpread: projectSpread, staffShares: shares,
      valueInputs: valueInputs, risks: own.risks)
  }

  // MARK: - Pieces of business_case

  /// A discount rate: `3.5%`, `{value: 3.5%, source: …}`, or
  /// `{schedule: [{years: 0..35, rate: 3.5%}, {years: 36..70, rate: 2.5%}], source: …}`.
  func discountSchedule(_ node: YAMLNode) throws(Diagnostic) -> BusinessCaseSettings.DiscountSchedule {
    let what = "'discount_rate' of 'business_case'"
    if case .scalar = node.content {
      let scalar = try node.expectScalar(what)
      return .constant(try rate(scalar, what), location: scalar.location)
    }
    let fields = try KeyedMapping(node, what, keys: ["value", "schedule", "source", "note"])
    let source = try fields.text("source", in: what)
    if let valueNode = fields["value"] {
      guard fields["schedule"] == nil else {
        throw Diagnostic(at: node.location, "\(what) has both 'value' and 'schedule'", expected: "one of the two")
      }
      let scalar = try valueNode.expectScalar(what)
      return .constant(try rate(scalar, what), source: source, location: scalar.location)
    }
    let scheduleNode = try fields.required(
      "schedule", in: what, expected: "value: a rate such as 3.5%, or schedule: [{years: 0..35, rate: 3.5%}, …]")
    var segments: [BusinessCaseSettings.DiscountSchedule.Segment] = []
    for item in try scheduleNode.expectSequence("'schedule' of \(what)") {
      let itemWhat = "a segment of \(what)"
      let segment = try KeyedMapping(item, itemWhat, keys: ["years", "rate"])
      let yearsScalar = try segment.required("years", in: itemWhat, expected: "years: first..last, e.g. 0..35")
        .expectScalar("'years' of \(itemWhat)")
      let years: ClosedRange<Int>
      switch try quantity(yearsScalar) {
      case .point(let year) where Self.isWhole(year) && year >= 0 && year <= 10_000:
        years = Int(year)...Int(year)
      case .range(let low, let high)
      where Self.isWhole(low) && Self.isWhole(high) && low >= 0 && high <= 10_000:
        years = Int(low)...Int(high)
      default:
        throw Diagnostic(
          at: yearsScalar.location, "years '\(yearsScalar.text)' of \(itemWhat)",
          expected: "whole years first..last, e.g. 0..35")
      }
      let expectedStart = (segments.last?.years.upperBound ?? -1) + 1
      guard years.lowerBound == expectedStart else {
        throw Diagnostic(
          at: yearsScalar.location,
          "the segment for years \(years.lowerBound)..\(years.upperBound) does not start at year \(expectedStart)",
          expected: "contiguous segments starting at year 0")
      }
      let rateScalar = try segment.required("rate", in: itemWhat, expected: "rate: a share such as 3.5%")
        .expectScalar("'rate' of \(itemWhat)")
      segments.append(.init(years: years, rate: try rate(rateScalar, itemWhat), location: item.location))
    }
    guard !segments.isEmpty else {
      throw Diagnostic(at: scheduleNode.location, "'schedule' of \(what) is empty", expected: "at least one segment")
    }
    return .init(segments: segments, source: source, location: scheduleNode.location)
  }

  /// A discount rate: one number between -99 % and 100 %.
  func rate(_ scalar: YAMLScalar, _ what: String) throws(Diagnostic) -> Double {
    guard case .point(let value) = try quantity(scalar), value > -0.99, value <= 1 else {
      throw Diagnostic(
        at: scalar.location, "discount rate '\(scalar.text)' of \(what)",
        expected: "one rate between -99% and 100%, e.g. 3.5%")
    }
    return value
  }

  /// `optimism_bias: {project_cost: 10%..200%, duration: 10%..54%}`.
  func optimismBias(_ node: YAMLNode) throws(Diagnostic) -> BusinessCaseSettings.OptimismBias {
    let what = "'optimism_bias' of 'business_case'"
    let fields = try KeyedMapping(node, what, keys: ["project_cost", "duration"])
    var bias = BusinessCaseSettings.OptimismBias(location: node.location)
    for entry in fields.entries {
      var input = try decodeInput(entry, in: what)
      try checkDomain(
        input, InputSpec(input.name, .nonNegative, .share, da: "Optimismetillæg", en: "Optimism bias"), in: what)
      try checkLimit(input, 100, in: what, expected: "an uplift of at most 10000%")
      input.origin = .assumption
      if entry.key.text == "project_cost" { bias.projectCost = input } else { bias.duration = input }
    }
    guard bias.projectCost != nil || bias.duration != nil else {
      throw Diagnostic(
        at: node.location, "\(what) is empty",
        expected: "project_cost: an uplift such as 10%..200%, and/or duration: 10%..54%")
    }
    return bias
  }

  /// `risks: [{risk: "…", probability: 20%, consequence: 2mio, source: "…"}, …]`.
  func risks(_ node: YAMLNode, _ what: String) throws(Diagnostic) -> [BusinessCaseSettings.Risk] {
    var risks: [BusinessCaseSettings.Risk] = []
    for (index, item) in try node.expectSequence(what).enumerated() {
      let itemWhat = "risk \(index + 1) of \(what)"
      let fields = try KeyedMapping(item, itemWhat, keys: ["risk", "probability", "consequence", "source"])
      let text = try fields.required("risk", in: itemWhat, expected: "risk: what could happen")
        .expectText("'risk' of \(itemWhat)")
      func part(_ key: String, _ spec: InputSpec) throws(Diagnostic) -> ScenarioInput {
        _ = try fields.required(key, in: itemWhat, expected: "\(key): \(spec.domain.requirement)")
        let entry = try fields.entries.first { $0.key.text == key }.orThrow(at: item.location)
        let input = try decodeInput(entry, in: itemWhat)
        try checkDomain(input, spec, in: itemWhat)
        try checkLimit(input, 1e12, in: itemWhat, expected: "at most 1000mia kroner")
        return input
      }
      let probability = try part(
        "probability", InputSpec("probability", .share, .share, da: "Sandsynlighed", en: "Probability"))
      let consequence = try part(
        "consequence", InputSpec("consequence", .nonNegative, .kroner, da: "Konsekvens", en: "Consequence"))
      risks.append(
        .init(
          text: text, probability: probability, consequence: consequence,
          source: try fields.text("source", in: itemWhat),
          location: item.location))
    }
    return risks
  }

  /// `staff_shares: {læger: 20%, sygeplejersker: 50%, source: "…"}`, summing to 100 %.
  func staffShares(_ node: YAMLNode, _ what: String) throws(Diagnostic)
    -> BusinessCaseSettings.Sourced<[BusinessCaseSettings.StaffShare]>
  {
    var shares: [BusinessCaseSettings.StaffShare] = []
    var source: String?
    for entry in try node.expectMapping(what) {
      if entry.key.text == "source" {
        source = try entry.value.expectText("'source' of \(what)")
        continue
      }
      let scalar = try entry.value.expectScalar("share of '\(entry.key.text)' in \(what)")
      guard case .point(let share) = try quantity(scalar), share >= 0, share <= 1 else {
        throw Diagnostic(
          at: scalar.location, "share '\(scalar.text)' of '\(entry.key.text)' in \(what)",
          expected: "one share between 0% and 100%")
      }
      shares.append(.init(group: entry.key.text, share: share))
    }
    let total = shares.reduce(0) { $0 + $1.share }
    guard !shares.isEmpty, abs(total - 1) <= 1e-9 else {
      throw Diagnostic(
        at: node.location, "the shares of \(what) add up to \(Self.describe(Interval(constant: total), .share))",
        expected: "shares adding up to 100%")
    }
    return .init(shares, source: source, location: node.location)
  }

  /// `project_cost_spread: even`, `[60%, 40%]` or `{value: …, source: …}`;
  /// `even` is kept as an empty list.
  func spread(_ node: YAMLNode, _ what: String) throws(Diagnostic) -> BusinessCaseSettings.Sourced<[Double]> {
    let (valueNode, source) = try valueAndSource(node, what)
    if case .scalar(let scalar) = valueNode.content {
      guard scalar.text == "even" else {
        throw Diagnostic(
          at: scalar.location, "\(what) is '\(scalar.text)'",
          expected: "'even' or a list of shares per implementation year, e.g. [60%, 40%]")
      }
      return .init([], source: source, location: scalar.location)
    }
    let shares = try sourcedShares(node, what)
    let total = shares.value.reduce(0, +)
    guard abs(total - 1) <= 1e-9 else {
      throw Diagnostic(
        at: valueNode.location, "the shares of \(what) add up to \(Self.describe(Interval(constant: total), .share))",
        expected: "shares adding up to 100%")
    }
    return shares
  }

  /// A list of shares, bare or as `{value: [...], source: "…"}`.
  func sourcedShares(_ node: YAMLNode, _ what: String) throws(Diagnostic) -> BusinessCaseSettings.Sourced<[Double]> {
    let (valueNode, source) = try valueAndSource(node, what)
    var shares: [Double] = []
    for item in try valueNode.expectSequence(what) {
      let scalar = try item.expectScalar("a share in \(what)")
      guard case .point(let share) = try quantity(scalar), share >= 0, share <= 1 else {
        throw Diagnostic(
          at: scalar.location, "share '\(scalar.text)' in \(what)", expected: "one share between 0% and 100%")
      }
      shares.append(share)
    }
    guard !shares.isEmpty else {
      throw Diagnostic(
        at: valueNode.location, "\(what) is empty", expected: "a list of shares such as [25%, 60%, 100%]")
    }
    guard shares.count <= Self.maximumHorizon else {
      throw Diagnostic(
        at: valueNode.location, "\(what) has \(shares.count) entries",
        expected: "at most \(Self.maximumHorizon), one per year")
    }
    return .init(shares, source: source, location: valueNode.location)
  }

  /// A whole number in `range`, bare or as `{value: …, source: "…"}`.
  func sourcedInteger(_ node: YAMLNode, _ what: String, in range: ClosedRange<Int>) throws(Diagnostic)
    -> BusinessCaseSettings.Sourced<Int>
  {
    let (valueNode, source) = try valueAndSource(node, what)
    let scalar = try valueNode.expectScalar(what)
    guard case .point(let value) = try quantity(scalar), Self.isWhole(value),
      value >= Double(range.lowerBound), value <= Double(range.upperBound)
    else {
      throw Diagnostic(
        at: scalar.location, "\(what) is '\(scalar.text)'",
        expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
    }
    return .init(Int(value), source: source, location: scalar.location)
  }

  /// The value node and `source:` of `{value: …, source: …}`, or the node itself.
  func valueAndSource(_ node: YAMLNode, _ what: String) throws(Diagnostic) -> (YAMLNode, String?) {
    guard case .mapping = node.content else { return (node, nil) }
    let fields = try KeyedMapping(node, what, keys: Self.valueKeys)
    let value = try fields.required("value", in: what, expected: "value: …")
    return (value, try fields.text("source", in: what))
  }

  /// Rejects an input whose range reaches above `limit`, so that products of
  /// business-case values and model figures stay finite and readable.
  func checkLimit(_ input: ScenarioInput, _ limit: Double, in what: String, expected: String) throws(Diagnostic) {
    let range = input.quantity.deterministicRange
    let support = input.quantity.support.high
    guard range.high <= limit, support <= limit || !support.isFinite else {
      throw Diagnostic(
        at: input.location, "input '\(input.name)' of \(what) is \(Self.describe(range, .count)), above the limit",
        expected: expected)
    }
  }

  static func valueSpec(_ name: String) -> InputSpec {
    InputSpec(name, .nonNegative, .kroner, da: "Værdi pr. frigjort årsværk", en: "Value per freed FTE-year")
  }

  static func isWhole(_ x: Double) -> Bool { x.isFinite && x == x.rounded() }

  // MARK: - grant

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
    if fields["period"] != nil { grant.period = try fields.text("period", in: what) }
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
          expected: "one number ≥ 0, e.g. seats out of 200")
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

extension Optional {
  /// The wrapped value, or an internal-error diagnostic at `location` (for
  /// lookups that cannot fail once a key is known to be present).
  func orThrow(at location: SourceLocation) throws(Diagnostic) -> Wrapped {
    guard let self else { throw Diagnostic(at: location, "internal: a value that was checked to exist is missing") }
    return self
  }
}
