import Diagnostics

/// Where a solution's project money comes from (`funding:` of a solution).
///
/// Only a solution funded by the pool is applied for in `grant` and competes
/// for the pool; the others are shown as funded elsewhere and stay in the
/// business case and in the total of freed årsværk. The board paper says two
/// of the report's five are already co-financed by the regions' 2024 economy
/// agreement (Dermloop and RPA), so the bundled portfolio marks them so.
///
/// ```yaml
/// solutions:
///   dermloop:
///     funding: {value: economy_agreement_2024, source: "…"}
/// ```
package struct Funding: Sendable, Hashable {
  /// The funding sources a scenario can name.
  package enum Kind: String, Sendable, Hashable, CaseIterable {
    /// The national 100 mio. kr. pool (the default).
    case pool
    /// Co-financed by the regions' economy agreement for 2024.
    case economyAgreement2024 = "economy_agreement_2024"
    /// The regions' (or a region's) own budgets.
    case own
    /// Anything else; the `source` says what.
    case other
  }

  package var kind: Kind
  package var source: String?
  package var location: SourceLocation?

  package init(kind: Kind, source: String? = nil, location: SourceLocation? = nil) {
    self.kind = kind
    self.source = source
    self.location = location
  }

  /// The default: a solution without `funding:` applies to the pool.
  package static let pool = Funding(kind: .pool)

  /// True when the solution applies to the pool.
  package var isPool: Bool { kind == .pool }
}
