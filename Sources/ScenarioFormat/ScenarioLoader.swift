import BundledScenarios
import Diagnostics
import Foundation
import WorkforceModel
import YAMLSubset

/// Reads scenario files from disk: size limits, `extends:` chains, then
/// decoding and checking. Every failure is a located ``Diagnostic``.
///
/// ```swift
/// let scenario = try ScenarioLoader().load("Scenarios/published.yaml")
/// ```
package struct ScenarioLoader: Sendable {
  package var limits: ScenarioLimits
  /// Scenario files compiled into the program, by file name. A path that is
  /// not on disk and names one of them (`published.yaml` or
  /// `Scenarios/published.yaml`) reads the compiled copy, so the bundled
  /// scenarios, and variants that extend them, load from any folder. A file on
  /// disk always wins.
  package var bundled: [String: [UInt8]]

  package init(limits: ScenarioLimits = .standard) {
    self.init(limits: limits, bundled: BundledScenarios.files)
  }

  package init(limits: ScenarioLimits = .standard, bundled files: [BundledScenarios.File]) {
    self.limits = limits
    bundled = Dictionary(files.map { ($0.name, $0.bytes) }, uniquingKeysWith: { first, _ in first })
  }

  /// Loads, merges and decodes the scenario at `path`.
  ///
  /// - Throws: a ``Diagnostic`` of kind `.missingFile` when the file (or a file
  ///   it extends) cannot be read, `.data` for anything wrong inside.
  package func load(_ path: String) throws(Diagnostic) -> Scenario {
    var extended = ExtendsRecord()
    let root = try tree(path, referencedFrom: nil, chain: [], extended: &extended)
    var scenario = try ScenarioDecoder(limits: limits, defaultName: Self.stem(path), drops: extended.drops).decode(
      root, file: path)
    scenario.extendedFiles = extended.files
    scenario.inheritedPublished = extended.inheritedPublished
    return scenario
  }

  /// Decodes scenario text that is not on disk (tests, standard input).
  /// `extends:` paths are resolved relative to the current directory.
  package func decode(_ text: String, file: String) throws(Diagnostic) -> Scenario {
    guard let root = try YAMLParser.parse(Array(text.utf8), file: file) else {
      throw Diagnostic(
        at: SourceLocation(file: file, line: 1, column: 1), "the file is empty",
        expected: "a scenario mapping with 'solutions:'")
    }
    var extended = ExtendsRecord()
    let merged = try resolveExtends(root, file: file, chain: [Self.canonical(file)], extended: &extended)
    var scenario = try ScenarioDecoder(limits: limits, defaultName: Self.stem(file), drops: extended.drops).decode(
      merged, file: file)
    scenario.extendedFiles = extended.files
    scenario.inheritedPublished = extended.inheritedPublished
    return scenario
  }

  // MARK: - Files and extends

  /// The merged YAML tree of `path` and everything it extends, recording the
  /// chain in `extended`.
  func tree(
    _ path: String, referencedFrom reference: SourceLocation?, chain: [String], extended: inout ExtendsRecord
  ) throws(Diagnostic) -> YAMLNode {
    let bytes = try read(path, referencedFrom: reference)
    guard let root = try YAMLParser.parse(bytes, file: path) else {
      throw Diagnostic(
        at: SourceLocation(file: path, line: 1, column: 1), "the file is empty",
        expected: "a scenario mapping with 'solutions:'")
    }
    return try resolveExtends(root, file: path, chain: chain + [Self.canonical(path)], extended: &extended)
  }

  /// If `root` has `extends: other.yaml`, loads that file and merges `root`
  /// over it, recording the file (and those it extends) in `extended`.
  func resolveExtends(
    _ root: YAMLNode, file: String, chain: [String], extended: inout ExtendsRecord
  ) throws(Diagnostic) -> YAMLNode {
    guard case .mapping(let entries) = root.content,
      let extends = entries.first(where: { $0.key.text == "extends" })
    else { return root }
    let scalar = try extends.value.expectScalar("'extends'")
    let base = Self.resolve(scalar.text, relativeTo: file)
    if chain.contains(Self.canonical(base)) {
      throw Diagnostic(
        at: scalar.location,
        "'extends: \(scalar.text)' makes a cycle (\(chain.map(Self.lastComponent).joined(separator: " → ")) → \(Self.lastComponent(base)))",
        expected: "a chain of files that ends in a file without 'extends'")
    }
    guard chain.count < limits.extendsDepth else {
      throw Diagnostic(
        at: scalar.location, "'extends' chain longer than \(limits.extendsDepth) files", expected: "a shorter chain")
    }
    extended.files.append(base)
    let baseTree = try tree(base, referencedFrom: scalar.location, chain: chain, extended: &extended)
    var own = YAMLNode(
      content: .mapping(entries.filter { $0.key.text != "extends" }), location: root.location, isFlow: root.isFlow)
    own = ScenarioMerge.recordDrops(base: baseTree, override: own, into: &extended.drops)
    extended.inheritedPublished += ScenarioMerge.keptPublished(base: baseTree, override: own, file: file)
    return ScenarioMerge.merge(base: baseTree, override: own)
  }

  /// The bytes of a file, after checking that it exists, is a file and is not too large.
  func read(_ path: String, referencedFrom reference: SourceLocation?) throws(Diagnostic) -> [UInt8] {
    if let bytes = bundledCopy(path) { return bytes }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw Diagnostic(.missingFile, at: reference, "no such file '\(path)'", expected: "the path of a scenario file")
    }
    guard !isDirectory.boolValue else {
      throw Diagnostic(.missingFile, at: reference, "'\(path)' is a directory", expected: "the path of a scenario file")
    }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    guard size <= limits.fileSize else {
      throw Diagnostic(
        at: SourceLocation(file: path, line: 1, column: 1),
        "the file is \(size) bytes, larger than the limit of \(limits.fileSize) bytes",
        expected: "a scenario file under \(limits.fileSize >> 20) MiB")
    }
    // Read at most one byte past the limit, so that something without a size
    // (a device such as /dev/zero, a pipe) cannot make the loader read forever.
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw Diagnostic(.missingFile, at: reference, "cannot read '\(path)'", expected: "a readable file")
    }
    defer { try? handle.close() }
    let data: Data
    do {
      data = try handle.read(upToCount: limits.fileSize + 1) ?? Data()
    } catch {
      throw Diagnostic(.missingFile, at: reference, "cannot read '\(path)'", expected: "a readable file")
    }
    guard data.count <= limits.fileSize else {
      throw Diagnostic(
        at: SourceLocation(file: path, line: 1, column: 1),
        "the file is larger than the limit of \(limits.fileSize) bytes", expected: "a smaller scenario file")
    }
    return [UInt8](data)
  }

  /// The compiled copy of `path` when no file is there and the path names a
  /// bundled scenario: `NAME.yaml` or `Scenarios/NAME.yaml`, relative.
  func bundledCopy(_ path: String) -> [UInt8]? {
    guard !bundled.isEmpty else { return nil }
    var components = path.split(separator: "/", omittingEmptySubsequences: true)
    while components.first == "." { components.removeFirst() }
    guard !path.hasPrefix("/"), let name = components.last,
      components.count == 1 || (components.count == 2 && components[0] == Substring(BundledScenarios.folder)),
      let bytes = bundled[String(name)]
    else { return nil }
    guard !FileManager.default.fileExists(atPath: path) else { return nil }
    return bytes
  }

  static func resolve(_ path: String, relativeTo file: String) -> String {
    if path.hasPrefix("/") { return path }
    let directory = (file as NSString).deletingLastPathComponent
    return directory.isEmpty ? path : (directory as NSString).appendingPathComponent(path)
  }

  static func canonical(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }

  static func lastComponent(_ path: String) -> String { (path as NSString).lastPathComponent }

  static func stem(_ path: String) -> String {
    ((path as NSString).lastPathComponent as NSString).deletingPathExtension
  }
}

