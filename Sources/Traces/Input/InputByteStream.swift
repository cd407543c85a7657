#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The text of a trace file, read in chunks and decompressed on the fly when the file is
/// gzip, xz or bzip2 (``CompressionFormat``, told by the file's first bytes).
///
/// Memory is constant: one compressed buffer of ``chunkSize`` bytes and the decoder's own
/// state (liblzma's dictionary, at most 64 MiB for `xz -9`). Readers see only the text, so
/// their line and column numbers are those of the decompressed text.
///
/// A damaged archive is an ``InputFileError`` in words, never a crash: corrupt data names
/// the byte of the file near which it was found, a truncated file says it ends early, and a
/// name ending in `.gz`, `.xz` or `.bz2` whose content lacks that format's magic is refused.
package final class InputByteStream {
  /// The default size of the compressed read buffer: 64 KiB.
  package static let defaultChunkSize = 64 * 1024

  /// The path the file was opened with.
  package let path: String
  /// The compression found by the file's first bytes.
  package let format: CompressionFormat
  /// The size of the compressed read buffer.
  package let chunkSize: Int
  /// The bytes read from the file so far (compressed bytes for a compressed file).
  package private(set) var fileBytesRead = 0

  private let descriptor: Int32
  private let decoder: (any StreamDecoder)?
  private let input: UnsafeMutableBufferPointer<UInt8>
  /// Unused file bytes are `input[start..<end]`.
  private var start = 0
  private var end = 0
  private var fileEnded = false
  /// Whether the decoder reached the end of a stream and has not been restarted.
  private var streamEnded = false
  /// File offset of `input[start]`, for messages about corrupt data.
  private var consumedOffset = 0

  /// Opens `path` (a regular file; see ``InputFile/openRegular(path:)``) and reads its first
  /// bytes to tell its compression.
  package init(path: String, chunkSize: Int = InputByteStream.defaultChunkSize) throws(InputFileError) {
    self.path = path
    self.chunkSize = max(16, chunkSize)
    descriptor = try InputFile.openRegular(path: path)
    input = .allocate(capacity: self.chunkSize)
    do throws(InputFileError) {
      try Self.fill(descriptor, input, from: 0, count: &end, ended: &fileEnded, total: &fileBytesRead)
      let found = CompressionFormat.detect(prefix: UnsafeBufferPointer(rebasing: input[0..<end]))
      if let promised = CompressionFormat.promised(byName: path), promised != found {
        throw InputFileError(
          reason: "the name ends in \(promised.fileExtension ?? "") but the file is not \(promised.rawValue)-compressed "
            + "(its first bytes are not the \(promised.rawValue) magic number); the archive is damaged or misnamed")
      }
      format = found
      decoder = try Self.decoder(for: found)
    } catch {
      close(descriptor)
      input.deallocate()
      throw error
    }
  }

  deinit {
    close(descriptor)
    input.deallocate()
  }

  /// Reads text bytes into `buffer`: how many were written, 0 only at the end of the text.
  package func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(InputFileError) -> Int {
    guard buffer.count > 0 else { return 0 }
    guard let decoder else { return try readPlain(into: buffer) }
    while true {
      if start == end && !fileEnded { try refill() }
      if streamEnded {
        guard start < end else { return 0 }  // the file ends where its last stream does
        do {
          try decoder.restart()
        } catch {
          throw problem(error)
        }
        streamEnded = false
      }
      let step: DecodeStep
      do {
        step = try decoder.decode(
          UnsafeBufferPointer(rebasing: input[start..<end]), into: buffer, finish: fileEnded)
      } catch {
        throw problem(error)
      }
      start += step.consumed
      consumedOffset += step.consumed
      streamEnded = step.streamEnded
      if step.produced > 0 { return step.produced }
      if streamEnded { continue }
      if step.consumed == 0 {
        // No progress: the decoder needs more input than is buffered.
        if fileEnded {
          throw InputFileError(
            reason: "the \(format.rawValue) data ends early: the file is truncated (\(fileBytesRead) bytes)")
        }
        try refill()
      }
    }
  }

  /// Reads the whole text.
  package func readAll() throws(InputFileError) -> [UInt8] {
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    while true {
      let count = try chunk.withUnsafeMutableBufferPointer { buffer throws(InputFileError) in
        try read(into: buffer)
      }
      if count == 0 { return result }
      result.append(contentsOf: chunk[..<count])
    }
  }

  /// The whole text of the file at `path`, decompressed.
  package static func contents(path: String) throws(InputFileError) -> [UInt8] {
    try InputByteStream(path: path).readAll()
  }

  private func readPlain(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(InputFileError) -> Int {
    if start < end {
      let count = min(buffer.count, end - start)
      buffer.baseAddress!.update(from: input.baseAddress! + start, count: count)
      start += count
      return count
    }
    if fileEnded { return 0 }
    let count = try InputFile.read(descriptor, into: buffer)
    fileBytesRead += count
    if count == 0 { fileEnded = true }
    return count
  }

  /// Moves the unused tail to the front and fills the rest of the buffer from the file.
  private func refill() throws(InputFileError) {
    let pending = end - start
    if start > 0 && pending > 0 { memmove(input.baseAddress!, input.baseAddress! + start, pending) }
    start = 0
    end = pending
    try Self.fill(descriptor, input, from: pending, count: &end, ended: &fileEnded, total: &fileBytesRead)
  }

  /// Reads into `buffer[from...]` until it is full or the file ends.
  private static func fill(
    _ descriptor: Int32, _ buffer: UnsafeMutableBufferPointer<UInt8>, from: Int,
    count: inout Int, ended: inout Bool, total: inout Int
  ) throws(InputFileError) {
    count = from
    while count < buffer.count {
      let got = try InputFile.read(descriptor, into: UnsafeMutableBufferPointer(rebasing: buffer[count...]))
      if got == 0 {
        ended = true
        return
      }
      count += got
      total += got
    }
  }

  /// A fresh decoder for `format`; nil for plain text.
  private static func decoder(for format: CompressionFormat) throws(InputFileError) -> (any StreamDecoder)? {
    do {
      switch format {
      case .plain: return nil
      case .gzip: return try GzipDecoder()
      case .xz: return try XZDecoder()
      case .bzip2: return try BZip2Decoder()
      }
    } catch {
      throw InputFileError(reason: "cannot decompress the \(format.rawValue) file: \(error.words)")
    }
  }

  private func problem(_ problem: DecompressionProblem) -> InputFileError {
    switch problem {
    case .corrupt(let words, let consumed):
      InputFileError(
        reason: "the \(format.rawValue) data is corrupt near byte \(consumedOffset + consumed) of the file (\(words))")
    case .failure(let words):
      InputFileError(reason: "cannot decompress the \(format.rawValue) file: \(words)")
    }
  }
}
