internal import CBZip2

/// bzip2 through libbz2's `BZ2_bzDecompress` (bzip2 manual §3.3). Each stream's CRC is
/// checked by the library; a further stream in the same file starts a fresh decoder, as
/// `bzip2 -d` does for concatenated files.
final class BZip2Decoder: StreamDecoder {
  private let stream: UnsafeMutablePointer<bz_stream>
  private var isOpen = false

  init() throws(DecompressionProblem) {
    stream = .allocate(capacity: 1)
    stream.initialize(to: bz_stream())
    do {
      try open()
    } catch {
      stream.deallocate()
      throw error
    }
  }

  deinit {
    if isOpen { BZ2_bzDecompressEnd(stream) }
    stream.deallocate()
  }

  func decode(
    _ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>, finish: Bool
  ) throws(DecompressionProblem) -> DecodeStep {
    let inputBase = UnsafeMutableRawPointer(mutating: input.baseAddress)?.assumingMemoryBound(to: CChar.self)
    stream.pointee.next_in = inputBase
    stream.pointee.avail_in = UInt32(input.count)
    stream.pointee.next_out = UnsafeMutableRawPointer(output.baseAddress)?.assumingMemoryBound(to: CChar.self)
    stream.pointee.avail_out = UInt32(output.count)
    let status = BZ2_bzDecompress(stream)
    let step = DecodeStep(
      consumed: input.count - Int(stream.pointee.avail_in),
      produced: output.count - Int(stream.pointee.avail_out),
      streamEnded: status == BZ_STREAM_END)
    switch status {
    case BZ_OK, BZ_STREAM_END:
      return step
    case BZ_DATA_ERROR:
      throw .corrupt("compressed data is corrupt (bad CRC or block)", consumed: step.consumed)
    case BZ_DATA_ERROR_MAGIC:
      throw .corrupt("not in the bzip2 format", consumed: step.consumed)
    case BZ_MEM_ERROR:
      throw .failure("libbz2 ran out of memory")
    default:
      throw .failure("libbz2 failed (status \(status))")
    }
  }

  func restart() throws(DecompressionProblem) {
    if isOpen {
      BZ2_bzDecompressEnd(stream)
      isOpen = false
    }
    stream.pointee = bz_stream()
    try open()
  }

  private func open() throws(DecompressionProblem) {
    let status = BZ2_bzDecompressInit(stream, 0, 0)
    guard status == BZ_OK else { throw .failure("libbz2 could not start (status \(status))") }
    isOpen = true
  }
}
