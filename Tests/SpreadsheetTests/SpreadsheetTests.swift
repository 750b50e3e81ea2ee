import Foundation
import Testing

@testable import Spreadsheet

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("CRC-32 and the zip container")
struct ZipTests {
  /// The standard check values of CRC-32/ISO-HDLC.
  @Test func knownChecksums() {
    #expect(CRC32.checksum([]) == 0)
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
  }

  @Test func storedEntriesReadBack() throws {
    var zip = ZipArchive()
    zip.add("a.txt", Array("hello".utf8))
    zip.add("dir/b.xml", Array("<x>æøå</x>".utf8))
    zip.add("empty", [])
    let entries = try ZipReader.entries(zip.bytes)
    #expect(entries.map(\.name) == ["a.txt", "dir/b.xml", "empty"])
    #expect(entries.map(\.method) == [0, 0, 0])
    #expect(entries[1].data == Array("<x>æøå</x>".utf8))
    #expect(entries[0].crc == 0x3610_A686)  // CRC-32 of "hello"
  }

  /// The same content gives the same bytes (fixed timestamps).
  @Test func reproducible() {
    var a = ZipArchive()
    var b = ZipArchive()
    a.add("x", [1, 2, 3])
    b.add("x", [1, 2, 3])
    #expect(a.bytes == b.bytes)
  }
}

@Suite("Office Open XML workbooks")
struct WorkbookTests {
  let workbook = Workbook(sheets: [
    Workbook.Sheet(
      name: "Tilskud",
      rows: [
        [.text("Løsning", bold: true), .text("Tilskud, kr.", bold: true), .text("Andel", bold: true)],
        [.text("ward <&> \"AI\""), .number(13_500_000, .integer), .number(0.0110417, .percent)],
        [.text("Σ i alt"), .number(60_000_000, .integer), .number(.nan, .percent)],
      ]),
    Workbook.Sheet(name: "År: portefølje/alle [2024]", rows: [[.text("År", bold: true)], [.number(2024, .plain)]]),
  ])

  @Test func partsAndContentTypes() throws {
    let entries = try ZipReader.entries(workbook.xlsx())
    let names = entries.map(\.name)
    #expect(names.first == "[Content_Types].xml")
    for part in [
      "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
      "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
    ] {
      #expect(names.contains(part), "\(part)")
    }
    let types = String(decoding: try #require(entries.first).data, as: UTF8.self)
    #expect(types.contains(#"PartName="/xl/worksheets/sheet2.xml""#))
  }

  /// Every part is well-formed XML (parsed by Foundation's XMLParser).
  @Test func everyPartParses() throws {
    for entry in try ZipReader.entries(workbook.xlsx())
    where entry.name.hasSuffix(".xml") || entry.name.hasSuffix(".rels") {
      let parser = XMLParser(data: Data(entry.data))
      #expect(parser.parse(), "\(entry.name): \(String(describing: parser.parserError))")
    }
  }

  /// Numbers are numbers (a `<v>` without a type), text is inline text,
  /// NaN leaves the cell empty; special characters are escaped.
  @Test func cells() throws {
    let sheet = try #require(try ZipReader.entries(workbook.xlsx()).first { $0.name == "xl/worksheets/sheet1.xml" })
    let xml = String(decoding: sheet.data, as: UTF8.self)
    #expect(xml.contains(#"<c r="B2" s="3"><v>13500000</v></c>"#))
    #expect(xml.contains(#"<c r="C2" s="6"><v>0.0110417</v></c>"#))
    #expect(!xml.contains(#"r="C3""#))
    #expect(xml.contains("ward &lt;&amp;&gt; &quot;AI&quot;"))
    #expect(xml.contains(#"<c r="A1" t="inlineStr" s="1">"#))
    #expect(xml.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
  }

  /// Each number format has its own cell format after the two text ones.
  @Test func styleIndices() {
    let count = Workbook.NumberFormat.allCases.count + 2
    #expect(SpreadsheetXML.styles.contains(#"<cellXfs count="\#(count)">"#))
    #expect(Set(Workbook.NumberFormat.allCases.map(SpreadsheetXML.styleIndex)) == Set(2..<count))
  }

  @Test func sheetNamesAreValidAndUnique() {
    #expect(Workbook.sheetNames(["År: portefølje/alle [2024]"]) == ["År- portefølje-alle -2024-"])
    #expect(Workbook.sheetNames(["Tilskud", "tilskud", ""]) == ["Tilskud", "tilskud (2)", "Ark3"])
    let long = String(repeating: "x", count: 40)
    #expect(
      Workbook.sheetNames([long, long]) == [
        String(repeating: "x", count: 31), String(repeating: "x", count: 27) + " (2)",
      ])
  }

  @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA")])
  func columnNames(index: Int, name: String) {
    #expect(SpreadsheetXML.columnName(index) == name)
  }

  /// Where Python is installed, its zipfile module must read the workbook and
  /// find every CRC right, and its XML parser must accept every part.
  @Test func pythonReadsTheWorkbook() throws {
    let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
    guard let python else { return }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("t.xlsx")
    try Data(workbook.xlsx()).write(to: file)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [
      "-c",
      "import sys, zipfile, xml.dom.minidom as m; z = zipfile.ZipFile(sys.argv[1]); "
        + "assert z.testzip() is None; [m.parseString(z.read(n)) for n in z.namelist()]",
      file.path,
    ]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }
}
