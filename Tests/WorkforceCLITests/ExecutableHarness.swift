import Foundation
import Testing

/// Runs the built `workforce` executable as a user would, capturing what it
/// prints and its exit status.
struct Execution {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// The package's root folder, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The folder the test bundle was built into; the executable is beside it.
var productsFolder: URL {
  let bundle = Bundle.main.bundleURL
  return bundle.lastPathComponent.hasSuffix("xctest") ? bundle.deletingLastPathComponent() : bundle
}

func workforce(_ arguments: [String], in folder: URL = packageRoot) throws -> Execution {
  // Output goes to files, not pipes: reading pipes from many parallel tests is
  // prone to interrupted reads, and files cannot fill up and block the child.
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
  try process.run()
  process.waitUntilExit()
  return Execution(
    status: process.terminationStatus, stdout: try String(contentsOf: outURL, encoding: .utf8),
    stderr: try String(contentsOf: errURL, encoding: .utf8))
}

/// A fresh empty folder for files a test writes.
func temporaryFolder() throws -> URL {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workforce-tests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  return folder
}

/// Parses JSON output into Foundation objects for structural assertions.
func json(_ text: String) throws -> Any {
  try JSONSerialization.jsonObject(with: Data(text.utf8))
}