/// What loading a chain of `extends:` found out besides the merged tree.
struct ExtendsRecord {
  /// The files extended, nearest first.
  var files: [String] = []
  /// See ``Scenario/inheritedPublished``.
  var inheritedPublished: [Scenario.InheritedPublished] = []
  /// Base solutions the chain drops (`id: null`), nearest file last.
  var drops: [DroppedSolution] = []
}

/// A base solution a variant leaves out with `id: null` under `solutions:`.
struct DroppedSolution: Sendable, Hashable {
  var id: String
  /// The solution's key in the variant.
  var location: SourceLocation

  /// True for a YAML null: nothing after the key, `null`, `Null`, `NULL` or `~`
  /// (the YAML 1.2 core schema's nulls, so a YAML library reads the same).
  static func isNull(_ node: YAMLNode) -> Bool {
    guard let scalar = node.scalar, scalar.style == .plain else { return false }
    return ["", "null", "Null", "NULL", "~"].contains(scalar.text)
  }
}

/// How a variant's keys override the file it extends.
enum ScenarioMerge {
  /// The solutions whose `inputs:` `override` (the file `file`) changes while
  /// keeping the `published:` figures of `base`: those figures, and their
  /// `discrepancy:` reasons, were written for other inputs.
  static func keptPublished(base: YAMLNode, override: YAMLNode, file: String) -> [Scenario.InheritedPublished] {
    guard let solutions = override.value(forKey: "solutions")?.mapping else { return [] }
    return solutions.compactMap { entry in
      guard entry.value.value(forKey: "inputs") != nil, entry.value.value(forKey: "published") == nil,
        let published = base.value(forKey: "solutions")?.value(forKey: entry.key.text)?.value(forKey: "published"),
        published.mapping?.isEmpty == false
      else { return nil }
      return Scenario.InheritedPublished(solution: entry.key.text, file: file, location: entry.key.location)
    }
  }

