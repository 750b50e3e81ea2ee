/// A zip archive written in memory: every entry stored (method 0, no
/// compression), with its CRC-32, as the Office Open XML container needs.
///
/// Entries carry a fixed timestamp (1 January 1980), so the same content
/// gives the same bytes. Names are UTF-8 (general-purpose flag bit 11).
///
/// ```swift
/// var zip = ZipArchive()
/// zip.add("hello.txt", Array("hi".utf8))
/// let bytes = zip.bytes
/// ```
package struct ZipArchive: Sendable {
  /// One file of the archive.
  package struct Entry: Sendable {
    package var name: String
    package var data: [UInt8]
  }

  package private(set) var entries: [Entry] = []

  package init() {}

  /// Adds a file; names use `/` between folders.
  package mutating func add(_ name: String, _ data: [UInt8]) {
    entries.append(Entry(name: name, data: data))
  }

  /// The archive: local headers and data, the central directory, and the
  /// end-of-central-directory record.
  ///
  /// - Precondition: fewer than 65,535 entries and every size below 4 GiB
  ///   (no Zip64); a workbook of report tables is far below both.
  package var bytes: [UInt8] {
    var out: [UInt8] = []
    var central: [UInt8] = []
    let dosTime: UInt16 = 0
    let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1  // 1980-01-01
    let utf8Names: UInt16 = 1 << 11
    for entry in entries {
      let name = Array(entry.name.utf8)
      let crc = CRC32.checksum(entry.data)
      let size = UInt32(truncatingIfNeeded: entry.data.count)
      let offset = UInt32(truncatingIfNeeded: out.count)
      // Local file header.
      out.append32(0x0403_4B50)
      out.append16(20)  // version needed: 2.0
      out.append16(utf8Names)
      out.append16(0)  // stored
      out.append16(dosTime)
      out.append16(dosDate)
      out.append32(crc)
      out.append32(size)  // compressed
      out.append32(size)  // uncompressed
      out.append16(UInt16(truncatingIfNeeded: name.count))
      out.append16(0)  // extra field length
      out += name
      out += entry.data
      // Central directory header.
      central.append32(0x0201_4B50)
      central.append16(20)  // version made by
      central.append16(20)  // version needed
      central.append16(utf8Names)
      central.append16(0)
      central.append16(dosTime)
      central.append16(dosDate)
      central.append32(crc)
      central.append32(size)
      central.append32(size)
      central.append16(UInt16(truncatingIfNeeded: name.count))
      central.append16(0)  // extra
      central.append16(0)  // comment
      central.append16(0)  // disk number
      central.append16(0)  // internal attributes
      central.append32(0)  // external attributes
      central.append32(offset)
      central += name
    }
    let centralOffset = UInt32(truncatingIfNeeded: out.count)
    out += central
    out.append32(0x0605_4B50)
    out.append16(0)
    out.append16(0)
    out.append16(UInt16(truncatingIfNeeded: entries.count))
    out.append16(UInt16(truncatingIfNeeded: entries.count))
    out.append32(UInt32(truncatingIfNeeded: central.count))
    out.append32(centralOffset)
    out.append16(0)  // comment length
    return out
  }
}

extension Array where Element == UInt8 {
  /// Appends `value` little-endian.
  mutating func append16(_ value: UInt16) {
    append(UInt8(value & 0xFF))
    append(UInt8(value >> 8))
  }

  /// Appends `value` little-endian.
  mutating func append32(_ value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
  }
}
