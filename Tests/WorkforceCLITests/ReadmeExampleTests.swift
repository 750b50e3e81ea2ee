import Foundation
import Testing

/// The README's examples must work as written: a reader copies them.
@Suite("README examples")
struct ReadmeExampleTests {
  /// The first fenced `yaml` block of README.md that starts with `scenario:`.
  func exampleScenario() throws -> String {
    let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let start = try #require(readme.range(of: "```yaml\nscenario:"))
    let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
    return String(readme[readme.index(start.lowerBound, offsetBy: "```yaml\n".count)..<end.lowerBound]) + "\n"
  }

  @Test func theFileFormatExampleValidatesChecksAndSimulates() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try exampleScenario().write(to: folder.appendingPathComponent("example.yaml"), atomically: true, encoding: .utf8)
    for arguments in [
      ["validate", "example.yaml"], ["check", "example.yaml"],
      ["simulate", "example.yaml", "-n", "2000", "--sensitivity", "none"],
    ] {
      let result = try workforce(arguments, in: folder)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      #expect(result.stderr.isEmpty, "\(arguments)")
    }
  }
}
