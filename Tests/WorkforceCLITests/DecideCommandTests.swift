import ExecutableTestSupport
import Foundation
import Testing

/// `workforce decide` end to end: output formats, Danish by default, and
/// clear errors with the exit codes of the design.
@Suite("workforce decide")
struct DecideCommandTests {
  static let fixture = """
    scenario: two
    solutions:
      a:
        model: formula
        inputs: {x: {value: "uniform(50, 150)", source: "test"}}
        formulas: {fte: "x", project_cost: "20mio", operating_cost: "0"}
      b:
        model: formula
        formulas: {fte: "95", project_cost: "20mio", operating_cost: "0"}
    grant: {pool: 10mio}

    """

  func folder(_ text: String = fixture) throws -> URL {
    let folder = try temporaryFolder()
    try Data(text.utf8).write(to: folder.appendingPathComponent("two.yaml"))
    return folder
  }

  @Test func danishByDefaultEnglishOnRequest() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let da = try workforce(["decide", "two.yaml", "-n", "5000"], in: folder)
    #expect(da.status == 0, "\(da.stderr)")
    #expect(da.stdout.contains("Sandsynlighed for at høre til den bedste portefølje"))
    #expect(da.stdout.contains("Mål først"))
    let en = try workforce(["decide", "two.yaml", "-n", "5000", "--lang", "en"], in: folder)
    #expect(en.stdout.contains("Probability of belonging to the best portfolio"))
  }

  /// The JSON has the documented top-level keys; P(a best) = P(x > 95) = 0.55.
  @Test func jsonKeys() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try workforce(["decide", "two.yaml", "-n", "20000", "--format", "json"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    for key in [
      "scenario", "iterations", "seed", "inclusion", "selections", "committed", "pool_curve", "acceptability", "evpi",
      "evppi",
    ] {
      #expect(object[key] != nil, "missing \(key)")
    }
    let inclusion = try #require(object["inclusion"] as? [[String: Any]])
    let a = try #require(inclusion.first?["probability"] as? [String: Double])
    let p = try #require(a["value"])
    let se = try #require(a["se"])
    #expect(abs(p - 0.55) <= 3 * se + 1e-12)
    for format in ["csv", "markdown", "html"] {
      let other = try workforce(["decide", "two.yaml", "-n", "2000", "--format", format], in: folder)
      #expect(other.status == 0 && !other.stdout.isEmpty, "\(format): \(other.stderr)")
    }
  }

  @Test func errors() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let missing = try workforce(["decide", "nothing.yaml"], in: folder)
    #expect(missing.status == 66)
    let none = try workforce(["decide"], in: folder)
    #expect(none.status == 64)
    let steps = try workforce(["decide", "two.yaml", "--pool-steps", "1"], in: folder)
    #expect(steps.status == 64)
    try Data(
      "scenario: x\nsolutions:\n  a:\n    model: formula\n    formulas: {fte: \"1\", project_cost: \"1\", operating_cost: \"0\"}\n"
        .utf8
    )
    .write(to: folder.appendingPathComponent("nogrant.yaml"))
    let noGrant = try workforce(["decide", "nogrant.yaml"], in: folder)
    #expect(noGrant.status == 65)
    #expect(
      noGrant.stderr.hasPrefix("nogrant.yaml:1:1: error: the scenario has no 'grant:' block"), "\(noGrant.stderr)")
  }
}
