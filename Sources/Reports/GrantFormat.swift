/// The output formats of `workforce grant`.
package enum GrantFormat: String, CaseIterable, Sendable {
  case text, markdown, csv, json, html, xlsx
}
