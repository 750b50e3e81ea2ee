import ExecutableTestSupport
import Foundation
import Testing

/// `workforce assess`, run as a user would, and the analyst's path of issue 6:
/// a sixth solution written as formulas in a copy of the published scenario
/// shows up in `run`, `explain`, `simulate`, `check`, `assess` and `grant`.
@Suite("workforce assess and formula solutions")
struct AssessCommandTests {
  /// Three solutions with fixed figures, worked by hand (see the CSV test).
  static let handWorked = """
    scenario: hand
    solutions:
      a:
        model: formula
        formulas: {fte: "100", project_cost: "10mio", operating_cost: "5mio"}
      b:
        model: formula
        formulas: {fte: "50", project_cost: "20mio", operating_cost: "0.5mio"}
      c:
        model: formula
        formulas: {fte: "75", project_cost: "8mio", operating_cost: "5.95mio"}
    assessment:
      criteria:
        fte: {weight: 50%, measure: fte}
        cost: {weight: 25%, measure: cost_per_fte, years: 10}
        quality: {weight: 25%, title: Quality}
      scores:
        a: {quality: 2}
        b: {quality: 2}
        c: {quality: 5}

    """

  static func handFile() throws -> URL {
    let folder = try temporaryFolder()
    let file = folder.appendingPathComponent("hand.yaml")
    try Data(handWorked.utf8).write(to: file)
    return folder
  }

