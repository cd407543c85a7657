#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file line by line through one fixed buffer of `chunkSize` bytes.
///
/// The buffer is allocated once. When no newline is left in it, the unread tail is moved to
/// the front and the rest is refilled from an ``InputByteStream`` (which decompresses gzip,
/// xz and bzip2 on the fly, so line numbers are those of the decompressed text), so at most
/// `chunkSize` bytes of the text are ever held, however long the file is. A line longer than the buffer is an error
/// (``SWFLineProblem/lineTooLong(limit:)``) rather than a reason to grow it.
///
/// Lines end with `\n`; a `\r` before it is dropped. A last line without a newline is
/// still returned. A line that is not valid UTF-8 is an error
/// (``SWFLineProblem/invalidUTF8(column:byte:)``) at the line and column of its first bad byte.
final class SWFLineReader {
  /// The size of the buffer, in bytes.
  let chunkSize: Int
  /// The path the file was opened with.
  let path: String
  /// The largest number of unconsumed file bytes the buffer ever held.
  private(set) var maximumBufferedBytes = 0
  /// The number of bytes read from the file so far.
  private(set) var bytesRead = 0
  /// The 1-based number of the line last returned (0 before the first).
  private(set) var lineNumber = 0

  private let file: InputByteStream
  private let buffer: UnsafeMutableBufferPointer<UInt8>
  /// Unconsumed bytes are `buffer[start..<end]`.
  private var start = 0
  private var end = 0
  private var reachedEnd = false

  /// Opens `path` for reading, after checking that it is a regular file (so a FIFO is refused,
  /// not waited on).
  init(path: String, chunkSize: Int) throws(SWFError) {
    guard chunkSize >= 1 else {
      throw SWFError.invalidOptions("chunk size must be at least 1 byte, got \(chunkSize)")
    }
    do {
      file = try InputByteStream(path: path, chunkSize: min(chunkSize, InputByteStream.defaultChunkSize))
    } catch {
      throw SWFError.cannotOpen(path: path, reason: error.reason)
    }
    self.path = path
    self.chunkSize = chunkSize
    buffer = .allocate(capacity: chunkSize)
  }

  deinit {
    buffer.deallocate()
  }

  /// Calls `body` with the bytes of the next line (without its line ending) and returns its
  /// result, or returns nil at the end of the file. The bytes are only valid inside `body`.
  func nextLine<Result>(
    _ body: (UnsafeBufferPointer<UInt8>) throws(SWFError) -> Result
  ) throws(SWFError) -> Result? {
    while true {
      if let newline = firstNewline() {
        lineNumber += 1
        var lineEnd = newline
        if lineEnd > start && buffer[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
        let line = UnsafeBufferPointer(rebasing: buffer[start..<lineEnd])
        start = newline + 1
        try checkEncoding(line)
        return try body(line)
      }
      if reachedEnd {
        guard start < end else { return nil }
        lineNumber += 1
        var lineEnd = end
        if buffer[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
        let line = UnsafeBufferPointer(rebasing: buffer[start..<lineEnd])
        start = end
        try checkEncoding(line)
        return try body(line)
      }
      try refill()
    }
  }

  /// Throws ``SWFLineProblem/invalidUTF8(column:byte:)`` at the first byte of `line` that is
  /// not UTF-8, strict or not: a wrongly encoded file is not a bad job line to skip.
  private func checkEncoding(_ line: UnsafeBufferPointer<UInt8>) throws(SWFError) {
    guard let bad = InvalidUTF8.first(in: line) else { return }
    throw SWFError.badLine(
      SWFLineError(file: path, line: lineNumber, problem: .invalidUTF8(column: bad.column, byte: bad.byte)))
  }

  private func firstNewline() -> Int? {
    guard start < end,
      let found = memchr(buffer.baseAddress! + start, Int32(UInt8(ascii: "\n")), end - start)
    else { return nil }
    return UnsafeRawPointer(found) - UnsafeRawPointer(buffer.baseAddress!)
  }

  /// Moves the unread tail to the front and fills the rest of the buffer from the file.
  private func refill() throws(SWFError) {
    let pending = end - start
    if pending == chunkSize {
      throw SWFError.badLine(
        SWFLineError(file: path, line: lineNumber + 1, problem: .lineTooLong(limit: chunkSize)))
    }
    if start > 0 && pending > 0 {
      memmove(buffer.baseAddress!, buffer.baseAddress! + start, pending)
    }
    start = 0
    end = pending
    var count = 0
    do {
      // Fill the free space completely, so that `count < free` means the end of the text.
      while end + count < chunkSize {
        let got = try file.read(into: UnsafeMutableBufferPointer(rebasing: buffer[(end + count)...]))
        if got == 0 { break }
        count += got
      }
    } catch {
      throw SWFError.readFailed(path: path, reason: error.reason)
    }
    end += count
    bytesRead += count
    maximumBufferedBytes = max(maximumBufferedBytes, end - start)
    if count < chunkSize - pending {
      reachedEnd = true
    }
  }
}
