import Testing
import WorkforceModel

@Suite("Explanations")
struct ExplanationTests {
  @Test func wardStepsAreIntermediatesThenFigures() throws {
    let scenario = try bundledScenario("published.yaml")
    let ward = try #require(scenario.solution("ward"))
    let explanation = SolutionExplanation(ward)
    #expect(explanation.steps.map(\.name) == ["patient_days", "hours_saved", "fte", "project_cost", "operating_cost"])
    // hours_saved = 13.25 × 725,000 ÷ 60 = 160,104.1667
    #expect(close(explanation.steps[1].value.low, 9_606_250.0 / 60))
  }

  @Test func tracedLeavesCarryInputsAndSources() throws {
    let scenario = try bundledScenario("published.yaml")
    let rpa = try #require(scenario.solution("rpa"))
    let fte = try #require(SolutionExplanation(rpa).steps.first { $0.name == "fte" })
    guard case .operation(.divide, let numerator, let denominator) = fte.expression.term else {
      Issue.record("fte is not a division")
      return
    }
    guard case .named("hours_saved", _) = numerator.term, case .input(let hours, .hours) = denominator.term else {
      Issue.record("fte is not hours_saved ÷ hours_per_fte")
      return
    }
    #expect(hours.name == "hours_per_fte")
    #expect(hours.origin == .assumption)
    #expect(hours.source?.contains("gengiver") == true)
  }
}
