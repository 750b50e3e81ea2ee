/// What one run of a program (the built `workforce`, or another a test starts)
/// printed, and how it exited.
public struct Execution: Sendable {
  /// The exit status.
  public var status: Int32
  /// Everything the run wrote to standard output.
  public var stdout: String
  /// Everything the run wrote to standard error.
  public var stderr: String
  /// How long the run took, in seconds.
  public var seconds: Double
}
