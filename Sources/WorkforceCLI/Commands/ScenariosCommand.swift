import BundledScenarios
import Diagnostics
import Foundation
import Reports
import YAMLSubset

/// `workforce scenarios`: the scenario files compiled into the program, and
/// `scenarios export DIR` to write them out for editing.
enum ScenariosCommand: CLICommand {
  static let name = "scenarios"
  static let summary = "List the bundled scenario files, or write them out for editing."
  static let usage = "workforce scenarios [--lang da|en]  |  workforce scenarios export DIR [NAME…]"
  static let discussion = """
    The bundled scenarios (the report's five solutions, its variants, the uncertain
    benchmark workload, the grant portfolio, …) are compiled into workforce, so
    'workforce', 'workforce check' and 'workforce simulate Scenarios/uncertain.yaml'
    work from any folder. A file on disk always wins: a path that exists is read
    from disk, and only a path that does not exist and names a bundled file
    (NAME.yaml or Scenarios/NAME.yaml) reads the compiled copy.

    'export DIR' writes every bundled file (or the NAMEs given) into DIR, creating
    it if needed, so that you can copy and edit them. It never writes over an
    existing file: if any of the files is already in DIR, nothing is written and
    the exit code is 73.
    """
  static let options: [OptionSpec] = [.lang, .help]

  static func run(_ arguments: ParsedArguments, console: inout Console) throws(Diagnostic) -> Int32 {
    let language = try arguments.choice("lang", default: Language.da)
    guard let first = arguments.positionals.first else {
      console.out(listing(language))
      return 0
    }
    guard first == "export" else {
      throw Diagnostic(
        .usage, at: nil, "unknown action '\(first)' for 'scenarios'",
        expected: "workforce scenarios, or workforce scenarios export DIR",
        suggestion: Suggestion.closest(to: first, in: ["export"]))
    }
    let rest = Array(arguments.positionals.dropFirst())
    guard let folder = rest.first else {
      throw Diagnostic(
        .usage, at: nil, "'scenarios export' needs a folder to write to", expected: "workforce scenarios export DIR")
    }
    let files = try selected(Array(rest.dropFirst()))
    let written = try export(files, to: folder)
    let list = written.joined(separator: "\n  ")
    console.error(
      language.pick("skrev \(written.count) filer:\n  \(list)\n", "wrote \(written.count) files:\n  \(list)\n"))
    return 0
  }

  /// The bundled files named `names` (all of them when empty).
  static func selected(_ names: [String]) throws(Diagnostic) -> [BundledScenarios.File] {
    guard !names.isEmpty else { return BundledScenarios.files }
    var files: [BundledScenarios.File] = []
    let known = BundledScenarios.files.map(\.name)
    for name in names {
      let bare = name.hasSuffix(".yaml") ? name : name + ".yaml"
      guard let file = BundledScenarios.file(named: bare) else {
        throw Diagnostic(
          .usage, at: nil, "'\(name)' is not a bundled scenario", expected: "one of \(known.joined(separator: ", "))",
          suggestion: Suggestion.closest(to: bare, in: known))
      }
      if !files.contains(where: { $0.name == file.name }) { files.append(file) }
    }
    return files
  }

  /// One line per bundled file: its name, its title, and what it extends.
  static func listing(_ language: Language) -> String {
    let rows = BundledScenarios.files.map { file -> (String, String) in
      let root = try? YAMLParser.parse(file.bytes, file: BundledScenarios.folder + "/" + file.name)
      var title = root?.value(forKey: "title")?.scalar?.text ?? ""
      if let base = root?.value(forKey: "extends")?.scalar?.text {
        title += language.pick(" (udvider \(base))", " (extends \(base))")
      }
      return (file.name, title)
    }
    let width = (rows.map(\.0.count).max() ?? 0) + 2
    var text = language.pick(
      "Indbyggede scenarier (brug dem som Scenarios/NAVN, eller skriv dem ud med workforce scenarios export MAPPE):\n\n",
      "Bundled scenarios (use them as Scenarios/NAME, or write them out with workforce scenarios export DIR):\n\n")
    for (name, title) in rows {
      text += "  " + name + String(repeating: " ", count: width - name.count) + title + "\n"
    }
    return text
  }

  /// Writes `files` into `folder`, all or none.
  ///
  /// - Returns: the paths written.
  /// - Throws: an `.io` diagnostic, with nothing written, when the folder
  ///   cannot be made or any of the files is already there.
  static func export(_ files: [BundledScenarios.File], to folder: String) throws(Diagnostic) -> [String] {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    if manager.fileExists(atPath: folder, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw Diagnostic(.io, at: nil, "'\(folder)' is not a folder", expected: "a folder to write the scenarios into")
      }
    } else {
      do {
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw Diagnostic(.io, at: nil, "cannot create the folder '\(folder)'", expected: "a folder you can write to")
      }
    }
    let paths = files.map { (folder as NSString).appendingPathComponent($0.name) }
    let existing = paths.filter {
      manager.fileExists(atPath: $0) || (try? manager.destinationOfSymbolicLink(atPath: $0)) != nil
    }
    guard existing.isEmpty else {
      throw Diagnostic(
        .io, at: nil, "not writing over existing files: \(existing.joined(separator: ", "))",
        expected: "an empty folder, or the names of files not yet there (nothing was written)")
    }
    var written: [String] = []
    for (file, path) in zip(files, paths) {
      do {
        try Data(file.bytes).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        written.append(path)
      } catch {
        for done in written { try? manager.removeItem(atPath: done) }
        throw Diagnostic(
          .io, at: nil, "cannot write '\(path)'",
          expected: "a folder you can write to, with free space (nothing was written)")
      }
    }
    return written
  }
}
