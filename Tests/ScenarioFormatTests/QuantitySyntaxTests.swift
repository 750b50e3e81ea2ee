import Diagnostics
import Testing
import WorkforceModel

@testable import ScenarioFormat

/// The quantity syntax of design §2, read through `ScenarioLoader.decode`: each
/// value is the `tender` input of a one-solution scenario (line 6, value at
/// column 15), so every error's column is checked against the file.
@Suite("Quantity syntax")
struct QuantitySyntaxTests {
  static let accepted: [(text: String, quantity: Quantity)] = [
    ("13.25", .point(13.25)),
    ("725000", .point(725_000)),
    ("725_000", .point(725_000)),
    ("1_000_000", .point(1_000_000)),
    ("0", .point(0)),
    ("7k", .point(7_000)),
    ("20mio", .point(20_000_000)),
    ("1.5mio", .point(1_500_000)),
    ("2mia", .point(2_000_000_000)),
    ("1e3", .point(1_000)),
    ("2.5E2", .point(250)),
    // Three decimals after a zero, four decimals or an exponent are not
    // thousands separators.
    ("0.650", .point(0.65)),
    ("1.1250", .point(1.125)),
    ("1.450e3", .point(1_450)),
    ("1e-3", .point(0.001)),
    ("20 mio", .point(20_000_000)),
    ("7 k", .point(7_000)),
    ("2mio # a comment", .point(2_000_000)),
    ("20mio..25mio", .range(low: 20_000_000, high: 25_000_000)),
    ("20mio .. 25mio", .range(low: 20_000_000, high: 25_000_000)),
    ("5..5", .range(low: 5, high: 5)),
    ("1.5mio..2mia", .range(low: 1_500_000, high: 2_000_000_000)),
    ("\"20mio..25mio\"", .range(low: 20_000_000, high: 25_000_000)),
    ("'7k'", .point(7_000)),
    ("pert(10, 13.25, 15)", .pert(min: 10, mode: 13.25, max: 15)),
    ("pert( 10 ,13.25 , 15 )", .pert(min: 10, mode: 13.25, max: 15)),
    ("pert(1mio, 1mio, 1mio)", .pert(min: 1_000_000, mode: 1_000_000, max: 1_000_000)),
    ("triangular(1k, 2k, 3k)", .triangular(min: 1_000, mode: 2_000, max: 3_000)),
    ("uniform(1mio, 2mio)", .uniform(min: 1_000_000, max: 2_000_000)),
    ("normal(2mio, 100k)", .normal(mean: 2_000_000, sd: 100_000)),
    ("lognormal(1mio, 3mio)", .lognormal(p5: 1_000_000, p95: 3_000_000)),
    ("\"pert(1.6mio, 2mio, 2.4mio)\"", .pert(min: 1_600_000, mode: 2_000_000, max: 2_400_000)),
  ]

  @Test("accepted amounts, ranges and distributions", arguments: accepted)
  func acceptsQuantity(_ text: String, _ expected: Quantity) throws {
    #expect(try quantity(of: "tender", text) == expected)
  }

  static let shares: [(text: String, quantity: Quantity)] = [
    ("25%", .point(0.25)),
    ("25 %", .point(0.25)),
    ("12.5%", .point(0.125)),
    ("0.25", .point(0.25)),
    ("100%", .point(1)),
    ("0%", .point(0)),
    ("20%..30%", .range(low: 0.2, high: 0.3)),
    ("pert(20%, 25%, 30%)", .pert(min: 0.2, mode: 0.25, max: 0.3)),
    ("uniform(0%, 50%)", .uniform(min: 0, max: 0.5)),
  ]

  @Test("percent divides by 100", arguments: shares)
  func acceptsShare(_ text: String, _ expected: Quantity) throws {
    #expect(try quantity(of: "share", text) == expected)
  }

