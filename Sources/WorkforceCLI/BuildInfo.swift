/// What a release build records about where it came from.
enum BuildInfo {
  /// The git commit the program was built from, or nil for a development
  /// build. `scripts/release.sh` builds from a clean export of one commit and
  /// writes its hash here in that export only; the checked-in file keeps nil.
  static let commit: String? = nil
}
