import Diagnostics

/// `workforce completions bash|zsh|fish`: a shell completion script.
enum CompletionsCommand: CLICommand {
  static let name = "completions"
  static let summary = "Print a shell completion script (bash, zsh or fish)."
  static let usage = "workforce completions bash|zsh|fish"
  static let discussion = """
    Prints a completion script for the shell, made from the same command and option
    tables the program parses with. To use it:

      bash: workforce completions bash > ~/.local/share/bash-completion/completions/workforce
      zsh:  workforce completions zsh > ~/.zfunc/_workforce  (with fpath+=~/.zfunc before compinit)
      fish: workforce completions fish > ~/.config/fish/completions/workforce.fish
    """
  static let options: [OptionSpec] = [.output, .help]

  static func run(_ arguments: ParsedArguments, console: inout Console) throws(Diagnostic) -> Int32 {
    let names = ShellCompletion.Shell.allCases.map(\.rawValue)
    guard arguments.positionals.count == 1, let name = arguments.positionals.first else {
      throw Diagnostic(
        .usage, at: nil, "'completions' needs one shell name", expected: "workforce completions bash|zsh|fish")
    }
    guard let shell = ShellCompletion.Shell(rawValue: name) else {
      throw Diagnostic(
        .usage, at: nil, "no completions for the shell '\(name)'", expected: "one of \(names.joined(separator: ", "))",
        suggestion: Suggestion.closest(to: name, in: names))
    }
    let output = OutputWriter(path: arguments.value("output"), inputs: [])
    try output.write(ShellCompletion.script(shell), console: &console)
    return 0
  }
}
