internal import CLZMA

/// xz through liblzma's `lzma_stream_decoder`, with `LZMA_CONCATENATED` so that several
/// streams and stream padding in one file are read as `xz -d` reads them, and integrity
/// checks verified (lzma/container.h). No memory limit is set, as `xz -d` sets none.
final class XZDecoder: StreamDecoder {
  private let stream: UnsafeMutablePointer<lzma_stream>

  init() throws(DecompressionProblem) {
    stream = .allocate(capacity: 1)
    stream.initialize(to: clzma_stream_init())
    let status = lzma_stream_decoder(stream, UInt64.max, clzma_concatenated())
    guard status == LZMA_OK else {
      stream.deallocate()
      throw .failure("liblzma could not start (\(Self.name(status)))")
    }
  }

  deinit {
    lzma_end(stream)
    stream.deallocate()
  }

  func decode(
    _ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>, finish: Bool
  ) throws(DecompressionProblem) -> DecodeStep {
    stream.pointee.next_in = input.baseAddress
    stream.pointee.avail_in = input.count
    stream.pointee.next_out = output.baseAddress
    stream.pointee.avail_out = output.count
    let status = lzma_code(stream, finish ? LZMA_FINISH : LZMA_RUN)
    let step = DecodeStep(
      consumed: input.count - stream.pointee.avail_in,
      produced: output.count - stream.pointee.avail_out,
      streamEnded: status == LZMA_STREAM_END)
    switch status {
    case LZMA_OK, LZMA_STREAM_END, LZMA_BUF_ERROR:
      return step
    case LZMA_FORMAT_ERROR:
      throw .corrupt("not in the xz format", consumed: step.consumed)
    case LZMA_DATA_ERROR:
      throw .corrupt("compressed data is corrupt", consumed: step.consumed)
    case LZMA_OPTIONS_ERROR:
      throw .corrupt("unsupported compression options", consumed: step.consumed)
    case LZMA_MEM_ERROR, LZMA_MEMLIMIT_ERROR:
      throw .failure("liblzma ran out of memory")
    default:
      throw .failure("liblzma failed (\(Self.name(status)))")
    }
  }

  func restart() throws(DecompressionProblem) {
    // LZMA_CONCATENATED reads every stream of the file in one go: nothing to restart.
  }

  private static func name(_ status: lzma_ret) -> String {
    "lzma_ret \(status.rawValue)"
  }
}
