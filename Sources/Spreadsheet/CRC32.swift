/// The CRC-32 of zip files (ISO 3309, polynomial 0xEDB88320 reflected, initial
/// value and final xor 0xFFFFFFFF), table-driven.
///
/// ```swift
/// CRC32.checksum(Array("123456789".utf8))  // 0xCBF43926
/// ```
package enum CRC32 {
  /// The 256 remainders of one byte.
  static let table: [UInt32] = (0..<256).map { byte in
    var crc = UInt32(byte)
    for _ in 0..<8 {
      crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1
    }
    return crc
  }

  /// The checksum of `bytes`.
  ///
  /// - Complexity: O(n).
  package static func checksum(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
    }
    return crc ^ 0xFFFF_FFFF
  }
}
