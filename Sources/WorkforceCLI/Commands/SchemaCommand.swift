import Diagnostics
import ScenarioFormat

/// `workforce schema`: the JSON Schema of the scenario format, for editors.
enum SchemaCommand: CLICommand {
  static let name = "schema"
  static let summary = "Print the JSON Schema (draft 2020-12) of scenario files, for editors."
  static let usage = "workforce schema [--output FILE]"
  static let discussion = """
    Prints a JSON Schema of the scenario format, made from the program's own
    definitions (the keys of every block, the built-in models and their inputs, the
    quantity syntax). Save it and point an editor at it, e.g. with the YAML language
    server's first-line comment:

      workforce schema -o workforce-scenario.schema.json
      # yaml-language-server: $schema=workforce-scenario.schema.json

    The editor then flags unknown keys, misspelt input names and malformed
    quantities as you type. workforce validate stays the authority: it also checks
    what a schema cannot (domains, references, formulas, published figures).
    """
  static let options: [OptionSpec] = [.output, .help]

  static func run(_ arguments: ParsedArguments, console: inout Console) throws(Diagnostic) -> Int32 {
    if let extra = arguments.positionals.first {
      throw Diagnostic(.usage, at: nil, "'schema' takes no file, got '\(extra)'", expected: "workforce schema")
    }
    try OutputWriter(path: arguments.value("output"), inputs: []).write(ScenarioSchema.json(), console: &console)
    return 0
  }
}
