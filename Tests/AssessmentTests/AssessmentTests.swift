import Assessment
import Diagnostics
import ScenarioFormat
import Testing
import WorkforceModel

/// A scenario of formula solutions with fixed figures, and an assessment block.
func scenario(solutions: String, assessment: String) throws(Diagnostic) -> Scenario {
  try ScenarioLoader().decode("solutions:\n\(solutions)\nassessment:\n\(assessment)", file: "f.yaml")
}

/// One solution with fixed figures: `fte` årsværk, project and operating cost in kroner.
func fixed(_ id: String, fte: String, project: String, operating: String) -> String {
  "  \(id):\n    model: formula\n    formulas: {fte: \"\(fte)\", project_cost: \"\(project)\", operating_cost: \"\(operating)\"}\n"
}

/// Three solutions worked by hand:
///
/// | | fte | project | operating | cost per fte: (project / 10 + operating) / fte |
/// |---|---|---|---|---|
/// | a | 100 | 10 mio | 5 mio | (1 + 5) mio / 100 = 60,000 |
/// | b | 50 | 20 mio | 0.5 mio | (2 + 0.5) mio / 50 = 50,000 |
/// | c | 80 | 8 mio | 6.4 mio | (0.8 + 6.4) mio / 80 = 90,000 |
let handWorked =
  fixed("a", fte: "100", project: "10mio", operating: "5mio")
  + fixed("b", fte: "50", project: "20mio", operating: "0.5mio")
  + fixed("c", fte: "80", project: "8mio", operating: "6.4mio")

func criteria(weights: (String, String, String)) -> String {
  """
    criteria:
      fte: {weight: \(weights.0), measure: fte}
      cost: {weight: \(weights.1), measure: cost_per_fte, years: 10}
      quality: {weight: \(weights.2)}
    scores:
      a: {quality: 2}
      b: {quality: 3}
      c: {quality: 5}
  """
}

