import Diagnostics
import Foundation
import ScenarioFormat
import Testing
import WorkforceModel

/// `extends:` chains, on files written to a fresh temporary folder per test.
@Suite("extends")
struct ExtendsTests {
  /// A base scenario whose inputs all have sources.
  static let base = """
    scenario: base
    title: The base
    assumptions:
      hours_per_fte: {value: 1450, source: "base hours"}
    solutions:
      ward:
        model: ward
        title: WARD
        inputs:
          minutes_saved_per_patient_day: {value: 13.25, source: "base minutes"}
          admissions: {value: 725_000, source: "base admissions"}
          share: {value: 25%, source: "base share"}
          length_of_stay_days: {value: 4, source: "base stay"}
          price_per_patient_day: {value: 75..125, source: "base price"}
          project_management: {value: 20mio..25mio, source: "base pm"}
          tender: {value: 2mio, source: "base tender"}
        published:
          fte: 110

    """

  @Test func aVariantOverridesOneInputAndKeepsEverythingElse() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let basePath = try write(Self.base, to: "base.yaml", in: folder).path
    let variant = try write(
      """
      extends: base.yaml
      scenario: variant
      solutions:
        ward:
          inputs:
            share: {value: 30%, source: "variant share"}

      """, to: "variant.yaml", in: folder)
    let scenario = try ScenarioLoader().load(variant.path)
    #expect(scenario.id == "variant")
    #expect(scenario.title == "The base")
    #expect(scenario.file == variant.path)
    let ward = try #require(scenario.solution("ward"))
    #expect(ward.title == "WARD")
    #expect(ward.published.map(\.value) == [Interval(110, 110)])
    let share = try #require(ward.argument(named: "share"))
    #expect(share.quantity == .point(0.3))
    #expect(share.source == "variant share")
    #expect(share.location == SourceLocation(file: variant.path, line: 6, column: 22))
    let admissions = try #require(ward.argument(named: "admissions"))
    #expect(admissions.quantity == .point(725_000))
    #expect(admissions.source == "base admissions")
    #expect(admissions.location == SourceLocation(file: basePath, line: 11, column: 27))
    #expect(
      ward.arguments.map { $0.source ?? "-" } == [
        "base minutes", "base admissions", "variant share", "base stay", "base price", "base pm",
        "base tender", "base hours",
      ])
  }

  @Test func theExtendedFilesAreRecordedNearestFirst() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try write(Self.base, to: "base.yaml", in: folder)
    try write("extends: base.yaml\nscenario: middle\n", to: "middle.yaml", in: folder)
    let child = try write("extends: middle.yaml\nscenario: child\n", to: "child.yaml", in: folder)
    let scenario = try ScenarioLoader().load(child.path)
    // Each `extends:` is resolved against the folder of the file that names it.
    #expect(
      scenario.extendedFiles == [
        folder.appendingPathComponent("middle.yaml").path, folder.appendingPathComponent("base.yaml").path,
      ])
    #expect(try ScenarioLoader().load(folder.appendingPathComponent("base.yaml").path).extendedFiles.isEmpty)
  }

  @Test func anOverrideReplacesTheWholeValueMapping() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try write(Self.base, to: "base.yaml", in: folder)
    let variant = try write(
      """
      extends: base.yaml
      solutions:
        ward:
          inputs:
            tender: {value: 3mio}
            share: 30%

      """, to: "variant.yaml", in: folder)
    let ward = try #require(try ScenarioLoader().load(variant.path).solution("ward"))
    let tender = try #require(ward.argument(named: "tender"))
    #expect(tender.quantity == .point(3_000_000))
    #expect(tender.source == nil)
    let share = try #require(ward.argument(named: "share"))
    #expect(share.quantity == .point(0.3))
    #expect(share.source == nil)
  }

  @Test func anOverrideWithOnlyASourceHasNoValue() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try write(Self.base, to: "base.yaml", in: folder)
    let variant = try write(
      """
      extends: base.yaml
      solutions:
        ward:
          inputs:
            tender: {source: "a new source"}

      """, to: "variant.yaml", in: folder)
    let error = try #require(throws: Diagnostic.self) { try ScenarioLoader().load(variant.path) }
    #expect(
      error.description
        == "\(variant.path):5:15: error: input 'tender' of solution 'ward' has no 'value'; expected value: a "
        + "quantity such as 25% or 20mio..25mio")
  }

  /// `Self.base` with three published figures, one with a discrepancy reason.
  static let baseWithFigures = base.replacingOccurrences(
    of: "      fte: 110\n",
    with: """
            fte: 110
            project_cost:
              - {value: 22mio..27mio, source: "detail page"}
              - {value: 20mio..27mio, source: "summary", discrepancy: "an old reason"}
            patient_days: 725_000

      """)

  @Test func aVariantWithoutPublishedKeepsTheBasesFigures() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try write(Self.baseWithFigures, to: "base.yaml", in: folder)
    let variant = try write(
      "extends: base.yaml\nsolutions:\n  ward:\n    inputs:\n      share: 30%\n", to: "variant.yaml", in: folder)
    let ward = try #require(try ScenarioLoader().load(variant.path).solution("ward"))
    #expect(ward.published.map(\.name) == ["fte", "project_cost", "project_cost", "patient_days"])
  }

  @Test func aVariantsPublishedReplacesTheBasesWhole() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try write(Self.baseWithFigures, to: "base.yaml", in: folder)
    let variant = try write(
      """
      extends: base.yaml
      solutions:
        ward:
          inputs:
            share: 30%
          published:
            project_cost: 22mio..27mio

      """, to: "variant.yaml", in: folder)
    let ward = try #require(try ScenarioLoader().load(variant.path).solution("ward"))
    // Only the variant's one figure: not the base's fte or patient_days, not its
    // second project_cost, and not that figure's discrepancy reason.
    #expect(ward.published.map(\.name) == ["project_cost"])
    #expect(ward.published.map(\.value) == [Interval(22e6, 27e6)])
    #expect(ward.published.map(\.discrepancy) == [nil])
    #expect(ward.published.map(\.location) == [SourceLocation(file: variant.path, line: 7, column: 21)])
  }

  @Test func anEmptyPublishedDropsTheBasesFigures() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try write(Self.baseWithFigures, to: "base.yaml", in: folder)
    let variant = try write(
      "extends: base.yaml\nsolutions:\n  ward:\n    published: {}\n", to: "variant.yaml", in: folder)
    let scenario = try ScenarioLoader().load(variant.path)
    #expect(try #require(scenario.solution("ward")).published.isEmpty)
    #expect(PublishedCheck(scenario).rows.isEmpty)
  }

  @Test func publishedThatIsNotAMappingSaysHowToDropFigures() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try write(Self.baseWithFigures, to: "base.yaml", in: folder)
    let variant = try write(
      "extends: base.yaml\nsolutions:\n  ward:\n    published: []\n", to: "variant.yaml", in: folder)
    let error = try #require(throws: Diagnostic.self) { try ScenarioLoader().load(variant.path) }
    // "    published: " is 15 characters, so the list starts in column 16 of line 4.
    #expect(
      error.description
        == "\(variant.path):4:16: error: 'published' of solution 'ward' is a list; expected a mapping of figure "
        + "names to published values, or {} for none")
  }

  @Test func relativePathsResolveAgainstTheExtendingFile() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try write(Self.base, to: "shared/base.yaml", in: folder)
    let variant = try write(
      "extends: ../shared/base.yaml\nscenario: deep\n", to: "variants/deep.yaml", in: folder)
    let scenario = try ScenarioLoader().load(variant.path)
    #expect(scenario.id == "deep")
    #expect(scenario.solutions.map(\.id) == ["ward"])
  }

  @Test func decodedTextResolvesAgainstItsFileName() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try write(Self.base, to: "base.yaml", in: folder)
    let file = folder.appendingPathComponent("unsaved.yaml").path
    let scenario = try ScenarioLoader().decode("extends: base.yaml\nscenario: text\n", file: file)
    #expect(scenario.id == "text")
    #expect(try #require(scenario.solution("ward")?.argument(named: "tender")).quantity == .point(2_000_000))
  }

  @Test func anErrorInTheBaseIsLocatedInTheBase() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let basePath = try write(
      Self.base.replacingOccurrences(of: "{value: 2mio,", with: "{value: 2mil,"), to: "base.yaml", in: folder
    ).path
    let variant = try write("extends: base.yaml\n", to: "variant.yaml", in: folder)
    let error = try #require(throws: Diagnostic.self) { try ScenarioLoader().load(variant.path) }
    #expect(
      error.description
        == "\(basePath):16:24: error: unknown unit 'mil'; expected %, k, mio or mia; did you mean 'mio'?")
  }

  @Test func aMissingBaseIsAMissingFileAtTheExtendsValue() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let variant = try write("scenario: v\nextends: nowhere.yaml\n", to: "variant.yaml", in: folder)
    let error = try #require(throws: Diagnostic.self) { try ScenarioLoader().load(variant.path) }
    #expect(error.kind == .missingFile)
    #expect(error.kind.exitCode == 66)
    #expect(error.location == SourceLocation(file: variant.path, line: 2, column: 10))
    #expect(
      error.description
        == "\(variant.path):2:10: error: no such file '\(folder.path)/nowhere.yaml'; expected the path of a scenario file"
    )
  }

  @Test func aDirectoryAsBaseIsAMissingFile() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("base.yaml"), withIntermediateDirectories: true)
    let variant = try write("extends: base.yaml\n", to: "variant.yaml", in: folder)
    let error = try #require(throws: Diagnostic.self) { try ScenarioLoader().load(variant.path) }
    #expect(error.kind == .missingFile)
    #expect(
      error.description
        == "\(variant.path):1:10: error: '\(folder.path)/base.yaml' is a directory; expected the path of a scenario file"
    )
  }

  @Test func aCycleNamesTheChain() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let a = try write("extends: b.yaml\nscenario: a\n", to: "a.yaml", in: folder)
    try write("# b extends a\nextends: \"a.yaml\"\n", to: "b.yaml", in: folder)
    let error = try #require(throws: Diagnostic.self) { try ScenarioLoader().load(a.path) }
    #expect(error.kind == .data)
    #expect(
      error.description
        == "\(folder.path)/b.yaml:2:10: error: 'extends: a.yaml' makes a cycle (a.yaml → b.yaml → a.yaml); "
        + "expected a chain of files that ends in a file without 'extends'")
  }

  @Test func aFileExtendingItselfIsACycle() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let a = try write("extends: ./a.yaml\n", to: "a.yaml", in: folder)
    let error = try #require(throws: Diagnostic.self) { try ScenarioLoader().load(a.path) }
    #expect(
      error.description
        == "\(a.path):1:10: error: 'extends: ./a.yaml' makes a cycle (a.yaml → a.yaml); "
        + "expected a chain of files that ends in a file without 'extends'")
  }

  @Test func aChainLongerThanTheLimit() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try write(Self.base, to: "f0.yaml", in: folder)
    for index in 1...2 {
      try write("extends: f\(index - 1).yaml\n", to: "f\(index).yaml", in: folder)
    }
    let loader = ScenarioLoader(limits: ScenarioLimits(extendsDepth: 2))
    // f1 → f0 is a chain of two files; f2 → f1 → f0 has three.
    #expect(try loader.load(folder.appendingPathComponent("f1.yaml").path).id == "base")
    let error = try #require(throws: Diagnostic.self) {
      try loader.load(folder.appendingPathComponent("f2.yaml").path)
    }
    #expect(
      error.description
        == "\(folder.path)/f1.yaml:1:10: error: 'extends' chain longer than 2 files; expected a shorter chain")
  }

  @Test func extendsMustBeOneValue() throws {
    let error = try #require(throws: Diagnostic.self) {
      try ScenarioLoader().decode("extends: [a.yaml, b.yaml]\n", file: "f.yaml")
    }
    #expect(error.description == "f.yaml:1:10: error: 'extends' is a list; expected a single value")
  }
}
