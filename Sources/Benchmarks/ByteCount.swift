import Foundation

/// Byte sizes on the command line: `268435456`, `256MiB`, `64KiB`, `1GiB`, `500MB`, `16M`.
package enum ByteCount {
  /// Parses a size; binary suffixes (K, KiB, M, MiB, G, GiB) are powers of 1024, decimal
  /// ones (kB, KB, MB, GB) powers of 1000; case does not matter. Nil if not a positive size.
  package static func parse(_ text: String) -> Int? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let digits = trimmed.prefix { $0.isNumber }
    let suffix = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces).lowercased()
    let multipliers: [String: Int] = [
      "": 1, "b": 1, "k": 1 << 10, "kib": 1 << 10, "m": 1 << 20, "mib": 1 << 20, "g": 1 << 30, "gib": 1 << 30,
      "kb": 1_000, "mb": 1_000_000, "gb": 1_000_000_000,
    ]
    guard let count = Int(digits), count > 0, let multiplier = multipliers[suffix] else { return nil }
    let (product, overflow) = count.multipliedReportingOverflow(by: multiplier)
    return overflow ? nil : product
  }

  /// A short human form: `256 MiB`, `16 KiB`, `1000 bytes`.
  package static func text(_ bytes: Int) -> String {
    for (unit, size) in [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)] where bytes >= size && bytes % size == 0 {
      return "\(bytes / size) \(unit)"
    }
    return "\(bytes) bytes"
  }
}