  static let rejected: [(text: String, message: String)] = [
    ("13,25", "f.yaml:6:17: error: decimal comma in 13,25; expected a decimal point, e.g. 13.25"),
    // Danish thousands separators: the report writes 725.000 for 725,000.
    (
      "725.000",
      "f.yaml:6:15: error: number '725.000' is ambiguous: a point before exactly three digits may separate "
        + "thousands; expected 725_000 for the thousands, or 725.0 for a decimal number"
    ),
    (
      "-1.450",
      "f.yaml:6:15: error: number '-1.450' is ambiguous: a point before exactly three digits may separate "
        + "thousands; expected -1_450 for the thousands, or -1.45 for a decimal number"
    ),
    (
      "1.450.000",
      "f.yaml:6:15: error: number '1.450.000' is ambiguous: a point before exactly three digits may separate "
        + "thousands; expected 1_450_000 for the thousands"
    ),
    (
      "pert(1, 1.125, 2)",
      "f.yaml:6:23: error: number '1.125' is ambiguous: a point before exactly three digits may "
        + "separate thousands; expected 1_125 for the thousands, or 1.1250 for a decimal number"
    ),
    // Ten significant digits would show both as 0.3: then both are written in full.
    (
      "pert(0.30000000002, 0.30000000001, 1)",
      "f.yaml:6:35: error: pert mode 0.30000000001 is below its min 0.30000000002; expected min ≤ mode ≤ max"
    ),
    ("20-25", "f.yaml:6:17: error: '-' in 20-25; expected '..' between the ends of a range, e.g. 20mio..25mio"),
    ("20 - 25", "f.yaml:6:18: error: '-' in 20 - 25; expected '..' between the ends of a range, e.g. 20mio..25mio"),
    (
      "20mio–25mio",
      "f.yaml:6:20: error: '–' in 20mio–25mio; expected '..' between the ends of a range, e.g. 20mio..25mio"
    ),
    ("5..3", "f.yaml:6:18: error: range 5..3 has its low end above its high end; expected low..high with low ≤ high"),
    (
      "25mio..20mio",
      "f.yaml:6:22: error: range 25mio..20mio has its low end above its high end; expected low..high with low ≤ high"
    ),
    ("5..", "f.yaml:6:18: error: missing number; expected a number such as 725_000, 13.25, 25%, 7k, 20mio or 1.5mia"),
    ("..5", "f.yaml:6:15: error: unexpected '..5'; expected a number such as 725_000, 13.25, 25%, 7k, 20mio or 1.5mia"),
    ("7_", "f.yaml:6:16: error: misplaced '_' in a number; expected '_' only between digits, e.g. 725_000"),
    ("7__000", "f.yaml:6:16: error: misplaced '_' in a number; expected '_' only between digits, e.g. 725_000"),
    ("_7", "f.yaml:6:15: error: unexpected '_7'; expected a number such as 725_000, 13.25, 25%, 7k, 20mio or 1.5mia"),
    ("1e400", "f.yaml:6:15: error: number 1e400 is too large; expected a finite number (at most about 1.8e308)"),
    ("1e306mia", "f.yaml:6:15: error: number 1e306mia is too large; expected a finite number (at most about 1.8e308)"),
    (
      "\"\"",
      "f.yaml:6:16: error: empty value; expected a number, a range like 20mio..25mio or a distribution like pert(10, 13.25, 15)"
    ),
    (
      "\"   \"",
      "f.yaml:6:16: error: empty value; expected a number, a range like 20mio..25mio or a distribution like pert(10, 13.25, 15)"
    ),
    ("20mil", "f.yaml:6:17: error: unknown unit 'mil'; expected %, k, mio or mia; did you mean 'mio'?"),
    ("20 mil", "f.yaml:6:18: error: unknown unit 'mil'; expected %, k, mio or mia; did you mean 'mio'?"),
    ("3 xyz", "f.yaml:6:17: error: unknown unit 'xyz'; expected %, k, mio or mia"),
    ("2mio junk", "f.yaml:6:20: error: unexpected 'junk' after the value; expected nothing after a quantity"),
    (
      "2mio#x",
      "f.yaml:6:19: error: unexpected '#x' after the value; expected nothing after a quantity (a comment needs a space before '#')"
    ),
    ("1.", "f.yaml:6:16: error: unexpected '.' after the value; expected nothing after a quantity"),
    ("2mios", "f.yaml:6:16: error: unknown unit 'mios'; expected %, k, mio or mia; did you mean 'mio'?"),
    ("7kk", "f.yaml:6:16: error: unknown unit 'kk'; expected %, k, mio or mia; did you mean 'k'?"),
    // A unit written out of habit gets no suggestion: 'kr' is not 'k', 'min' is not 'mio'.
    (
      "75kr",
      "f.yaml:6:17: error: unknown unit 'kr'; expected %, k, mio or mia (kroner, minutes, hours and days are written as plain numbers)"
    ),
    (
      "13.25 min",
      "f.yaml:6:21: error: unknown unit 'min'; expected %, k, mio or mia (kroner, minutes, hours and days are written as plain numbers)"
    ),
    (
      "2 Kroner",
      "f.yaml:6:17: error: unknown unit 'Kroner'; expected %, k, mio or mia (kroner, minutes, hours and days are written as plain numbers)"
    ),
    (
      "prt(1, 2, 3)",
      "f.yaml:6:15: error: unknown distribution or word 'prt'; expected a number or one of pert, triangular, uniform, normal, lognormal; did you mean 'pert'?"
    ),
    (
      "gamma(1, 2)",
      "f.yaml:6:15: error: unknown distribution or word 'gamma'; expected a number or one of pert, triangular, uniform, normal, lognormal"
    ),
    (
      "ca. 2mio",
      "f.yaml:6:15: error: unknown distribution or word 'ca'; expected a number or one of pert, triangular, uniform, normal, lognormal"
    ),
    ("pert 1", "f.yaml:6:20: error: 'pert' without '('; expected pert(min, mode, max)"),
    ("pert(1, 2, 3", "f.yaml:6:27: error: unclosed 'pert('; expected ',' or ')'"),
    ("pert(1; 2; 3)", "f.yaml:6:21: error: unexpected '; 2; 3)' in pert(…); expected ',' or ')'"),
    (
      "pert(a, b, c)",
      "f.yaml:6:20: error: unexpected 'a, b, c)'; expected a number such as 725_000, 13.25, 25%, 7k, 20mio or 1.5mia"
    ),
    ("pert(1, 2)", "f.yaml:6:15: error: pert takes 3 parameters, found 2; expected pert(min, mode, max)"),
    (
      "triangular(1, 2, 3, 4)",
      "f.yaml:6:15: error: triangular takes 3 parameters, found 4; expected triangular(min, mode, max)"
    ),
    ("uniform(1, 2, 3)", "f.yaml:6:15: error: uniform takes 2 parameters, found 3; expected uniform(min, max)"),
    ("normal(1)", "f.yaml:6:15: error: normal takes 2 parameters, found 1; expected normal(mean, sd)"),
    ("lognormal(1, 2, 3)", "f.yaml:6:15: error: lognormal takes 2 parameters, found 3; expected lognormal(p5, p95)"),
    ("pert(5, 1, 8)", "f.yaml:6:23: error: pert mode 1 is below its min 5; expected min ≤ mode ≤ max"),
    ("pert(1, 5, 3)", "f.yaml:6:26: error: pert max 3 is below its mode 5; expected min ≤ mode ≤ max"),
    ("triangular(0, 9, 5)", "f.yaml:6:32: error: triangular max 5 is below its mode 9; expected min ≤ mode ≤ max"),
    ("uniform(5, 1)", "f.yaml:6:26: error: uniform max 1 is below its min 5; expected min ≤ max"),
    ("normal(100, -1)", "f.yaml:6:27: error: normal standard deviation -1 is negative; expected sd ≥ 0"),
    ("lognormal(0, 5)", "f.yaml:6:25: error: lognormal p5 0 is not positive; expected 0 < p5 ≤ p95"),
    ("lognormal(5, 1)", "f.yaml:6:28: error: lognormal p95 1 is below its p5 5; expected 0 < p5 ≤ p95"),
    // Quoted values: the column counts the opening quote.
    ("\"20mil\"", "f.yaml:6:18: error: unknown unit 'mil'; expected %, k, mio or mia; did you mean 'mio'?"),
    ("'5..3'", "f.yaml:6:19: error: range 5..3 has its low end above its high end; expected low..high with low ≤ high"),
    ("\"pert(1, 5, 3)\"", "f.yaml:6:27: error: pert max 3 is below its mode 5; expected min ≤ mode ≤ max"),
    ("'13,25'", "f.yaml:6:18: error: decimal comma in 13,25; expected a decimal point, e.g. 13.25"),
  ]

