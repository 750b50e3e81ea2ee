import Foundation
import Testing

/// Runs a program to its end with standard input closed and captures what it
/// prints: the one place the tests start child processes and read their output.
public enum CapturedProcess {
  /// Runs `executable` with `arguments` and returns what it printed and its
  /// exit status.
  ///
  /// Output goes to files, not pipes: reading pipes from many parallel tests
  /// is prone to interrupted reads, and files cannot fill up and block the
  /// child. A run that takes longer than `timeout` seconds is killed and
  /// recorded as an issue at `sourceLocation`, so a hang fails the test
  /// instead of stalling the suite.
  ///
  /// - Parameters:
  ///   - executable: The program's file.
  ///   - arguments: Its arguments, without the program's name.
  ///   - folder: The current directory of the run; the test process's own when `nil`.
  ///   - timeout: Seconds after which the run is killed; `nil` waits for as long as it takes.
  ///   - sourceLocation: Where a timeout is reported.
  /// - Throws: When the capture files cannot be made or read, or the program
  ///   cannot be started.
  public static func run(
    _ executable: URL, _ arguments: [String], in folder: URL? = nil, timeout: Double? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Execution {
    let capture = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: capture) }
    let outURL = capture.appendingPathComponent("stdout")
    let errURL = capture.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    defer {
      try? out.close()
      try? err.close()
    }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    let start = Date()
    try process.run()
    if let timeout {
      while process.isRunning, Date().timeIntervalSince(start) < timeout {
        Thread.sleep(forTimeInterval: 0.005)
      }
      if process.isRunning {
        process.terminate()
        let command = ([executable.lastPathComponent] + arguments).joined(separator: " ")
        Issue.record("\(command) did not finish within \(timeout) s", sourceLocation: sourceLocation)
      }
    }
    process.waitUntilExit()
    return Execution(
      status: process.terminationStatus, stdout: try String(contentsOf: outURL, encoding: .utf8),
      stderr: try String(contentsOf: errURL, encoding: .utf8), seconds: Date().timeIntervalSince(start))
  }
}
