import Foundation
import Testing

/// The built `workforce` executable, run as a user would run it: with
/// arguments, in a folder, with standard input closed, its output captured.
///
/// The end-to-end test targets share this one runner. Each makes one with the
/// folder its runs start in and calls it like a function:
///
/// ```swift
/// let workforce = WorkforceExecutable(defaultFolder: packageRoot)
/// let run = try workforce(["check", "Scenarios/published.yaml"])
/// #expect(run.status == 0)
/// ```
public struct WorkforceExecutable: Sendable {
  /// The current directory of a run that names none.
  public var defaultFolder: URL
  /// Seconds after which a run that names no timeout is killed and recorded
  /// as a test issue; `nil` waits for as long as the run takes.
  public var defaultTimeout: Double?

  public init(defaultFolder: URL, defaultTimeout: Double? = nil) {
    self.defaultFolder = defaultFolder
    self.defaultTimeout = defaultTimeout
  }

  /// The executable, beside the test bundle in the build's products folder.
  public static var url: URL { productsFolder.appendingPathComponent("workforce") }

  /// Runs `workforce arguments` with `folder` (or `defaultFolder`) as the
  /// current directory, killing it after `timeout` (or `defaultTimeout`)
  /// seconds, and returns what it printed and its exit status (see
  /// `CapturedProcess.run`).
  ///
  /// - Throws: When the output cannot be captured or the executable cannot
  ///   be started.
  public func callAsFunction(
    _ arguments: [String], in folder: URL? = nil, timeout: Double? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Execution {
    try CapturedProcess.run(
      Self.url, arguments, in: folder ?? defaultFolder, timeout: timeout ?? defaultTimeout,
      sourceLocation: sourceLocation)
  }
}
