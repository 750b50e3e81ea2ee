import ExecutableTestSupport
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

  /// The code block, or the Markdown table, that follows `marker` in README.md.
  func block(after marker: String) throws -> [String] {
    let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let at = try #require(readme.range(of: marker), "README.md no longer says \(marker)")
    let following = readme[at.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
    if let first = following.first(where: { !$0.isEmpty }), first.hasPrefix("|") {
      return following.drop { $0.isEmpty }.prefix { $0.hasPrefix("|") }.map { String($0) }
    }
    // The opening fence may name a language (```markdown).
    let fence = try #require(readme.range(of: "```", range: at.upperBound..<readme.endIndex))
    let open = try #require(readme.range(of: "\n", range: fence.upperBound..<readme.endIndex))
    let close = try #require(readme.range(of: "\n```", range: open.upperBound..<readme.endIndex))
    return readme[open.upperBound..<close.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
      .map { String($0) }
  }

  /// Every line of the README's excerpts of real output (except `…`, which
  /// stands for lines left out) is a line the command prints today.
  @Test(
    arguments: [
      ("`swift run workforce` evaluates", [String]()),
      ("`workforce check` shows each", ["check"]),
      ("`workforce explain --solution rpa --lang en`", ["explain", "--solution", "rpa", "--lang", "en"]),
      (
        "`workforce simulate Scenarios/uncertain.yaml --lang en`",
        ["simulate", "Scenarios/uncertain.yaml", "--lang", "en"]
      ),
      (
        "An excerpt of `workforce decide Scenarios/portfolio-decision.yaml -n 20000 --evppi-draws 5000 --lang en`",
        ["decide", "Scenarios/portfolio-decision.yaml", "-n", "20000", "--evppi-draws", "5000", "--lang", "en"]
      ),
      (
        "An excerpt of `workforce grant Scenarios/portfolio.yaml --format markdown`",
        ["grant", "Scenarios/portfolio.yaml", "--format", "markdown"]
      ),
    ])
  func excerptsAreRealOutput(_ marker: String, _ arguments: [String]) throws {
    let result = try workforce(arguments)
    #expect(result.status == 0)
    let printed = Set(result.stdout.split(separator: "\n").map { String($0).trailingSpacesTrimmed })
    for line in try block(after: marker) where line != "…" && !line.isEmpty {
      let found = printed.contains(line.trailingSpacesTrimmed)
      #expect(found, "README line not in the output of \(arguments): \(line)")
    }
  }
}

extension String {
  fileprivate var trailingSpacesTrimmed: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
