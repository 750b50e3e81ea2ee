import Foundation
import Testing

/// What one run of the built `workforce` executable printed, and how it exited.
struct Execution {
  var status: Int32
  var stdout: String
  var stderr: String
  /// How long the run took, in seconds.
  var seconds: Double
}

/// The package's root folder, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The malformed-input corpus.
let fixturesFolder = packageRoot.appendingPathComponent("Tests/Fixtures/malformed")

/// The folder the test bundle was built into; the executable is beside it.
var productsFolder: URL {
  let bundle = Bundle.main.bundleURL
  return bundle.lastPathComponent.hasSuffix("xctest") ? bundle.deletingLastPathComponent() : bundle
}

/// Runs `workforce arguments` with `folder` as the current directory.
///
/// Output goes to files, not pipes: reading pipes from many parallel tests is
/// prone to interrupted reads, and files cannot fill up and block the child.
/// A run that takes longer than `timeout` seconds is killed and reported, so a
/// hang in the parser fails the test instead of stalling the suite.
func workforce(_ arguments: [String], in folder: URL = fixturesFolder, timeout: Double = 30) throws -> Execution {
  let capture = try temporaryFolder()
  defer { try? FileManager.default.removeItem(at: capture) }
  let outURL = capture.appendingPathComponent("stdout"), errURL = capture.appendingPathComponent("stderr")
  FileManager.default.createFile(atPath: outURL.path, contents: nil)
  FileManager.default.createFile(atPath: errURL.path, contents: nil)
  let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
  defer {
    try? out.close()
    try? err.close()
  }
  let process = Process()
  process.executableURL = productsFolder.appendingPathComponent("workforce")
  process.arguments = arguments
  process.currentDirectoryURL = folder
  process.standardOutput = out
  process.standardError = err
  process.standardInput = FileHandle.nullDevice
  let start = Date()
  try process.run()
  while process.isRunning, Date().timeIntervalSince(start) < timeout {
    Thread.sleep(forTimeInterval: 0.005)
  }
  if process.isRunning {
    process.terminate()
    Issue.record("workforce \(arguments.joined(separator: " ")) did not finish within \(timeout) s")
  }
  process.waitUntilExit()
  return Execution(
    status: process.terminationStatus, stdout: try String(contentsOf: outURL, encoding: .utf8),
    stderr: try String(contentsOf: errURL, encoding: .utf8), seconds: Date().timeIntervalSince(start))
}

/// A fresh empty folder for files a test writes.
func temporaryFolder() throws -> URL {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workforce-corpus-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  return folder
}

/// One line of `EXPECTED.txt`: a fixture and what `workforce validate` must do with it.
struct CorpusEntry: Sendable, CustomTestStringConvertible {
  var file: String
  var status: Int32
  var stderr: String

  var testDescription: String { file }
}

/// The manifest, `Tests/Fixtures/malformed/EXPECTED.txt`: `file<TAB>exit code<TAB>stderr line`,
/// with `#` comment lines.
enum Manifest {
  static let url = fixturesFolder.appendingPathComponent("EXPECTED.txt")

  static func load() throws -> [CorpusEntry] {
    let text = try String(contentsOf: url, encoding: .utf8)
    var entries: [CorpusEntry] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated()
    where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
      guard fields.count == 3, let status = Int32(fields[1]) else {
        throw ManifestError(line: index + 1, text: String(line))
      }
      entries.append(CorpusEntry(file: String(fields[0]), status: status, stderr: String(fields[2])))
    }
    return entries
  }

  /// The entries, or none when the manifest cannot be read (a separate test fails then).
  static let entries: [CorpusEntry] = (try? load()) ?? []

  struct ManifestError: Error, CustomStringConvertible {
    var line: Int
    var text: String
    var description: String { "EXPECTED.txt line \(line) is not 'file<TAB>status<TAB>stderr': \(text)" }
  }
}
