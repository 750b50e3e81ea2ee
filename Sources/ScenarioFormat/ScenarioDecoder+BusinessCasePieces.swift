import Diagnostics
import WorkforceModel
import YAMLSubset

/// The pieces of a `business_case:` block: discount rates, the optimism bias,
/// risks, staff shares, spreads and sourced numbers.
extension ScenarioDecoder {
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
}
