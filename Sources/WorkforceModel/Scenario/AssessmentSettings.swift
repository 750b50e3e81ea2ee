/// The `assessment:` block of a scenario (issue 6).
public struct AssessmentSettings: Sendable {
  public init() {}
}
