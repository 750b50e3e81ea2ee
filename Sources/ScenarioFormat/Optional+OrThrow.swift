import Diagnostics

extension Optional {
  /// The wrapped value, or an internal-error diagnostic at `location` (for
  /// lookups that cannot fail once a key is known to be present).
  func orThrow(at location: SourceLocation) throws(Diagnostic) -> Wrapped {
    guard let self else { throw Diagnostic(at: location, "internal: a value that was checked to exist is missing") }
    return self
  }
}