  @Test func csvHasTheHandWorkedScores() throws {
    // fte: 50 → 1, 100 → 5, 75 → 1 + 4·25/50 = 3.
    // Cost per fte, (project / 10 + operating) / fte: a (1 + 5) mio / 100 = 60,000;
    // b (2 + 0.5) mio / 50 = 50,000 (best → 5); c (0.8 + 5.95) mio / 75 = 90,000
    // (worst → 1); a → 1 + 4·(−30,000)/(−40,000) = 4.
    // Totals: a 0.5·5 + 0.25·4 + 0.25·2 = 4; c 0.5·3 + 0.25·1 + 0.25·5 = 3;
    // b 0.5·1 + 0.25·5 + 0.25·2 = 2.25. Margins stay positive under ±20 %
    // weights (a − c ≥ 0.8 + 0.6 − 0.9; c − b ≥ 0.8 − 1.2 + 0.6), so every rank holds.
    let folder = try Self.handFile()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try workforce(["assess", "hand.yaml", "--format", "csv"], in: folder)
    #expect(result.status == 0)
    #expect(result.stderr == "")
    #expect(
      result.stdout
        == [
          "rank,solution,fte,fte_value,cost,cost_value,quality,total,keeps_rank,best_rank,worst_rank",
          "1,a,5,100,4,60000,2,4,1,1,1",
          "2,c,3,75,1,90000,5,3,1,2,2",
          "3,b,1,50,5,50000,2,2.25,1,3,3",
        ].map { $0 + "\r\n" }.joined())
  }

  @Test func textIsATableOfCriteriaAndRanks() throws {
    let folder = try Self.handFile()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try workforce(["assess", "hand.yaml", "--lang", "en"], in: folder)
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        Assessment: hand
        Scenario hand · hand.yaml

        Criterion          Weight  Basis
        ─────────────────  ──────  ────────────────────────────────────────────────────────────────────────────────────
        fte                   50%  computed: FTE freed per year; worst → 1, best → 5
        cost                  25%  computed: DKK per FTE freed (project over 10 years + operating); worst → 1, best → 5
        quality (Quality)     25%  judged 1–5

        Rank  Solution  fte  cost  quality  Total  Keeps rank  Rank range
        ────  ────────  ───  ────  ───────  ─────  ──────────  ──────────
           1  a         5.0   4.0      2.0   4.00        100%           1
           2  c         3.0   1.0      5.0   3.00        100%           2
           3  b         1.0   5.0      2.0   2.25        100%           3

        Measured values (midpoints)
        Solution      fte        cost
        ────────  ───────  ──────────
        a         100 FTE  60,000 DKK
        c          75 FTE  90,000 DKK
        b          50 FTE  50,000 DKK

        Scores 1–5 per criterion; total = Σ weight × score. Computed criteria use the midpoint of the solution's range, scaled linearly from 1 (worst) to 5 (best), between the solutions or on the criterion's scale.
        Keeps rank: share of 2,000 random weight sets (each weight times a factor between 0.8 and 1.2, seed 1) under which the solution keeps its rank. Rank range: best and worst rank under the same weight sets.

        """)
  }

  @Test func weightsNotSummingToOneGiveANotice() throws {
    let folder = try Self.handFile()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = Self.handWorked.replacingOccurrences(of: "weight: 50%", with: "weight: 60%")
    try Data(text.utf8).write(to: folder.appendingPathComponent("hand.yaml"))
    let result = try workforce(["assess", "hand.yaml", "--format", "json"], in: folder)
    #expect(result.status == 0)
    #expect(result.stderr == "workforce: note: the weights sum to 1.1, not 1; each weight was divided by the sum\n")
    let document = try #require(try json(result.stdout) as? [String: Any])
    #expect(document["notices"] as? [String] == ["the weights sum to 1.1, not 1; each weight was divided by the sum"])
    let criteria = try #require(document["criteria"] as? [[String: Any]])
    #expect(criteria.map { $0["weight"] as? Double } == [0.6, 0.25, 0.25])
  }

  @Test func theBundledAssessmentRanksTheFiveSolutions() throws {
    let result = try workforce(["assess", "Scenarios/published-as-formulas.yaml", "--format", "json"])
    #expect(result.status == 0)
    let document = try #require(try json(result.stdout) as? [String: Any])
    let solutions = try #require(document["solutions"] as? [[String: Any]])
    #expect(Set(solutions.compactMap { $0["id"] as? String }) == ["ward", "migo", "dermloop", "mammography", "rpa"])
    #expect(solutions.compactMap { $0["rank"] as? Int } == [1, 2, 3, 4, 5])
    // Mammography frees the fewest årsværk (2.2) at the highest cost per årsværk: 1 on both.
    let last = try #require(solutions.last)
    #expect(last["id"] as? String == "mammography")
    let scores = try #require(last["scores"] as? [String: [String: Any]])
    #expect(scores["fte"]?["score"] as? Double == 1)
    #expect(scores["cost_per_fte"]?["score"] as? Double == 1)
    let robustness = try #require(document["robustness"] as? [String: Any])
    #expect(robustness["draws"] as? Int == 2000)
    #expect(robustness["seed"] as? Int == 1)
    // The same seed, the same shares; another seed may differ.
    let again = try workforce(["assess", "Scenarios/published-as-formulas.yaml", "--format", "json"])
    #expect(again.stdout == result.stdout)
  }

  @Test func aScenarioWithoutAnAssessmentBlockIsAnError() throws {
    let result = try workforce(["assess", "Scenarios/published.yaml"])
    #expect(result.status == 65)
    #expect(
      result.stderr
        == "Scenarios/published.yaml:1:1: error: scenario 'published' has no 'assessment:' block; expected an "
        + "'assessment:' block with criteria, weights and scores (see README.md, 'The assessment model')\n")
    let draws = try workforce(["assess", "Scenarios/published-as-formulas.yaml", "--draws", "0"])
    #expect(draws.status == 64)
    let missing = try workforce(["assess"])
    #expect(missing.status == 64)
  }

  /// The sixth solution of the README, added to a copy of the published
  /// scenario the way an analyst would edit it.
  static let sixthSolution = """
      chatbot:
        model: formula
        title: Chatbot til patienthenvendelser (eksempel)
        category: automation
        inputs:
          calls_per_year: {value: 2mio..3mio, source: "Assumption"}
          answered_share: {value: 20%..30%, source: "Assumption"}
          minutes_per_call: {value: 4, source: "Assumption"}
          licence_per_year: {value: 3mio, source: "Assumption"}
          project_management: {value: 5mio, source: "Assumption"}
        let:
          hours_saved: "calls_per_year * answered_share * minutes_per_call / 60"
        formulas:
          fte: "hours_saved / hours_per_fte"
          project_cost: "project_management"
          operating_cost: "licence_per_year"
        published:
          fte: {value: 11, source: "Our own estimate, to check the formula"}

    """

  @Test func aSixthSolutionAppearsInEveryCommand() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var text = try String(
      contentsOf: packageRoot.appendingPathComponent("Scenarios/published-as-formulas.yaml"), encoding: .utf8)
    // Under `solutions:` (after `rpa`, before the grant block's comment) and under `scores:`.
    let solutionsEnd = try #require(text.range(of: "\n# The grant tables"))
    text.insert(contentsOf: "\n" + Self.sixthSolution, at: solutionsEnd.lowerBound)
    let scores = try #require(text.range(of: "  scores:\n"))
    text.insert(contentsOf: "    chatbot: {scalability: 4, implementability: 4}\n", at: scores.upperBound)
    try Data(text.utf8).write(to: folder.appendingPathComponent("mine.yaml"))

    // hours: 2–3 mio × 20–30 % × 4 / 60 = 26,667–60,000; ÷ 1,450 = 18.4–41.4 årsværk.
    let run = try workforce(["run", "mine.yaml", "--format", "json"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    let document = try #require(try json(run.stdout) as? [String: Any])
    let solutions = try #require(document["solutions"] as? [[String: Any]])
    let chatbot = try #require(solutions.first { $0["id"] as? String == "chatbot" })
    #expect(chatbot["model"] as? String == "formula")
    let fte = try #require(chatbot["fte"] as? [String: Double])
    #expect(abs((fte["low"] ?? 0) - 2e6 * 0.2 * 4 / 60 / 1450) < 1e-9)
    #expect(abs((fte["high"] ?? 0) - 3e6 * 0.3 * 4 / 60 / 1450) < 1e-9)

    let explain = try workforce(["explain", "mine.yaml", "--solution", "chatbot", "--lang", "en"], in: folder)
    #expect(explain.status == 0)
    #expect(explain.stdout.contains("hours_saved    = calls_per_year × answered_share × minutes_per_call ÷ 60"))

    let simulate = try workforce(
      ["simulate", "mine.yaml", "-n", "20000", "--sensitivity", "tornado", "--format", "json"], in: folder)
    #expect(simulate.status == 0)
    let outputs = try #require((try json(simulate.stdout) as? [String: Any])?["outputs"] as? [String: Any])
    #expect(outputs["chatbot.fte"] != nil)

    // 11 is outside 18.4–41.4 and has no discrepancy: check fails, and says which.
    let check = try workforce(["check", "mine.yaml", "--format", "csv"], in: folder)
    #expect(check.status == 1)
    #expect(check.stdout.contains("chatbot,fte"))

    let assess = try workforce(["assess", "mine.yaml", "--format", "csv"], in: folder)
    #expect(assess.status == 0)
    #expect(assess.stdout.components(separatedBy: "\r\n").filter { $0.contains(",chatbot,") }.count == 1)

    let grant = try workforce(["grant", "mine.yaml", "--lang", "en"], in: folder)
    #expect(grant.status == 0, "\(grant.stderr)")
    #expect(grant.stdout.contains("Chatbot til patienthenvendelser (eksempel)"))
  }
}
