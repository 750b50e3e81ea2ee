/// The `business_case:` block of a scenario (issue 5).
public struct BusinessCaseSettings: Sendable {
  public init() {}
}
