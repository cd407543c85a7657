extension RandomStream {
  /// Derives the 32-bit generator seed from (seed, replication, stream name, entity).
  ///
  /// The stream name is hashed with 64-bit FNV-1a over its UTF-8 bytes; the four
  /// inputs are then folded in one after another, each followed by the
  /// SplitMix64 finaliser, and the result is mapped into 1...2^32-1 (GSL treats
  /// seed 0 as "use the default seed", so 0 is never returned). The function is
  /// pure and platform-independent; it does not use Swift's per-process-seeded
  /// `Hasher`. Names are compared by their UTF-8 bytes, so canonically
  /// equivalent but differently encoded strings give different seeds.
  package static func derivedSeed(seed: UInt64, replication: Int, stream: String, entity: Int) -> UInt32 {
    var h = splitMix64(seed &+ 0x9E37_79B9_7F4A_7C15)
    h = splitMix64(h ^ fnv1a64(stream))
    h = splitMix64(h ^ UInt64(bitPattern: Int64(replication)))
    h = splitMix64(h ^ UInt64(bitPattern: Int64(entity)))
    return UInt32(h % 0xFFFF_FFFF) + 1
  }

  /// The SplitMix64 output function (Steele, Lea & Flood 2014): a bijective
  /// 64-bit mixer with full avalanche.
  static func splitMix64(_ x: UInt64) -> UInt64 {
    var z = x &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// 64-bit FNV-1a hash of the UTF-8 bytes of `text`.
  static func fnv1a64(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in text.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    return hash
  }
}