  @Test("rejected quantities point at the offending character", arguments: rejected)
  func rejectsQuantity(_ text: String, _ message: String) {
    #expect(decodeMessage(wardWithInput("tender", text)) == message)
  }

  @Test func aMissingValueIsNotAQuantity() {
    #expect(
      decodeMessage(wardWithInput("tender", ""))
        == "f.yaml:6:14: error: input 'tender' of solution 'ward' is nothing; expected a single value")
  }

  // MARK: - Negative numbers, where a domain allows them

  @Test(
    "negative amounts parse; only domains reject them",
    arguments: [
      ("-5", Quantity.point(-5)),
      ("-1.5mio", .point(-1_500_000)),
      ("-20..-10", .range(low: -20, high: -10)),
      ("-2mio..3mio", .range(low: -2_000_000, high: 3_000_000)),
      ("normal(-1, 2)", .normal(mean: -1, sd: 2)),
      ("-25%", .point(-0.25)),
    ])
  func parsesNegative(_ text: String, _ expected: Quantity) throws {
    #expect(try QuantityParser.parse(text) == expected)
  }

  @Test func negativeCorrelationAndPublishedFigureAreAllowed() throws {
    let scenario = try decode(
      """
      solutions:
        ward:
          model: ward
          inputs:
            minutes_saved_per_patient_day: 13.25
            admissions: 725_000
            share: 20%..30%
            length_of_stay_days: 3..5
            price_per_patient_day: 75..125
            project_management: 20mio..25mio
            tender: 2mio
            hours_per_fte: 1450
          published:
            operating_cost: -1mio..2mio
      simulation: {correlations: [[ward.share, ward.length_of_stay_days, -0.5]]}
      """)
    let ward = try #require(scenario.solution("ward"))
    #expect(ward.published.map(\.value) == [Interval(-1_000_000, 2_000_000)])
    #expect(scenario.simulation.correlations.map(\.coefficient) == [-0.5])
  }
}
