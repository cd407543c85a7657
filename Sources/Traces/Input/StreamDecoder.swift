/// One decompressor (zlib, liblzma or libbz2) behind ``InputByteStream``.
///
/// ``decode(_:into:finish:)`` consumes some compressed bytes and writes some text bytes; the
/// stream calls it again until the decoder says its stream has ended.
protocol StreamDecoder: AnyObject {
  /// Decodes from `input` into `output`. `finish` is true when `input` holds the last bytes
  /// of the file. Throws ``DecompressionProblem`` for corrupt data or a library failure.
  func decode(
    _ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>, finish: Bool
  ) throws(DecompressionProblem) -> DecodeStep

  /// Prepares for a further stream (a concatenated gzip member or bzip2 stream) that
  /// follows the end of the previous one in the same file.
  func restart() throws(DecompressionProblem)
}

/// What one ``StreamDecoder/decode(_:into:finish:)`` call did.
struct DecodeStep: Equatable {
  /// Compressed bytes used.
  var consumed: Int
  /// Text bytes written.
  var produced: Int
  /// Whether the compressed stream reached its end marker (and checksum).
  var streamEnded: Bool
}

/// Why a decoder stopped: the data is damaged, or the library failed.
enum DecompressionProblem: Error, Equatable {
  /// The data is not valid for the format: the library's words, and how many bytes of the
  /// input of the failing call it had used when it stopped.
  case corrupt(String, consumed: Int)
  /// The library could not allocate memory or was misused; its words.
  case failure(String)

  /// The words of either case.
  var words: String {
    switch self {
    case .corrupt(let words, _), .failure(let words): words
    }
  }
}
