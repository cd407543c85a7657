/// How a file a planner names is compressed, told by its first bytes.
///
/// The magic numbers: gzip `1F 8B` (RFC 1952 §2.3.1), xz `FD 37 7A 58 5A 00` (the .xz file
/// format 1.1.0, §2.1.1.1), bzip2 `BZh` followed by the block size digit `1`–`9` (bzip2's
/// `bzlib.c`, which checks the same four bytes). A file whose name ends in `.gz`, `.xz` or
/// `.bz2` must carry that format's magic; otherwise it is refused as damaged rather than read
/// as text.
package enum CompressionFormat: String, Sendable, Equatable, CaseIterable {
  /// Not compressed: the bytes are the text.
  case plain
  /// gzip (zlib's inflate, concatenated members allowed, as `gzip -d` reads them).
  case gzip
  /// xz (liblzma, concatenated streams allowed, as `xz -d` reads them).
  case xz
  /// bzip2 (libbz2, concatenated streams allowed, as `bzip2 -d` reads them).
  case bzip2

  /// The file name ending that promises this format (`.gz`, `.xz`, `.bz2`); nil for plain.
  package var fileExtension: String? {
    switch self {
    case .plain: nil
    case .gzip: ".gz"
    case .xz: ".xz"
    case .bzip2: ".bz2"
    }
  }

  /// The format whose magic `prefix` (the first bytes of a file) starts with, else `.plain`.
  package static func detect(prefix: some Collection<UInt8>) -> CompressionFormat {
    let bytes = Array(prefix.prefix(6))
    if bytes.starts(with: [0x1F, 0x8B]) { return .gzip }
    if bytes.starts(with: [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return .xz }
    if bytes.count >= 4, bytes.starts(with: Array("BZh".utf8)), (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(bytes[3]) {
      return .bzip2
    }
    return .plain
  }

  /// The format the name of `path` promises by its ending (any case), or nil.
  package static func promised(byName path: String) -> CompressionFormat? {
    let lowered = path.lowercased()
    return allCases.first { format in format.fileExtension.map { lowered.hasSuffix($0) } ?? false }
  }
}
