import Foundation

/// Where a command's text goes: standard output for data, standard error for
/// diagnostics. Tests use a capturing console; the executable the real one.
struct Console {
  private let writeOut: (String) -> Void
  private let writeError: (String) -> Void
  /// True when standard error is a terminal (progress and carets are shown).
  let errorIsTerminal: Bool

  init(out: @escaping (String) -> Void, error: @escaping (String) -> Void, errorIsTerminal: Bool) {
    writeOut = out
    writeError = error
    self.errorIsTerminal = errorIsTerminal
  }

  /// The process's standard output and standard error.
  static func standard() -> Console {
    Console(
      out: { FileHandle.standardOutput.write(Data($0.utf8)) },
      error: { FileHandle.standardError.write(Data($0.utf8)) },
      errorIsTerminal: isatty(STDERR_FILENO) == 1)
  }

  func out(_ text: String) { writeOut(text) }
  func error(_ text: String) { writeError(text) }
}
