/// A cheap order-sensitive checksum: the wrapping sum of little-endian 64-bit words,
/// then of the trailing bytes. Used by the memory read pass and the disk read-back.
enum Checksum {
  /// Adds the words and trailing bytes of `bytes` to `sum`.
  static func add(_ bytes: UnsafeRawBufferPointer, to sum: inout UInt64) {
    let words = bytes.count / 8
    var total = sum
    var index = 0
    while index < words {
      total &+= UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
      index += 1
    }
    for offset in (words * 8)..<bytes.count {
      total &+= UInt64(bytes[offset])
    }
    sum = total
  }

  /// The checksum of an array of bytes (for tests and small buffers).
  static func of(_ bytes: [UInt8]) -> UInt64 {
    var sum: UInt64 = 0
    bytes.withUnsafeBytes { add($0, to: &sum) }
    return sum
  }
}