  /// `override` without its `id: null` solutions that `base` has, each
  /// recorded in `drops`: the merged tree keeps the base's solution (so the
  /// base's references to it still decode) and the decoder leaves it out.
  /// A nearer file that gives a dropped solution again takes it back.
  static func recordDrops(base: YAMLNode, override: YAMLNode, into drops: inout [DroppedSolution]) -> YAMLNode {
    guard case .mapping(let entries) = override.content,
      let index = entries.firstIndex(where: { $0.key.text == "solutions" }),
      case .mapping(let solutions) = entries[index].value.content
    else { return override }
    let baseSolutions = base.value(forKey: "solutions")
    var kept: [YAMLNode.Entry] = []
    for entry in solutions {
      if DroppedSolution.isNull(entry.value), baseSolutions?.value(forKey: entry.key.text) != nil {
        drops.removeAll { $0.id == entry.key.text }
        drops.append(DroppedSolution(id: entry.key.text, location: entry.key.location))
      } else {
        drops.removeAll { $0.id == entry.key.text }
        kept.append(entry)
      }
    }
    var newEntries = entries
    newEntries[index] = YAMLNode.Entry(
      key: entries[index].key,
      value: YAMLNode(
        content: .mapping(kept), location: entries[index].value.location, isFlow: entries[index].value.isFlow))
    return YAMLNode(content: .mapping(newEntries), location: override.location, isFlow: override.isFlow)
  }

  /// Merges `override` over `base`, key by key: where both have a mapping under
  /// the same key the two are merged again; otherwise the override replaces.
  /// A mapping with a `value:` key (an input or a published figure) is a single
  /// value and is replaced whole, so a changed value never keeps an old source;
  /// so is a solution's `published:` block (see ``replacesWhole(_:)``).
  ///
  /// - Parameter path: the keys leading to `base` and `override` from the top
  ///   of the file (empty at the top).
  static func merge(base: YAMLNode, override: YAMLNode, path: [String] = []) -> YAMLNode {
    guard case .mapping(let baseEntries) = base.content,
      case .mapping(let overrideEntries) = override.content,
      !isValue(base), !isValue(override), !replacesWhole(path)
    else { return override }
    var merged = baseEntries
    for entry in overrideEntries {
      if let index = merged.firstIndex(where: { $0.key.text == entry.key.text }) {
        let value = merge(base: merged[index].value, override: entry.value, path: path + [entry.key.text])
        merged[index] = YAMLNode.Entry(key: entry.key, value: value)
      } else {
        merged.append(entry)
      }
    }
    return YAMLNode(content: .mapping(merged), location: override.location, isFlow: override.isFlow)
  }

  static func isValue(_ node: YAMLNode) -> Bool {
    guard case .mapping(let entries) = node.content else { return false }
    return entries.contains { $0.key.text == "value" }
  }

  /// True for the keys whose mapping a variant replaces whole instead of
  /// merging into: `solutions.<id>.published`. The published figures belong to
  /// the inputs they were computed from, so a variant that gives a solution's
  /// `published:` gives all of them (`published: {}` for none), and can drop
  /// figures or `discrepancy:` reasons that no longer apply. A variant that
  /// changes a solution's inputs and gives no `published:` keeps the base's
  /// figures and reasons as they are; the README asks variants to give it.
  static func replacesWhole(_ path: [String]) -> Bool {
    path.count == 3 && path[0] == "solutions" && path[2] == "published"
  }
}
