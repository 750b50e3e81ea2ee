import WorkforceModel

/// The solutions a scenario leaves out (a variant's `id: null` or `only:`,
/// or `--solution`), as every output names them: one line for text and
/// Markdown, an `omitted` array for JSON.
enum OmittedSolutions {
  /// "Udeladt, indgår ikke i totalerne: migo, dermloop (varianten v.yaml,
  /// linje 3, 4); rpa (--solution)."; nil when nothing is left out.
  static func line(_ scenario: Scenario, _ language: Language) -> String? {
    line(scenario.omitted, language)
  }

  static func line(_ omitted: [Scenario.OmittedSolution], _ language: Language) -> String? {
    guard !omitted.isEmpty else { return nil }
    // One group per file that drops solutions, then those of --solution:
    // "migo, rpa (varianten v.yaml, linje 3, 6)".
    var groups: [(ids: [String], file: String?, lines: [Int])] = []
    for entry in omitted {
      var file: String?
      var line: Int?
      if case .variant(let location) = entry.reason {
        file = location.file
        line = location.line
      }
      if let index = groups.firstIndex(where: { $0.file == file }) {
        groups[index].ids.append(entry.id)
        if let line, !groups[index].lines.contains(line) { groups[index].lines.append(line) }
      } else {
        groups.append(([entry.id], file, line.map { [$0] } ?? []))
      }
    }
    let items = groups.map { group in
      let ids = group.ids.joined(separator: ", ")
      guard let file = group.file else { return "\(ids) (--solution)" }
      let lines = group.lines.map(String.init).joined(separator: ", ")
      return "\(ids) (" + language.pick("varianten", "the variant") + " \(file), "
        + language.pick("linje", group.lines.count == 1 ? "line" : "lines")
        + " \(lines))"
    }
    return language.pick("Udeladt, indgår ikke i totalerne: ", "Left out, not in the totals: ")
      + items.joined(separator: "; ") + "."
  }

  /// The line followed by a line break, or nothing.
  static func paragraph(_ scenario: Scenario, _ language: Language, markdown: Bool = false) -> String {
    paragraph(scenario.omitted, language, markdown: markdown)
  }

  static func paragraph(_ omitted: [Scenario.OmittedSolution], _ language: Language, markdown: Bool = false) -> String {
    guard let line = line(omitted, language) else { return "" }
    return markdown ? line.singleLine + "\n\n" : line + "\n"
  }

  /// `("omitted", [{"id", "title", "by": "variant"|"option", "location"}])`,
  /// or no member when nothing is left out (the documented shapes stay as they are).
  static func jsonMembers(_ scenario: Scenario) -> [(String, JSONValue)] {
    jsonMembers(scenario.omitted)
  }

  static func jsonMembers(_ omitted: [Scenario.OmittedSolution]) -> [(String, JSONValue)] {
    guard !omitted.isEmpty else { return [] }
    let items: [JSONValue] = omitted.map { omitted in
      var members: [(String, JSONValue)] = [("id", .string(omitted.id)), ("title", .optional(omitted.title))]
      switch omitted.reason {
      case .variant(let location):
        members += [("by", .string("variant")), ("location", .string(location.description))]
      case .commandLine:
        members += [("by", .string("option")), ("location", .null)]
      }
      return .object(members)
    }
    return [("omitted", .array(items))]
  }
}