@Suite("Assessment arithmetic")
struct AssessmentArithmeticTests {
  @Test func scoresTotalsAndRanksWorkedByHand() throws {
    let loaded = try scenario(solutions: handWorked, assessment: criteria(weights: ("50%", "25%", "25%")))
    let assessment = Assessment(loaded, settings: try #require(loaded.assessment))
    #expect(assessment.notices.isEmpty)
    #expect(assessment.criteria.map(\.weight) == [0.5, 0.25, 0.25])
    let rows = Dictionary(uniqueKeysWithValues: assessment.rows.map { ($0.solution.id, $0) })
    let a = try #require(rows["a"])
    let b = try #require(rows["b"])
    let c = try #require(rows["c"])
    // Measured values.
    #expect(a.values[0] == 100 && b.values[0] == 50 && c.values[0] == 80)
    #expect(a.values[1] == 60_000 && b.values[1] == 50_000 && c.values[1] == 90_000)
    #expect(a.values[2] == nil)
    // fte: worst 50 → 1, best 100 → 5, 80 → 1 + 4·30/50 = 3.4.
    #expect(a.scores[0] == 5 && b.scores[0] == 1)
    #expect(abs(c.scores[0] - 3.4) < 1e-12)
    // Cost (less is better): best 50,000 → 5, worst 90,000 → 1, 60,000 → 1 + 4·(−30,000)/(−40,000) = 4.
    #expect(b.scores[1] == 5 && c.scores[1] == 1 && a.scores[1] == 4)
    // Judged.
    #expect(a.scores[2] == 2 && b.scores[2] == 3 && c.scores[2] == 5)
    // Totals: a = 0.5·5 + 0.25·4 + 0.25·2 = 4; b = 0.5·1 + 0.25·5 + 0.25·3 = 2.5;
    // c = 0.5·3.4 + 0.25·1 + 0.25·5 = 3.2.
    #expect(abs(a.total - 4) < 1e-12 && abs(b.total - 2.5) < 1e-12 && abs(c.total - 3.2) < 1e-12)
    #expect(assessment.rows.map(\.solution.id) == ["a", "c", "b"])
    #expect(assessment.rows.map(\.rank) == [1, 2, 3])
  }

  @Test func aRankingWithMarginsBeyondTwentyPercentIsFullyRobust() throws {
    // a − c = 1.6·w₁ + 3·w₂ − 3·w₃ and c − b = 2.4·w₁ − 4·w₂ + 2·w₃ (weights before
    // normalisation, which keeps signs). With every weight at most 20 % off
    // (w₁ ∈ [0.4, 0.6], w₂, w₃ ∈ [0.2, 0.3]) the smallest values are
    // 0.64 + 0.6 − 0.9 = 0.34 and 0.96 − 1.2 + 0.4 = 0.16: both stay positive.
    let loaded = try scenario(solutions: handWorked, assessment: criteria(weights: ("50%", "25%", "25%")))
    let assessment = Assessment(loaded, settings: try #require(loaded.assessment))
    #expect(assessment.rows.map(\.keepsRank) == [1, 1, 1])
    #expect(assessment.rows.map(\.rankRange) == [1...1, 2...2, 3...3])
  }

  @Test func aTieUnderSymmetricScoresSplitsAboutEvenly() throws {
    // x scores (5, 1), y scores (1, 5), weights ½ and ½: both total 3 and share
    // rank 1. Perturbed, x wins exactly when its factor for the first weight is
    // the larger one, which by symmetry happens half the time; every draw gives
    // exactly one of them rank 1.
    let solutions =
      fixed("x", fte: "1", project: "0", operating: "0") + fixed("y", fte: "1", project: "0", operating: "0")
    let block = """
        criteria: {first: {weight: 1}, second: {weight: 1}}
        scores: {x: {first: 5, second: 1}, y: {first: 1, second: 5}}
        robustness: {draws: 4000, seed: 7}
      """
    let loaded = try scenario(solutions: solutions, assessment: block)
    let assessment = Assessment(loaded, settings: try #require(loaded.assessment))
    #expect(assessment.rows.map(\.rank) == [1, 1])
    #expect(assessment.rows.map(\.total) == [3, 3])
    let x = assessment.rows[0].keepsRank
    let y = assessment.rows[1].keepsRank
    #expect(x + y == 1)
    // 4,000 fair coin flips: standard deviation √(¼ / 4000) ≈ 0.008; allow 5 of them.
    #expect(abs(x - 0.5) < 0.04)
    #expect(assessment.rows.map(\.rankRange) == [1...2, 1...2])
    // The weights 1 and 1 are normalised, with a notice.
    #expect(assessment.notices == [.weightsNormalised(sum: 2)])
    #expect(assessment.criteria.map(\.weight) == [0.5, 0.5])
  }

  @Test func theSameSeedGivesTheSameShares() throws {
    let solutions =
      fixed("x", fte: "1", project: "0", operating: "0") + fixed("y", fte: "1", project: "0", operating: "0")
    let block = """
        criteria: {first: {weight: 1}, second: {weight: 1}}
        scores: {x: {first: 5, second: 1}, y: {first: 1, second: 5}}
      """
    let loaded = try scenario(solutions: solutions, assessment: block)
    let settings = try #require(loaded.assessment)
    let one = Assessment(loaded, settings: settings).rows.map(\.keepsRank)
    let two = Assessment(loaded, settings: settings).rows.map(\.keepsRank)
    #expect(one == two)
    let other = Assessment(loaded, settings: settings, robustness: .init(perturbation: 0.2, draws: 2_000, seed: 99))
    #expect(other.rows.map(\.keepsRank) != one)
  }

  @Test func weightsThatDoNotSumToOneAreNormalisedWithANotice() throws {
    let loaded = try scenario(solutions: handWorked, assessment: criteria(weights: ("2", "1", "1")))
    let assessment = Assessment(loaded, settings: try #require(loaded.assessment))
    #expect(assessment.notices == [.weightsNormalised(sum: 4)])
    #expect(assessment.criteria.map(\.weight) == [0.5, 0.25, 0.25])
    #expect(assessment.rows.map(\.solution.id) == ["a", "c", "b"])
    #expect(abs(assessment.rows[0].total - 4) < 1e-12)
  }

  @Test func aFixedScaleIsLinearAndHeldAtItsEnds() {
    // [worst 0, best 200]: 100 → 3, 50 → 2, 300 → 5 (held), −10 → 1 (held).
    let scale = AssessmentSettings.Criterion.Scale(worst: 0, best: 200)
    #expect(CriterionScaling.scores([100, 50, 300, -10], largerIsBetter: true, scale: scale) == [3, 2, 5, 1])
    // A cost scale written [worst 2 mio, best 200k]: 1.1 mio → 1 + 4·(−0.9)/(−1.8) = 3.
    let cost = AssessmentSettings.Criterion.Scale(worst: 2e6, best: 2e5)
    #expect(CriterionScaling.scores([1.1e6], largerIsBetter: false, scale: cost) == [3])
  }

  @Test func equalValuesScoreThreeAndUndefinedValuesScoreOne() {
    #expect(CriterionScaling.scores([7, 7, nil], largerIsBetter: true, scale: nil) == [3, 3, 1])
    #expect(CriterionScaling.scores([nil, nil], largerIsBetter: false, scale: nil) == [1, 1])
  }

  @Test func costPerFTEIsUndefinedWithoutFreedFTE() throws {
    let solutions =
      fixed("some", fte: "10", project: "1mio", operating: "1mio")
      + fixed("none", fte: "0", project: "1mio", operating: "1mio")
    let block = "  criteria: {cost: {weight: 1, measure: cost_per_fte}}\n"
    let loaded = try scenario(solutions: solutions, assessment: block)
    let assessment = Assessment(loaded, settings: try #require(loaded.assessment))
    #expect(assessment.notices == [.undefinedValue(criterion: "cost", solution: "none", measure: .costPerFTE)])
    let none = try #require(assessment.rows.first { $0.solution.id == "none" })
    #expect(none.values == [nil])
    #expect(none.scores == [1])
    // The only defined value is both best and worst: 3. (0.1 + 1) mio / 10 = 110,000.
    let some = try #require(assessment.rows.first { $0.solution.id == "some" })
    #expect(some.values == [110_000])
    #expect(some.scores == [3])
  }

  @Test func netPresentValuesAreScaledLikeAnyMeasure() throws {
    let loaded = try scenario(
      solutions: handWorked, assessment: "  criteria: {fte: {weight: 1, measure: fte}}\n")
    let settings = AssessmentSettings(
      criteria: [.init(id: "npv", weight: 1, measure: .npv, location: SourceLocation(file: "f", line: 1, column: 1))],
      location: SourceLocation(file: "f", line: 1, column: 1))
    // a: 30 mio, b: −10 mio (worst → 1), c: no business case → 1 with a notice.
    // a is the best → 5.
    let assessment = Assessment(
      loaded, settings: settings, npv: ["a": Interval(20e6, 40e6), "b": Interval(constant: -10e6)])
    let scores = Dictionary(uniqueKeysWithValues: assessment.rows.map { ($0.solution.id, $0.scores[0]) })
    #expect(scores == ["a": 5, "b": 1, "c": 1])
    #expect(assessment.notices == [.undefinedValue(criterion: "npv", solution: "c", measure: .npv)])
    #expect(assessment.rows.first?.values == [30e6])
  }

  @Test func competitionRanksShareTies() {
    #expect(Ranking.ranks([3, 4, 4, 1]) == [3, 1, 1, 4])
    #expect(Ranking.ranks([2, 2, 2]) == [1, 1, 1])
    #expect(Ranking.ranks([]) == [])
  }
}

@Suite("Assessment block")
struct AssessmentDecodingTests {
  static let errors: [(assessment: String, message: String)] = [
    (
      "  criteria: {fte: {weight: 1, measure: fte}, quality: {weight: 1}}\n  scores: {a: {quality: 3}}\n",
      "f.yaml:11:11: error: no score for criterion 'quality' of solution 'b' in 'assessment'; expected a score from 1 "
        + "to 5 under assessment: scores: b: quality:"
    ),
    (
      "  criteria: {quality: {weight: 1}}\n  scores: {a: {quality: 6}, b: {quality: 1}}\n",
      "f.yaml:11:25: error: score 'quality' of 'a' is '6'; expected a score from 1 to 5"
    ),
    (
      "  criteria: {quality: {weight: 1}}\n  scores: {a: {qualty: 3}, b: {quality: 1}}\n",
      "f.yaml:11:16: error: unknown criterion 'qualty' in the scores of 'a'; expected one of quality; did you mean 'quality'?"
    ),
    (
      "  criteria: {fte: {weight: 1, measure: fte}}\n  scores: {a: {fte: 3}}\n",
      "f.yaml:11:16: error: a score for criterion 'fte' of solution 'a', which is computed (measure fte); expected "
        + "scores only for the judged criteria: "
    ),
    (
      "  criteria: {quality: {weight: 1}}\n  scores: {z: {quality: 3}}\n",
      "f.yaml:11:12: error: unknown solution 'z' in 'scores' of 'assessment'; expected one of a, b; did you mean 'a'?"
    ),
    (
      "  criteria: {money: {weight: 1, measure: npv}}\n",
      "f.yaml:10:42: error: measure 'npv' in criterion 'money' of 'assessment', but the scenario has no "
        + "'business_case:' block; expected a 'business_case:' block, or the measure fte or cost_per_fte"
    ),
    (
      "  criteria: {fte: {weight: 1, measure: ftes}}\n",
      "f.yaml:10:40: error: unknown measure 'ftes' in criterion 'fte' of 'assessment'; expected one of fte, "
        + "cost_per_fte, npv; did you mean 'fte'?"
    ),
    (
      "  criteria: {fte: {weight: -1, measure: fte}}\n",
      "f.yaml:10:28: error: weight '-1' of criterion 'fte' of 'assessment'; expected a number ≥ 0 such as 40% or 0.4"
    ),
    (
      "  criteria: {fte: {weight: 0, measure: fte}}\n",
      "f.yaml:10:13: error: every criterion of 'assessment' has weight 0; expected at least one positive weight"
    ),
    (
      "  criteria: {fte: {weight: 1, measure: fte, scale: [5, 5]}}\n",
      "f.yaml:10:52: error: 'scale' of criterion 'fte' of 'assessment' has equal ends; expected [value scoring 1, "
        + "value scoring 5] with two different values"
    ),
    (
      "  criteria: {fte: {weight: 1, measure: fte}}\n  robustness: {perturbation: 120%}\n",
      "f.yaml:11:30: error: perturbation '120%' of 'robustness' of 'assessment'; expected a share above 0% and below "
        + "100%, e.g. 20%"
    ),
    (
      "  criteria: {fte: {wieght: 1}}\n",
      "f.yaml:10:20: error: unknown key 'wieght' in criterion 'fte' of 'assessment'; expected one of title, weight, "
        + "measure, scale, years, source; did you mean 'weight'?"
    ),
  ]

  @Test(arguments: errors)
  func mistakesAreLocated(_ example: (assessment: String, message: String)) {
    let solutions =
      fixed("a", fte: "1", project: "0", operating: "0") + fixed("b", fte: "2", project: "0", operating: "0")
    do {
      _ = try scenario(solutions: solutions, assessment: example.assessment)
      Issue.record("decoded")
    } catch {
      #expect(error.description == example.message)
    }
  }

  @Test func scoresMayCarryASource() throws {
    let solutions = fixed("a", fte: "1", project: "0", operating: "0")
    let loaded = try scenario(
      solutions: solutions,
      assessment:
        "  criteria: {q: {weight: 1, title: Kvalitet, source: \"assumption\"}}\n  scores: {a: {q: {value: 4.5, source: \"panel\"}}}\n"
    )
    let settings = try #require(loaded.assessment)
    #expect(settings.criteria.first?.title == "Kvalitet")
    #expect(settings.criteria.first?.source == "assumption")
    #expect(settings.scores["a"]?["q"]?.value == 4.5)
    #expect(settings.scores["a"]?["q"]?.source == "panel")
    #expect(settings.robustness == AssessmentSettings.Robustness(perturbation: 0.2, draws: 2_000, seed: 1))
  }
}
