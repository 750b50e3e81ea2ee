import Diagnostics
import WorkforceModel
import YAMLSubset

/// A solution's `funding:`: `funding: pool` or `{value: economy_agreement_2024, source: "…"}`.
extension ScenarioDecoder {
  static let fundingKeys = ["value", "source"]

  func decodeFunding(_ node: YAMLNode, what: String) throws(Diagnostic) -> Funding {
    let context = "'funding' of \(what)"
    var valueNode = node
    var source: String?
    if case .mapping = node.content {
      let fields = try KeyedMapping(node, context, keys: Self.fundingKeys)
      valueNode = try fields.required(
        "value", in: context,
        expected: "value: one of \(Funding.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
      source = try fields.text("source", in: context)
    }
    let kind: Funding.Kind = try valueNode.expectChoice(context, noun: "funding", in: what)
    if kind == .other, source == nil {
      throw Diagnostic(
        at: valueNode.location, "\(context) is 'other' without a source",
        expected: "{value: other, source: \"…\"} saying where the money comes from")
    }
    return Funding(kind: kind, source: source, location: valueNode.location)
  }
}
