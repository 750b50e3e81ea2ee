import Spreadsheet

/// A minimal reader of stored (uncompressed) zip archives, written
/// independently of `ZipArchive` from the format's description, so the tests
/// check the bytes rather than the writer against itself.
struct ZipReader {
  struct Entry: Equatable {
    var name: String
    var data: [UInt8]
    var crc: UInt32
    var method: UInt16
  }

  enum Failure: Error, Equatable {
    case noEndRecord
    case badSignature(Int)
    case badSize(String)
    case badChecksum(String)
  }

  static func u16(_ b: [UInt8], _ at: Int) -> Int { Int(b[at]) | Int(b[at + 1]) << 8 }
  static func u32(_ b: [UInt8], _ at: Int) -> Int { u16(b, at) | u16(b, at + 2) << 16 }

  /// Reads the central directory from the end record, then each local header.
  static func entries(_ bytes: [UInt8]) throws -> [Entry] {
    guard bytes.count >= 22 else { throw Failure.noEndRecord }
    var end = bytes.count - 22
    while end >= 0, u32(bytes, end) != 0x0605_4B50 { end -= 1 }
    guard end >= 0 else { throw Failure.noEndRecord }
    let count = u16(bytes, end + 10)
    var position = u32(bytes, end + 16)
    var entries: [Entry] = []
    for _ in 0..<count {
      guard u32(bytes, position) == 0x0201_4B50 else { throw Failure.badSignature(position) }
      let method = UInt16(u16(bytes, position + 10))
      let crc = UInt32(u32(bytes, position + 16))
      let size = u32(bytes, position + 20)
      let nameLength = u16(bytes, position + 28)
      let extra = u16(bytes, position + 30)
      let comment = u16(bytes, position + 32)
      let local = u32(bytes, position + 42)
      let name = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
      guard u32(bytes, local) == 0x0403_4B50 else { throw Failure.badSignature(local) }
      guard u32(bytes, local + 18) == size, u32(bytes, local + 22) == size else { throw Failure.badSize(name) }
      let start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28)
      let data = Array(bytes[start..<(start + size)])
      guard CRC32.checksum(data) == crc else { throw Failure.badChecksum(name) }
      entries.append(Entry(name: name, data: data, crc: crc, method: method))
      position += 46 + nameLength + extra + comment
    }
    return entries
  }
}
