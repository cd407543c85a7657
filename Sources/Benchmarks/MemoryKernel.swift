/// The memory micro-benchmark: block writes (memcpy from a small cache-resident source
/// block) over a buffer, then a checksum read of the whole buffer, repeated.
package enum MemoryKernel {
  /// Size of the source block copied over the buffer.
  package static let blockSize = 64 * 1024

  /// The byte at `offset` of the buffer after pass `pass` (0-based).
  package static func patternByte(offset: Int, pass: Int) -> UInt8 {
    UInt8(truncatingIfNeeded: (offset % blockSize) &* 31 &+ pass)
  }

  /// Allocates a buffer of `bytes` bytes, touches it once (page faults stay out of the
  /// timing), then makes passes until at least `minimumPasses` are done and at least
  /// `minimumSeconds` have been timed.
  package static func run(bytes: Int, minimumSeconds: Double, minimumPasses: Int = 1) -> MemoryResult {
    precondition(bytes > 0 && minimumPasses >= 1)
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes, alignment: 64)
    defer { buffer.deallocate() }
    buffer.initializeMemory(as: UInt8.self, repeating: 0)
    let sourceSize = min(bytes, blockSize)
    let source = UnsafeMutableRawBufferPointer.allocate(byteCount: sourceSize, alignment: 64)
    defer { source.deallocate() }

    var result = MemoryResult(bufferBytes: bytes, passes: 0, bytesWritten: 0, bytesRead: 0,
                              writeSeconds: 0, readSeconds: 0, checksum: 0)
    while result.passes < minimumPasses || result.seconds < minimumSeconds {
      let pass = result.passes
      for offset in 0..<sourceSize { source[offset] = patternByte(offset: offset, pass: pass) }
      let (_, writeSeconds) = Stopwatch.time {
        var offset = 0
        while offset < bytes {
          let count = min(sourceSize, bytes - offset)
          (buffer.baseAddress! + offset).copyMemory(from: source.baseAddress!, byteCount: count)
          offset += count
        }
      }
      let (checksum, readSeconds) = Stopwatch.time {
        var sum: UInt64 = 0
        Checksum.add(UnsafeRawBufferPointer(buffer), to: &sum)
        return sum
      }
      result.passes += 1
      result.bytesWritten += bytes
      result.bytesRead += bytes
      result.writeSeconds += writeSeconds
      result.readSeconds += readSeconds
      result.checksum = checksum
    }
    return result
  }
}
