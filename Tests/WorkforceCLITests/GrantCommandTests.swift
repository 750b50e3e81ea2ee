import ExecutableTestSupport
import Foundation
import Testing

@Suite("workforce grant, and the business case in run and simulate")
struct GrantCommandTests {
  @Test func markdownTablesReadyToPaste() throws {
    let result = try workforce(["grant", "Scenarios/portfolio.yaml", "--format", "markdown"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    let out = result.stdout
    #expect(out.hasPrefix("# "))
    for heading in [
      "## Ansøgning", "### Ansøgte løsninger: tilskud, egenfinansiering og frigjorte årsværk",
      "### Finansieret uden for puljen",
      "### Tilskud fordelt på regioner (kr.)", "### Egenfinansiering fordelt på regioner (kr.)",
      "### Regionernes It-råd: risikovurdering og risikobuffer",
      "## Portefølje inden for puljen", "## Business case", "### Skifteværdier", "### Forudsætninger og kilder",
      "### Bilag: modelinput og kilder",
    ] {
      #expect(out.contains(heading), "\(heading)")
    }
    // WARD: budget 27 mio. (high end of 22–27), grant and own contribution half each.
    #expect(
      out.contains(
        "| Kunstig intelligens til monitorering på sengeafdelinger (WARD 24/7) | Region Hovedstaden | 27.000.000 | 13.500.000 | 13.500.000 | 110,4 |"
      ))
    // The regions' grants: WARD, Migo and mammography, 34.5 mio. × 21, 62, 31, 43, 43 / 200.
    #expect(out.contains("| I alt | 3.622.500 | 10.695.000 | 5.347.500 | 7.417.500 | 7.417.500 | 34.500.000 |"))
    // The regions' part at the prudent (low) end, 25 % of 100 mio.: WARD + Migo (22 mio.), 3 mio. left.
    #expect(out.contains("| Regionernes del (antagelse: 25–40 %; lav ende) | 25.000.000 | – | – |"))
    #expect(out.contains("| Tilbage af regionernes del | 3.000.000 | – | – |"))
    #expect(out.contains("Ikke valgt: Kunstig intelligens til bistand i diagnostikken (mammografiscreening)."))
    // Dermloop and RPA: the 2024 economy agreement, with the board paper's words.
    #expect(out.contains("| Delegering af opgaver på tværs af sektorer (Dermloop) | økonomiaftalen for 2024 |"))
    // Migo's third year (2026) is after the pool's period: 17 mio. / 3, rounded down.
    #expect(
      out.contains(
        "Kunstig intelligens til monitorering af intensivpatienter (Migo) 5.666.666 kr. (sidste projektår 2026)"))
    #expect(out.contains("⚠ Budget over 10 mio. kr., så Regionernes It-råd skal risikovurdere projektet"))
    #expect(out.contains("35 mio. kr.; gennemsnitlig forventet varighed: 2,6 år"))
    // The analyst's assumptions are labelled as such.
    #expect(
      out.contains("Antagelse (analytikerens, ingen kilde): budgettet er projektomkostningen (engangsudgiften) alene"))
    #expect(out.contains("(Antagelse: tilskud og egenfinansiering fordeles på regionerne efter en bloktilskudsnøgle"))
    // Every value the scenario adds is listed with its source.
    #expect(out.contains("Finansministeriet, 'Dokumentationsnotat – den samfundsøkonomiske diskonteringsrente'"))
    #expect(out.contains("HM Treasury (2003)"))
  }

  @Test func englishLabels() throws {
    let result = try workforce(["grant", "Scenarios/portfolio.yaml", "--lang", "en"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Solutions applied for: grant, own contribution and freed FTE"))
    #expect(result.stdout.contains("13,500,000"))
  }

  /// The JSON shape documented in README.md, and exact sums.
  @Test func jsonShapeAndExactSums() throws {
    let result = try workforce(["grant", "Scenarios/portfolio.yaml", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let document = try #require(try json(result.stdout) as? [String: Any])
    #expect(document["scenario"] as? String == "portfolio")
    let grant = try #require(document["grant"] as? [String: Any])
    #expect(grant["pool"] as? Double == 100_000_000)
    #expect(grant["co_financing"] as? Double == 0.5)
    let applications = try #require(grant["applications"] as? [[String: Any]])
    #expect(applications.map { $0["solution"] as? String } == ["ward", "migo", "mammography"])
    let elsewhere = try #require(grant["funded_elsewhere"] as? [[String: Any]])
    #expect(elsewhere.map { $0["solution"] as? String } == ["dermloop", "rpa"])
    #expect(
      elsewhere.allSatisfy { $0["funding"] as? String == "economy_agreement_2024" && $0["grant"] as? Double == 0 })
    #expect(grant["available_pool"] as? Double == 25_000_000)
    #expect(grant["regions_share"] as? [String: Double] == ["low": 0.25, "high": 0.4])
    #expect(applications.map { $0["spending_after_period"] as? Double } == [0, 5_666_666, 8_333_333])
    #expect(applications.allSatisfy { $0["it_council_risk_assessment"] as? Bool == true })
    for application in applications {
      let budget = try #require(application["budget"] as? Double)
      let part = try #require(application["grant"] as? Double)
      let own = try #require(application["own_contribution"] as? Double)
      #expect(part + own == budget)
      let byRegion = try #require(application["grant_by_region"] as? [String: Double])
      #expect(byRegion.values.reduce(0, +) == part)
      #expect(Set(byRegion.keys) == ["Nordjylland", "Hovedstaden", "Sjælland", "Syddanmark", "Midtjylland"])
    }
    let total = try #require(grant["total"] as? [String: Any])
    #expect(total["grant"] as? Double == 34_500_000)
    let portfolio = try #require(grant["portfolio"] as? [String: Any])
    #expect(portfolio["remaining_pool"] as? Double == 3_000_000)
    #expect(portfolio["solutions"] as? [String] == ["ward", "migo"])
    let businessCase = try #require(document["business_case"] as? [String: Any])
    #expect(businessCase["start_year"] as? Double == 2024)
    let solutions = try #require(businessCase["solutions"] as? [[String: Any]])
    let years = try #require(solutions.first?["years"] as? [[String: Any]])
    #expect(years.count == 10)
    #expect(years.first?["discount_factor"] as? Double == 1)
    #expect((document["assumptions"] as? [[String: String]])?.isEmpty == false)
  }

  /// `;` between fields and a decimal comma: 110.41666… årsværk is `110,41666666666666`.
  @Test func danishCSV() throws {
    let result = try workforce([
      "grant", "Scenarios/portfolio.yaml", "--format", "csv", "--csv-dialect", "danish", "--table", "grant",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.components(separatedBy: "\r\n")
    #expect(lines[0].hasPrefix("Løsning;Ansøger;Projektbudget, kr.;Tilskud, kr.;Egenfinansiering, kr.;"))
    #expect(
      lines[1].hasPrefix(
        "Kunstig intelligens til monitorering på sengeafdelinger (WARD 24/7);Region Hovedstaden;27000000;13500000;13500000;110,41666666666666;"
      ))
  }

  @Test func xlsxWorkbook() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("ansøgning.xlsx")
    let result = try workforce(["grant", "Scenarios/portfolio.yaml", "--format", "xlsx", "--output", file.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    let bytes = try [UInt8](Data(contentsOf: file))
    #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))  // "PK\3\4": a zip archive
    let python = "/usr/bin/python3"
    guard FileManager.default.isExecutableFile(atPath: python) else { return }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [
      "-c",
      "import sys, zipfile, xml.dom.minidom as m; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; "
        + "[m.parseString(z.read(n)) for n in z.namelist()]; "
        + "assert sum(n.startswith('xl/worksheets/') for n in z.namelist()) >= 10",
      file.path,
    ]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }

  @Test func errors() throws {
    let noGrant = try workforce(["grant", "Scenarios/published.yaml"])
    #expect(noGrant.status == 65)
    #expect(noGrant.stdout.isEmpty)
    #expect(noGrant.stderr.hasPrefix("Scenarios/published.yaml:1:1: error: the scenario has no 'grant:' block;"))
    let xlsx = try workforce(["grant", "Scenarios/portfolio.yaml", "--format", "xlsx"])
    #expect(xlsx.status == 64)
    #expect(xlsx.stderr == "workforce: error: --format xlsx writes a binary workbook; expected --output FILE.xlsx\n")
    let table = try workforce(["grant", "Scenarios/portfolio.yaml", "--format", "csv", "--table", "grnt"])
    #expect(table.status == 64)
    #expect(table.stderr.contains("did you mean 'grant'?"))
    let missing = try workforce(["grant", "no-such.yaml"])
    #expect(missing.status == 66)
    let help = try workforce(["grant", "--help"])
    #expect(help.status == 0 && help.stdout.contains("Usage: workforce grant FILE"))
  }

  /// `run` adds the business case: a `business_case` key in JSON (the
  /// documented keys unchanged) and its tables in text.
  @Test func runShowsTheBusinessCase() throws {
    let json = try workforce(["run", "Scenarios/portfolio.yaml", "--format", "json"])
    #expect(json.status == 0, "\(json.stderr)")
    let document = try #require(try GrantCommandTests.parse(json.stdout))
    #expect(Set(document.keys).isSuperset(of: ["scenario", "solutions", "total", "business_case"]))
    let text = try workforce(["run", "Scenarios/portfolio.yaml"])
    #expect(text.stdout.contains("Business case pr. løsning: nutidsværdi over 10 år (2024–2033)"))
    // Without a business_case block, run's JSON is as before.
    let plain = try #require(try GrantCommandTests.parse(try workforce(["run", "--format", "json"]).stdout))
    #expect(plain["business_case"] == nil)
  }

  /// `simulate` adds `<solution>.npv` and `total.npv` with the probability of
  /// a negative NPV, identical with one and two threads.
  @Test func simulateNPV() throws {
    let arguments = [
      "simulate", "Scenarios/portfolio.yaml", "-n", "16384", "--sensitivity", "none", "--format", "json",
    ]
    let one = try workforce(arguments + ["--threads", "1"])
    let two = try workforce(arguments + ["--threads", "2"])
    #expect(one.status == 0, "\(one.stderr)")
    #expect(one.stdout == two.stdout)
    let document = try #require(try GrantCommandTests.parse(one.stdout))
    let outputs = try #require(document["outputs"] as? [String: [String: Any]])
    #expect(outputs["ward.fte"] != nil)
    let npv = try #require(outputs["total.npv"])
    #expect(npv["p5"] is Double && npv["p50"] is Double && npv["p95"] is Double)
    #expect(npv["probability_negative"] as? Double == 0)
    // Mammography frees 2.2 årsværk for 4.8 mio. kr. a year: always negative.
    #expect(outputs["mammography.npv"]?["probability_negative"] as? Double == 1)
    #expect(outputs["rpa.npv_risk_adjusted"] != nil)
  }

  static func parse(_ text: String) throws -> [String: Any]? {
    try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
  }
}
