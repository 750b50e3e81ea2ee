import ExecutableTestSupport
import Foundation
import Testing

/// `validate --canonical` and the limits of `simulate`, through the executable.
@Suite("Canonical form and limits on the command line")
struct ReliabilityTests {
  static let variant = """
    extends: base.yaml
    solutions:
      migo: {inputs: {time_saving_share: 10%..14%}}

    """

  static let base = """
    scenario: base
    solutions:
      migo:
        model: migo
        inputs: {icu_beds: 310, fte_per_bed: 5, time_saving_share: 12%, price_per_bed_month: 7k,
          project_management: 10mio..15mio, tender: 2mio}

    """

  @Test func validateCanonicalPrintsTheMergedScenario() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(Self.base.utf8).write(to: folder.appendingPathComponent("base.yaml"))
    try Data(Self.variant.utf8).write(to: folder.appendingPathComponent("variant.yaml"))
    let expected = """
      scenario: "base"
      solutions:
        migo:
          model: migo
          inputs:
            icu_beds: 310
            fte_per_bed: 5
            time_saving_share: 10%..14%
            price_per_bed_month: 7000
            project_management: 10mio..15mio
            tender: 2mio

      """
    let run = try workforce(["validate", "--canonical", "variant.yaml"], in: folder)
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(run.stdout == expected)

    // The canonical form is itself a valid scenario with the same canonical form.
    try Data(run.stdout.utf8).write(to: folder.appendingPathComponent("canonical.yaml"))
    let again = try workforce(["validate", "--canonical", "canonical.yaml", "--output", "again.yaml"], in: folder)
    #expect(again.status == 0)
    #expect(again.stdout == "")
    #expect(try String(contentsOf: folder.appendingPathComponent("again.yaml"), encoding: .utf8) == expected)
  }

  @Test func validateCanonicalTakesOneFile() throws {
    let run = try workforce(["validate", "--canonical", "Scenarios/published.yaml", "Scenarios/uncertain.yaml"])
    #expect(run.status == 64)
    #expect(run.stdout == "")
    #expect(
      run.stderr
        == "workforce: error: 'validate --canonical' takes one scenario file, got 2; expected workforce validate --canonical FILE\n"
    )
  }

  @Test func validateCanonicalOfABadFileIsALocatedError() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("solutions:\n  ward: {model: wrad}\n".utf8).write(to: folder.appendingPathComponent("bad.yaml"))
    let run = try workforce(["validate", "--canonical", "bad.yaml"], in: folder)
    #expect(run.status == 65)
    #expect(run.stdout == "")
    #expect(run.stderr.hasPrefix("bad.yaml:2:17: error: unknown model 'wrad'"))
  }

  @Test(
    "--iterations is limited with a message that names the limit",
    arguments: [
      (
        "1000000001",
        "workforce: error: --iterations 1000000001 is more than the limit of 1,000,000,000 iterations; "
          + "expected at most 1000000000, or --precision to stop once every mean is known well enough\n"
      ),
      (
        "99999999999999999999999",
        "workforce: error: --iterations 99999999999999999999999 is more than the limit of 1,000,000,000 "
          + "iterations; expected at most 1000000000, or --precision to stop once every mean is known well enough\n"
      ),
      (
        "1",
        "workforce: error: --iterations '1' is not a whole number from 2 to 1000000000; expected a whole number such as 2, "
          + "100_000 or 100k\n"
      ),
      (
        "1e6",
        "workforce: error: --iterations '1e6' is not a whole number from 2 to 1000000000; expected a whole number such as "
          + "2, 100_000 or 100k\n"
      ),
      (
        // 1,001 million is one million over the limit, with the scenario files' suffix.
        "1001mio",
        "workforce: error: --iterations 1001mio is more than the limit of 1,000,000,000 iterations; "
          + "expected at most 1000000000, or --precision to stop once every mean is known well enough\n"
      ),
    ])
  func iterationLimit(_ value: String, _ message: String) throws {
    let run = try workforce(["simulate", "Scenarios/uncertain.yaml", "--iterations", value])
    #expect(run.status == 64)
    #expect(run.stdout == "")
    #expect(run.stderr == message)
  }

  /// Every number of a simulation report is checked before anything is
  /// written: draws near the largest Double overflow the running variance,
  /// which must be a located error, not "nan" in the output.
  @Test func nonFiniteSimulationResultIsALocatedError() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let scenario = """
      solutions:
        migo:
          model: migo
          inputs: {icu_beds: 10mio, fte_per_bed: 5, time_saving_share: 12%, price_per_bed_month: "uniform(0, 1e300)",
            project_management: 10mio, tender: 2mio}

      """
    try Data(scenario.utf8).write(to: folder.appendingPathComponent("huge.yaml"))
    try Data("previous\n".utf8).write(to: folder.appendingPathComponent("out.json"))
    let run = try workforce(
      ["simulate", "huge.yaml", "-n", "20000", "--format", "json", "--output", "out.json"], in: folder)
    #expect(run.status == 65)
    #expect(run.stdout == "")
    #expect(
      run.stderr
        == "huge.yaml:2:3: error: the simulated mean of migo.operating_cost is not a number (NaN); "
        + "expected inputs whose draws keep every figure finite (below about 1.8e308)\n")
    #expect(try String(contentsOf: folder.appendingPathComponent("out.json"), encoding: .utf8) == "previous\n")
  }

  /// Up to 50 million iterations nothing is announced; the announcement of a
  /// larger run is checked by the interrupt test, which starts one.
  @Test func ordinaryRunsAreNotAnnounced() throws {
    let run = try workforce(["simulate", "Scenarios/uncertain.yaml", "-n", "20000", "--sensitivity", "none"])
    #expect(run.status == 0)
    #expect(run.stderr == "")
  }
}
