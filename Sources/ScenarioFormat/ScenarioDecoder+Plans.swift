import Diagnostics
import WorkforceModel
import YAMLSubset

/// A solution's plan: the plan keys shared by the `business_case:` block and a
/// solution's own block, and their resolution into one plan per solution,
/// checked against the solution's staff groups with located errors.
extension ScenarioDecoder {
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
}
