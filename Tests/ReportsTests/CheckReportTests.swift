import ScenarioFormat
import Testing
import WorkforceModel

@testable import Reports

/// `check`'s verdict texts and its errors for unexplained figures, on a small
/// scenario written here: the report's WARD and RPA inputs with chosen
/// `published:` figures. Expectations are worked out by hand in the comments.
@Suite("Check report")
struct CheckReportTests {
  /// WARD and RPA with the report's inputs; `wardPublished` and `rpaPublished`
  /// are the lines of their `published:` blocks (indented by six spaces).
  static func scenario(wardPublished: [String], rpaPublished: [String] = ["registrations: 11_250_000"]) throws
    -> Scenario
  {
    let text = """
      scenario: t
      assumptions:
        hours_per_fte: 1450
      solutions:
        ward:
          model: ward
          inputs:
            minutes_saved_per_patient_day: 13.25
            admissions: 725_000
            share: 25%
            length_of_stay_days: 4
            price_per_patient_day: 75..125
            project_management: 20mio..25mio
            tender: 2mio
          published:
      \(wardPublished.map { "      " + $0 }.joined(separator: "\n"))
        rpa:
          model: rpa
          inputs:
            reports_per_year: 450_000
            fields_per_report: 25
            minutes_per_field: 0.65
            pre_analysis: 1mio
            development: 5mio..8mio
            project_management: 2mio..3mio
            organisational: 2mio
            operations_share_of_development: 20%
          published:
      \(rpaPublished.map { "      " + $0 }.joined(separator: "\n"))

      """
    return try ScenarioLoader().decode(text, file: "t.yaml")
  }

  /// The verdict text of each row, `solution.figure: verdict`.
  static func verdicts(_ scenario: Scenario, _ language: Language) -> [String] {
    PublishedCheck(scenario).rows.map {
      "\($0.solution.id).\($0.published.name): " + CheckReport.verdictText($0, NumberStyle(language))
    }
  }

  @Test func roundingIsLabelledInTheUnitOfTheFigure() throws {
    let scenario = try Self.scenario(
      wardPublished: [
        "fte: 110",
        "operating_cost: {value: 55mio..90mio, rounding: 5mio}",
        "patient_days: {value: 1mio, rounding: 1mio}",
        "minutes_saved_per_patient_day: 13",
        "price_per_patient_day: {value: 80..130, rounding: 10}",
      ],
      rpaPublished: ["registrations: 11mio"])
    // fte 110.42 at tens (110: last non-zero digit and second digit both tens) → 110: årsværk.
    // operating 54.375–90.625 mio. at the stated 5 mio. → 55–90: kroner, in millions.
    // patient_days 725,000 at the stated 1,000,000 → 1,000,000: a count, not kroner.
    // minutes 13.25 at ones → 13: minutes.
    // price 75–125 kr. at the stated 10 → 80–130 (7.5 and 12.5 round away from zero): kroner, not millions.
    // registrations 11,250,000 at 1,000,000 (11mio: both digits are millions) → 11,000,000: a count.
    #expect(
      Self.verdicts(scenario, .en) == [
        "ward.fte: within rounding (to 10 FTE)",
        "ward.operating_cost: within rounding (to 5 m DKK)",
        "ward.patient_days: within rounding (to 1,000,000)",
        "ward.minutes_saved_per_patient_day: within rounding (to 1 min.)",
        "ward.price_per_patient_day: within rounding (to 10 DKK)",
        "rpa.registrations: within rounding (to 1,000,000)",
      ])
    #expect(
      Self.verdicts(scenario, .da) == [
        "ward.fte: inden for afrunding (til 10 årsværk)",
        "ward.operating_cost: inden for afrunding (til 5 mio. kr.)",
        "ward.patient_days: inden for afrunding (til 1.000.000)",
        "ward.minutes_saved_per_patient_day: inden for afrunding (til 1 min.)",
        "ward.price_per_patient_day: inden for afrunding (til 10 kr.)",
        "rpa.registrations: inden for afrunding (til 1.000.000)",
      ])
  }

  @Test func aPassingCheckHasNoFailures() throws {
    let scenario = try Self.scenario(wardPublished: ["fte: 110"])
    let report = CheckReport([(scenario, PublishedCheck(scenario))])
    #expect(report.passed)
    #expect(report.unexplained.isEmpty)
  }

  @Test func everyUnexplainedFigureIsAFailureNamingBothValues() throws {
    let scenario = try Self.scenario(
      wardPublished: [
        "fte: 120",
        "project_cost: 30mio",
        "patient_days: {value: 700_000, discrepancy: \"known\"}",
      ],
      rpaPublished: ["registrations: 10_000_000"])
    let report = CheckReport([(scenario, PublishedCheck(scenario))])
    #expect(!report.passed)
    // patient_days differs (725,000 at ten-thousands is 730,000) but has a reason: not a failure.
    #expect(
      report.unexplained.map { "\($0.solution.id).\($0.published.name)" } == [
        "ward.fte", "ward.project_cost", "rpa.registrations",
      ])
    let failures = report.unexplained.map { row in
      let failure = CheckReport.failure(row)
      return "\(row.published.location): \(failure.message); expected \(failure.expected)"
    }
    // `published:` is line 15, so the figures start on line 16; a bare value is located at its first character.
    // fte: (110.4167 − 120) / 120 = −7.99 %; at tens 110.4167 → 110.
    // project_cost: 22–27 mio. against 30: (22 − 30) / 30 = −26.7 % deviates most; at millions 22–27.
    // registrations: 11,250,000 against 10,000,000 = +12.5 %; at millions (10 mio.'s second digit) 11,000,000.
    #expect(
      failures == [
        "t.yaml:16:12: published ward.fte 120 differs from the computed 110.42 (-8.0%) without a 'discrepancy:' "
          + "reason; expected the computed value rounded to 10 FTE (110), or a 'discrepancy:' reason that says why "
          + "it differs",
        "t.yaml:17:21: published ward.project_cost 30 m DKK differs from the computed 22–27 m DKK (-26.7%) without "
          + "a 'discrepancy:' reason; expected the computed value rounded to 1 m DKK (22–27 m DKK), or a "
          + "'discrepancy:' reason that says why it differs",
        "t.yaml:31:22: published rpa.registrations 10,000,000 differs from the computed 11,250,000 (+12.5%) "
          + "without a 'discrepancy:' reason; expected the computed value rounded to 1,000,000 (11,000,000), or a "
          + "'discrepancy:' reason that says why it differs",
      ])
  }
}
