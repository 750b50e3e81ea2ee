import ExecutableTestSupport
import Foundation
import Testing

/// An analyst's own case: a variant that keeps one solution, and
/// `--solution ID` on every command that reads a scenario.
@Suite("choosing solutions")
struct SolutionSelectionTests {
  /// WARD in Region Syddanmark (issue 14): 143,000 admissions, 30 %, 4.5 days;
  /// the four other national solutions dropped.
  static func syddanmark(in folder: URL) throws {
    let base = packageRoot.appendingPathComponent("Scenarios/published.yaml").path
    try """
    extends: \(base)
    only: [ward]
    solutions:
      ward:
        inputs:
          admissions: {value: 143_000, source: "Region Syddanmark"}
          share: 30%
          length_of_stay_days: 4.5
        published: {}

    """.write(to: folder.appendingPathComponent("syd.yaml"), atomically: true, encoding: .utf8)
  }

  @Test func aRegionalVariantWithOneSolutionHasThatSolutionsTotals() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.syddanmark(in: folder)
    let result = try workforce(["run", "syd.yaml", "--format", "json"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let document = try #require(try json(result.stdout) as? [String: Any])
    let solutions = try #require(document["solutions"] as? [[String: Any]])
    #expect(solutions.map { $0["id"] as? String } == ["ward"])
    // 143,000 × 30 % × 4.5 days = 193,050 patient-days; × 13.25 min / 60 / 1,450 h = 29.40 årsværk.
    let total = try #require((document["total"] as? [String: Any])?["fte"] as? [String: Double])
    let expected = 143_000 * 0.3 * 4.5 * 13.25 / 60 / 1450
    #expect(abs((total["low"] ?? 0) - expected) < 1e-9)
    #expect(abs((total["high"] ?? 0) - expected) < 1e-9)
    // Operating cost: 193,050 × 75..125 kr. = 14.48..24.13 mio. kr.
    let operating = try #require((document["total"] as? [String: Any])?["operating_cost"] as? [String: Double])
    #expect(abs((operating["low"] ?? 0) - 193_050 * 75) < 1e-6)
    let omitted = try #require(document["omitted"] as? [[String: Any]])
    #expect(omitted.map { $0["id"] as? String } == ["migo", "dermloop", "mammography", "rpa"])
    #expect(omitted.allSatisfy { $0["by"] as? String == "variant" && $0["location"] as? String == "syd.yaml:2:7" })

    let text = try workforce(["run", "syd.yaml", "--lang", "en"], in: folder)
    #expect(
      text.stdout.contains(
        "Left out, not in the totals: migo, dermloop, mammography, rpa (the variant syd.yaml, line 2)."))
    let totalLine = text.stdout.split(separator: "\n").first { $0.hasPrefix("Total") }
    #expect(totalLine?.split(separator: " ").dropFirst().first == "29.4")
  }

  /// `run -s ward -s rpa`: the total is WARD's 110.42 plus RPA's 84.05.
  @Test func solutionOptionKeepsTheNamedSolutionsInTheTotals() throws {
    let result = try workforce(["run", "-s", "ward", "--solution", "rpa", "--format", "json"])
    #expect(result.status == 0)
    let document = try #require(try json(result.stdout) as? [String: Any])
    let total = try #require((document["total"] as? [String: Any])?["fte"] as? [String: Double])
    let ward = 13.25 * 725_000 * 0.25 * 4 / 60 / 1450
    let rpa = 450_000 * 25 * 0.65 / 60 / 1450
    #expect(abs((total["low"] ?? 0) - (ward + rpa)) < 1e-9)
    let omitted = try #require(document["omitted"] as? [[String: Any]])
    #expect(omitted.map { $0["id"] as? String } == ["migo", "dermloop", "mammography"])
    #expect(omitted.allSatisfy { $0["by"] as? String == "option" })
  }

  /// Every command that reads a scenario takes `--solution`, keeps only that
  /// solution and names the others.
  @Test(arguments: [
    ["run"], ["explain"], ["check"], ["simulate", "Scenarios/published.yaml", "-n", "2000", "--sensitivity", "none"],
    ["grant", "Scenarios/portfolio.yaml"], ["assess", "Scenarios/published-as-formulas.yaml"],
    ["decide", "Scenarios/portfolio.yaml", "-n", "2000", "--evppi-draws", "0"],
  ])
  func everyCommandTakesSolution(_ command: [String]) throws {
    let result = try workforce(command + ["--solution", "rpa", "--lang", "en"])
    #expect(result.status == 0, "\(command): \(result.stderr)")
    #expect(!result.stdout.contains("Kunstig intelligens til monitorering"), "\(command)")
    if command[0] != "decide" {
      #expect(result.stdout.contains("Left out, not in the totals: ward, migo, dermloop, mammography (--solution)"))
    }
  }

  @Test func theReportNamesWhatItLeavesOut() throws {
    let result = try workforce(["report", "-s", "rpa", "-n", "2000", "--lang", "en"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Left out, not in the totals: ward, migo, dermloop, mammography (--solution)."))
    #expect(!result.stdout.contains("<h3>Kunstig intelligens til monitorering"))
  }

  @Test(arguments: ["run", "explain", "check", "simulate", "grant", "report", "assess", "decide"])
  func anUnknownSolutionIsAUsageErrorWithASuggestion(_ command: String) throws {
    let file = command == "assess" ? "Scenarios/published-as-formulas.yaml" : "Scenarios/portfolio.yaml"
    let result = try workforce([command, file, "--solution", "wrad"])
    #expect(result.status == 64, "\(command)")
    #expect(
      result.stderr
        == "workforce: error: --solution 'wrad' is not a solution of \(file); expected one of ward, migo, dermloop, "
        + "mammography, rpa; did you mean 'ward'?\n", "\(command)")
  }

  @Test func aSolutionTheVariantLeavesOutIsNamedAsSuch() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.syddanmark(in: folder)
    let result = try workforce(["run", "syd.yaml", "-s", "migo"], in: folder)
    #expect(result.status == 64)
    #expect(
      result.stderr
        == "workforce: error: --solution 'migo': syd.yaml leaves 'migo' out (at syd.yaml:2:7); expected one of ward\n")
  }
}
