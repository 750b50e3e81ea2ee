import Foundation

/// The package's root folder, found from this file's path
/// (`Tests/ExecutableTestSupport/TestFolders.swift`).
public let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The folder the test bundle was built into; the executables are beside it.
var productsFolder: URL {
  let bundle = Bundle.main.bundleURL
  return bundle.lastPathComponent.hasSuffix("xctest") ? bundle.deletingLastPathComponent() : bundle
}

/// A fresh empty folder for files a test writes; the test removes it.
public func temporaryFolder() throws -> URL {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workforce-tests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  return folder
}
