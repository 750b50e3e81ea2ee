/// The `grant:` block of a scenario (issue 5).
public struct GrantSettings: Sendable {
  public init() {}
}
