import ExecutableTestSupport
import Foundation
import Testing

/// Finite numbers at the edges of `Double` through the executable (issue 13,
/// R2 and R5): every command that prints a number prints it, never traps.
@Suite("Huge and tiny numbers on the command line")
struct HugeNumberTests {
  /// A formula solution whose `fte` is its one input.
  static func formula(x: String, cost: String = "1") -> String {
    """
    scenario: t
    solutions:
      a:
        model: formula
        formulas: {fte: "x", project_cost: "\(cost)", operating_cost: "1"}
        inputs:
          x: \(x)

    """
  }

  /// Runs `arguments` in a fresh folder holding `t.yaml`.
  static func run(_ arguments: [String], scenario: String) throws -> Execution {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(scenario.utf8).write(to: folder.appendingPathComponent("t.yaml"))
    return try workforce(arguments, in: folder)
  }

  /// R2: 1e308 used to trap (SIGILL) in the number formatter; R5: 1e18 printed `1e,+18.0`.
  @Test(arguments: [("1e308", "1,00E+308"), ("1e18", "1,00E+18"), ("1.7976931348623157e308", "1,80E+308")])
  func runPrintsHugeFTE(_ x: String, _ shown: String) throws {
    let run = try Self.run(["run", "t.yaml"], scenario: Self.formula(x: x))
    #expect(run.status == 0)
    #expect(run.stderr == "")
    let rows = run.stdout.split(separator: "\n").filter { $0.hasPrefix("a ") || $0.hasPrefix("I alt") }
    #expect(rows.count == 2)
    for row in rows {
      // The årsværk column comes first after the name; project and operating cost are 1 kr. (0,0 mio. kr.).
      #expect(row.hasSuffix(" \(shown)                0,0                 0,0"), "\(row)")
    }
  }

  /// `explain` on a cost of 1e308 kr.: 1e308 kr. is 1e302 mio. kr.
  @Test func explainPrintsAHugeCost() throws {
    let run = try Self.run(["explain", "t.yaml", "--lang", "en"], scenario: Self.formula(x: "1e308", cost: "x"))
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(run.stdout.contains("  x      1.00E+308  (no source given)\n"))
    #expect(run.stdout.contains("= 1.00E+302 m DKK\n"))
  }

  /// `check` with a published figure of 1e308 against a computed 110: the
  /// deviation (1e308 − 110)/110 ≈ −100 % and the published figure both print.
  @Test func checkPrintsAHugePublishedFigure() throws {
    let scenario = Self.formula(x: "110") + "    published: {fte: 1e308}\n"
    let run = try Self.run(["check", "t.yaml", "--lang", "en"], scenario: scenario)
    #expect(run.status == 1)
    #expect(run.stdout.contains("1.00E+308"))
    #expect(!run.stdout.contains("e+"))
  }
}
