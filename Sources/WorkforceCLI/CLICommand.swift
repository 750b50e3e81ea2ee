import Diagnostics
import Foundation
import Reports
import ScenarioFormat
import WorkforceModel

/// A subcommand of `workforce`: its help and what it does.
protocol CLICommand: Sendable {
  static var name: String { get }
  /// One line for the command list.
  static var summary: String { get }
  /// `workforce run FILE… [options]`.
  static var usage: String { get }
  /// A paragraph or two for `--help`.
  static var discussion: String { get }
  static var options: [OptionSpec] { get }
  /// Runs the command; returns the exit code (0, or 1 for a failed check).
  static func run(_ arguments: ParsedArguments, console: inout Console) throws(Diagnostic) -> Int32
}

extension CLICommand {
  /// The full `--help` text.
  static var help: String {
    let width = (options.map { optionLabel($0).count }.max() ?? 0) + 2
    var text = "\(summary)\n\nUsage: \(usage)\n\n\(discussion)\n\nOptions:\n"
    for option in options {
      let label = optionLabel(option)
      text += "  \(label)\(String(repeating: " ", count: width - label.count))\(option.help)\n"
    }
    return text
  }

  static func optionLabel(_ option: OptionSpec) -> String {
    let short = option.short.map { "-\($0), " } ?? "    "
    return short + "--\(option.name)" + (option.value.map { " \($0)" } ?? "")
  }
}

/// What the report commands share: the files, the format, the language, the output.
struct ReportOptions {
  var files: [String]
  var format: ReportFormat
  var language: Language
  var output: OutputWriter
  /// `--solution`: the solutions to keep (empty: all).
  var solutions: [String]

  /// - Parameter defaultToBundled: with no files, use the bundled published scenario.
  init(_ arguments: ParsedArguments, command: String, defaultToBundled: Bool = false, single: Bool = false)
    throws(Diagnostic)
  {
    files = arguments.positionals
    if files.isEmpty {
      guard defaultToBundled else {
        throw Diagnostic(
          .usage, at: nil, "'\(command)' needs a scenario file",
          expected: "workforce \(command) FILE (see workforce \(command) --help)")
      }
      files = [try BundledScenario.existingPath()]
    }
    if single, files.count > 1 {
      throw Diagnostic(
        .usage, at: nil, "'\(command)' takes one scenario file, got \(files.count)",
        expected: "workforce \(command) FILE")
    }
    format = try arguments.choice("format", default: ReportFormat.text)
    language = try arguments.choice("lang", default: Language.da)
    output = OutputWriter(path: arguments.value("output"), inputs: files)
    solutions = arguments.values["solution"] ?? []
  }

  /// Loads every file, failing on the first error, keeps the solutions of
  /// `--solution`, and adds the files they extend to the inputs `--output`
  /// may not overwrite.
  mutating func scenarios() throws(Diagnostic) -> [Scenario] {
    var scenarios: [Scenario] = []
    let loader = ScenarioLoader()
    for file in files {
      let scenario = try SolutionSelection.apply(solutions, to: loader.load(file))
      try FiniteCheck.verify(scenario)
      scenarios.append(scenario)
      output.inputs += scenario.extendedFiles
    }
    return scenarios
  }
}

/// The scenario `workforce` runs when given no file.
enum BundledScenario {
  /// `Scenarios/NAME`: the file in the current folder when there is one,
  /// otherwise the copy compiled into the program (see `ScenarioLoader.bundled`),
  /// so the main job runs from any folder.
  static func existingPath(_ name: String = "published.yaml") throws(Diagnostic) -> String {
    "Scenarios/" + name
  }
}

/// The one place that guarantees no NaN or infinity reaches an output.
enum FiniteCheck {
  static func verify(_ scenario: Scenario) throws(Diagnostic) {
    for solution in scenario.solutions {
      let outputs = solution.ranges()
      for figure in Figure.allCases where !outputs[figure].isFinite {
        throw Diagnostic(
          at: solution.location,
          "solution '\(solution.id)': its \(figure.rawValue) is too large to compute (not a finite number)",
          expected: "inputs small enough that every figure stays below about 1.8e308")
      }
    }
  }
}
