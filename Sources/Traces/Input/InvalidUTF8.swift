/// The first byte of a text that is not valid UTF-8, and where it is.
///
/// Lines and columns are 1-based; a column counts characters (Unicode scalars) as YAML
/// positions do, so `café` with a Latin-1 `é` (byte 0xE9) is reported at column 4.
package struct InvalidUTF8: Sendable, Equatable, CustomStringConvertible {
  /// The 1-based line of the bad byte.
  package let line: Int
  /// The 1-based column of the bad byte, counting the valid characters before it on its line.
  package let column: Int
  /// The bad byte: a lone continuation byte, a byte that never occurs in UTF-8, or the first
  /// byte of a sequence that is cut short, overlong or out of range.
  package let byte: UInt8

  /// Creates a position.
  package init(line: Int, column: Int, byte: UInt8) {
    self.line = line
    self.column = column
    self.byte = byte
  }

  /// `invalid UTF-8 (byte 0xE9); save the file as UTF-8`, for a message that gives the column.
  package var problem: String { "invalid UTF-8 (byte 0x\(hexByte)); save the file as UTF-8" }

  /// `invalid UTF-8 at column 4 (byte 0xE9); save the file as UTF-8`, for `FILE:LINE: ` messages.
  package var description: String {
    "invalid UTF-8 at column \(column) (byte 0x\(hexByte)); save the file as UTF-8"
  }

  private var hexByte: String {
    let hex = String(byte, radix: 16, uppercase: true)
    return hex.count < 2 ? "0" + hex : hex
  }

  /// The first invalid byte of `bytes` with its line and column, or nil when they are valid UTF-8.
  package static func first(in bytes: UnsafeBufferPointer<UInt8>) -> InvalidUTF8? {
    guard let offset = firstInvalidOffset(in: bytes) else { return nil }
    var line = 1
    var lineStart = 0
    for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
      line += 1
      lineStart = index + 1
    }
    // Every byte before `offset` is valid: count the bytes that start a character.
    var column = 1
    for index in lineStart..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
    return InvalidUTF8(line: line, column: column, byte: bytes[offset])
  }

  /// ``first(in:)`` for an array.
  package static func first(in bytes: [UInt8]) -> InvalidUTF8? {
    bytes.withUnsafeBufferPointer { first(in: $0) }
  }

  /// The offset of the first byte that is not valid UTF-8 (RFC 3629: no overlong forms, no
  /// surrogates, nothing above U+10FFFF), or nil. Pure ASCII is checked eight bytes at a time.
  package static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let count = bytes.count
    var index = 0
    while index < count {
      if index + 8 <= count, let base = bytes.baseAddress,
        UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        index += 8
        continue
      }
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      // The allowed range of the second byte, and how many bytes the sequence has.
      let second: ClosedRange<UInt8>
      let length: Int
      switch lead {
      case 0xC2...0xDF: (second, length) = (0x80...0xBF, 2)
      case 0xE0: (second, length) = (0xA0...0xBF, 3)
      case 0xE1...0xEC, 0xEE...0xEF: (second, length) = (0x80...0xBF, 3)
      case 0xED: (second, length) = (0x80...0x9F, 3)
      case 0xF0: (second, length) = (0x90...0xBF, 4)
      case 0xF1...0xF3: (second, length) = (0x80...0xBF, 4)
      case 0xF4: (second, length) = (0x80...0x8F, 4)
      default: return index
      }
      guard index + length <= count, second.contains(bytes[index + 1]) else { return index }
      for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return index }
      index += length
    }
    return nil
  }
}
