import BusinessCase
import Diagnostics
import Foundation
import Reports
import ScenarioFormat
import WorkforceModel

/// `workforce grant`: the tables of an application to the national pool.
enum GrantCommand: CLICommand {
  static let name = "grant"
  static let summary =
    "Grant-application tables: grant, own contribution, regional split, best portfolio, business case."
  static let usage =
    "workforce grant FILE [--solution ID]… [--format FORMAT] [--csv-dialect DIALECT] [--table ID] [--lang LANG] [--output FILE]"
  static let discussion = """
    Reads the scenario's 'grant:' block (pool, co_financing, goal_fte and period default
    to the board paper's funding facts: 100 mio. kr. in 2023–2025, 50 %, 10,000 årsværk;
    regions_share, applicants, regional_key and basis are the analyst's assumptions,
    labelled so) and, when present, its 'business_case:' block. Only solutions whose
    'funding:' is the pool (the default) are applied for; the others are shown as funded
    elsewhere and still count in the årsværk. Prints per solution the project budget,
    the grant applied for and the own contribution (whole kroner, adding up exactly),
    both split across the regions, the freed årsværk and their share of the
    10,000-årsværk goal, project spending after the pool's period and whether
    Regionernes It-råd must risk-assess it (budget over 10 mio. kr.); the portfolio that
    frees the most årsværk within the regions' part of the pool (exact, any number of
    solutions, at both ends of a regions_share range) and what remains of it; the
    business case (yearly flows, NPV, payback, benefit/cost, cost per freed årsværk,
    risk adjustment, switching values); and every assumption with its source.

    --format markdown gives tables ready to paste into an application; csv gives every
    table (or the one named by --table) with plain numbers, --csv-dialect danish
    separates with ';' and writes a decimal comma; json has the shape documented in
    README.md; html writes the markdown as one self-contained page; xlsx writes a
    workbook with one sheet per table (numbers as numbers) and needs --output.
    """
  static let options: [OptionSpec] = [
    OptionSpec(
      "format", short: "f", value: "FORMAT", of: GrantFormat.self, "text (default), markdown, csv, json, html or xlsx"),
    OptionSpec(
      "csv-dialect", value: "DIALECT", of: CSVDialect.self, "standard (',' and '.') or danish (';' and decimal comma)"),
    OptionSpec("table", value: "ID", "with --format csv: only this table (grant, regions_grant, portfolio, …)"),
    SolutionSelection.option, .lang, .output, .help,
  ]

  static func run(_ arguments: ParsedArguments, console: inout Console) throws(Diagnostic) -> Int32 {
    let files = arguments.positionals
    guard files.count == 1, let file = files.first else {
      throw Diagnostic(
        .usage, at: nil,
        files.isEmpty ? "'grant' needs a scenario file" : "'grant' takes one scenario file, got \(files.count)",
        expected: "workforce grant FILE (e.g. Scenarios/portfolio.yaml)")
    }
    let format = try arguments.choice("format", default: GrantFormat.text)
    let language = try arguments.choice("lang", default: Language.da)
    let dialect = try arguments.choice("csv-dialect", default: CSVDialect.standard)
    for option in ["table", "csv-dialect"] where arguments.value(option) != nil && format != .csv {
      throw Diagnostic(
        .usage, at: nil, "--\(option) applies only to --format csv, not \(format.rawValue)",
        expected: "--format csv --\(option) …, or no --\(option)")
    }
    var output = OutputWriter(path: arguments.value("output"), inputs: files)
    if format == .xlsx, output.path == nil {
      throw Diagnostic(.usage, at: nil, "--format xlsx writes a binary workbook", expected: "--output FILE.xlsx")
    }
    let scenario = try SolutionSelection.apply(arguments.values["solution"] ?? [], to: ScenarioLoader().load(file))
    output.inputs += scenario.extendedFiles
    try FiniteCheck.verify(scenario)
    guard let report = GrantReport(ScenarioAnalysis(scenario), language: language) else {
      throw Diagnostic(
        at: SourceLocation(file: file, line: 1, column: 1), "the scenario has no 'grant:' block",
        expected:
          "a 'grant:' block (grant: {} uses the pool's published facts: 100 mio. kr., 50 % co-financing, the regional key)"
      )
    }
    let table = arguments.value("table")
    if let table {
      let ids = report.tableIDs
      guard ids.contains(table) else {
        throw Diagnostic(
          .usage, at: nil, "--table '\(table)' is not a table of this report",
          expected: "one of \(ids.joined(separator: ", "))",
          suggestion: Suggestion.closest(to: table, in: ids))
      }
    }
    // The one place that keeps NaN and infinity out of the output.
    if let path = report.json().firstNonFinitePath {
      throw Diagnostic(
        at: SourceLocation(file: file, line: 1, column: 1),
        "the grant tables compute a number that is not finite at \(path)",
        expected: "inputs small enough that every figure stays finite")
    }
    let bytes = report.render(format, dialect: dialect, table: table)
    if let path = output.path {
      try OutputWriter.writeAtomically(Data(bytes), to: path, inputs: output.inputs)
    } else {
      console.out(String(decoding: bytes, as: UTF8.self))
    }
    return 0
  }
}
