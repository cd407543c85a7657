internal import CZlib

/// gzip through zlib's `inflate`, with `windowBits` 15 + 16 so that only the gzip wrapper is
/// accepted and its CRC-32 and length are checked (zlib.h, `inflateInit2`).
final class GzipDecoder: StreamDecoder {
  private let stream: UnsafeMutablePointer<z_stream>

  init() throws(DecompressionProblem) {
    stream = .allocate(capacity: 1)
    stream.initialize(to: z_stream())
    let status = czlib_inflate_init2(stream, 15 + 16)
    guard status == Z_OK else {
      stream.deallocate()
      throw .failure("zlib could not start (status \(status))")
    }
  }

  deinit {
    inflateEnd(stream)
    stream.deallocate()
  }

  func decode(
    _ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>, finish: Bool
  ) throws(DecompressionProblem) -> DecodeStep {
    stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
    stream.pointee.avail_in = UInt32(input.count)
    stream.pointee.next_out = output.baseAddress
    stream.pointee.avail_out = UInt32(output.count)
    let status = inflate(stream, Z_NO_FLUSH)
    let step = DecodeStep(
      consumed: input.count - Int(stream.pointee.avail_in),
      produced: output.count - Int(stream.pointee.avail_out),
      streamEnded: status == Z_STREAM_END)
    switch status {
    case Z_OK, Z_STREAM_END, Z_BUF_ERROR:
      // Z_BUF_ERROR: no progress possible with this input; the caller brings more or
      // finds the file truncated.
      return step
    case Z_DATA_ERROR, Z_NEED_DICT:
      throw .corrupt(message(or: "invalid data"), consumed: step.consumed)
    case Z_MEM_ERROR:
      throw .failure("zlib ran out of memory")
    default:
      throw .failure(message(or: "zlib status \(status)"))
    }
  }

  func restart() throws(DecompressionProblem) {
    let status = inflateReset(stream)
    guard status == Z_OK else { throw .failure("zlib could not restart (status \(status))") }
  }

  /// zlib's own message for the last error, or `fallback`.
  private func message(or fallback: String) -> String {
    guard let text = stream.pointee.msg else { return fallback }
    return String(cString: text)
  }
}
