import Diagnostics
import Dispatch
import Foundation

/// The temporary files of one run of `workforce`, and what happens to them
/// when the run is interrupted.
///
/// Output files are written in full to a temporary file beside the target and
/// then renamed over it (``OutputWriter``, `--samples-out`). While an object of
/// this class is alive, SIGINT (Ctrl-C), SIGTERM and SIGHUP are caught by a
/// `DispatchSource`: the handler removes every temporary file still registered,
/// prints `workforce: interrupted` on standard error and exits with 128 + the
/// signal number (130 for SIGINT). So an interrupted run leaves every earlier
/// output exactly as it was and no temporary file behind.
///
/// Creating, renaming and removing a temporary file, and the handler's
/// clean-up, each hold one lock, so a signal can never fall between "renamed"
/// and "unregistered": the target is either the previous file or the complete
/// new one.
///
/// ```swift
/// let temporaries = TemporaryFiles()
/// defer { temporaries.discardAll() }
/// let (temporary, handle) = try temporaries.create(for: target, named: "--output 'a.txt'")
/// // … write through handle …
/// try temporaries.commit(temporary, to: target, named: "--output 'a.txt'")
/// ```
///
/// The object belongs to one run (a command creates it); nothing here is
/// global. When it is released, the signals get their default behaviour back.
final class TemporaryFiles: @unchecked Sendable {
  /// Guards `paths` and `interrupted`; the signal handler takes it and never
  /// gives it back (it ends the process).
  private let lock = NSLock()
  private var paths: Set<String> = []
  private var interrupted = false
  private var sources: [DispatchSourceSignal] = []
  /// The signals caught, with the exit code each one ends the run with.
  static let signals: [(signal: Int32, exitCode: Int32)] = [(SIGINT, 130), (SIGTERM, 143), (SIGHUP, 129)]

  /// The signals this object catches: those not already ignored when it was
  /// made (a run started with `nohup`, or in the background of a script,
  /// keeps ignoring them).
  private var caught: [Int32] = []

  /// Starts catching the interrupting signals for as long as the object lives.
  init() {
    let queue = DispatchQueue(label: "workforce.interruption")
    for (number, exitCode) in Self.signals {
      // Let the dispatch source, not the default action, see the signal.
      let previous = signal(number, SIG_IGN)
      if let previous, unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
        continue
      }
      caught.append(number)
      let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
      source.setEventHandler { [weak self] in
        self?.interrupt(exitCode: exitCode)
        _exit(exitCode)
      }
      source.resume()
      sources.append(source)
    }
  }

  deinit {
    for source in sources { source.cancel() }
    for number in caught { signal(number, SIG_DFL) }
  }

  /// The temporary file for `target`: `.NAME.PID.tmp` in the same folder, so
  /// that the final rename stays on one file system and is atomic.
  static func temporaryURL(for target: URL) -> URL {
    target.deletingLastPathComponent()
      .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
  }

  /// Creates an empty temporary file for `target`, registered for removal,
  /// and opens it for writing.
  ///
  /// - Parameter name: the target as messages name it (`--output 'a.txt'`).
  /// - Throws: an `.io` diagnostic when the file cannot be created.
  func create(for target: URL, named name: String) throws(Diagnostic) -> (url: URL, handle: FileHandle) {
    let temporary = Self.temporaryURL(for: target)
    lock.lock()
    defer { lock.unlock() }
    guard !interrupted, FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
      throw Self.cannotWrite(name)
    }
    paths.insert(temporary.path)
    guard let handle = try? FileHandle(forWritingTo: temporary) else {
      paths.remove(temporary.path)
      unlink(temporary.path)
      throw Self.cannotWrite(name)
    }
    return (temporary, handle)
  }

  /// Renames a finished temporary file over `target` and forgets it.
  ///
  /// - Throws: an `.io` diagnostic when the rename fails; the temporary file
  ///   is then removed and the target left as it was.
  func commit(_ temporary: URL, to target: URL, named name: String) throws(Diagnostic) {
    lock.lock()
    defer { lock.unlock() }
    paths.remove(temporary.path)
    guard rename(temporary.path, target.path) == 0 else {
      unlink(temporary.path)
      throw Self.cannotWrite(name)
    }
  }

  /// Removes a temporary file that will not be used (a failed run).
  func discard(_ temporary: URL) {
    lock.lock()
    defer { lock.unlock() }
    if paths.remove(temporary.path) != nil { unlink(temporary.path) }
  }

  /// Removes every temporary file still registered.
  func discardAll() {
    lock.lock()
    defer { lock.unlock() }
    for path in paths { unlink(path) }
    paths.removeAll()
  }

  /// The signal handler's work: remove everything, say so, and keep the lock
  /// so that no new temporary file appears before the process exits.
  private func interrupt(exitCode: Int32) {
    lock.lock()
    interrupted = true
    for path in paths { unlink(path) }
    paths.removeAll()
    let message = "workforce: interrupted; earlier output files are unchanged\n"
    _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
  }

  static func cannotWrite(_ name: String) -> Diagnostic {
    Diagnostic(.io, at: nil, "cannot write \(name)", expected: "a writable path in an existing folder")
  }
}
