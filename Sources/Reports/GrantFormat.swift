/// The output formats of `workforce grant`.
public enum GrantFormat: String, CaseIterable, Sendable {
  case text, markdown, csv, json, html, xlsx
}
