import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file open for writing through its POSIX descriptor. Every write and the close
/// either complete or throw an ``OutputError`` that names the file as the planner
/// knows it and gives the system's reason (`cannot write out/jobs.csv: No space left
/// on device`), for full disks (ENOSPC), file size limits (EFBIG) and the rest alike.
///
/// (`FileHandle.write(_:)` stops the program on such errors instead.)
package final class OutputFile {
  /// The path named in errors: the final name, also while the bytes go to a temporary file.
  package let reportedPath: String
  private var descriptor: Int32

  /// Opens `path` with `flags` (`O_WRONLY | O_CREAT | O_EXCL`, …); a created file gets
  /// mode 0666 less the umask, as any other program's.
  ///
  /// - Throws: ``OutputError`` (`cannot write REPORTED: reason`) if it cannot be opened.
  package init(opening path: String, flags: Int32, reportedAs reportedPath: String) throws(OutputError) {
    self.reportedPath = reportedPath
    var opened: Int32
    repeat {
      opened = open(path, flags | O_CLOEXEC, 0o666)
    } while opened < 0 && errno == EINTR
    guard opened >= 0 else { throw OutputError(cannot: "write", reportedPath, errno: errno) }
    descriptor = opened
  }

  deinit {
    if descriptor >= 0 { _ = closeDescriptor(descriptor) }
  }

  /// Writes all of `bytes`, however many calls that takes.
  ///
  /// - Throws: ``OutputError`` on the first failing call; some of the bytes may have been written.
  package func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
    guard descriptor >= 0 else { throw OutputError(message: "cannot write \(reportedPath): it is already closed") }
    var offset = 0
    while offset < bytes.count {
      let written = writeDescriptor(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        throw OutputError(cannot: "write", reportedPath, errno: errno)
      }
      offset += written
    }
  }

  /// Writes the UTF-8 bytes of `text`.
  package func write(_ text: String) throws(OutputError) {
    var text = text
    // (withUTF8 rethrows untyped errors: the error comes out as a value.)
    let failure = text.withUTF8 { bytes -> OutputError? in
      do throws(OutputError) {
        try write(UnsafeRawBufferPointer(bytes))
        return nil
      } catch {
        return error
      }
    }
    if let failure { throw failure }
  }

  /// Cuts the file to its first `length` bytes.
  package func truncate(to length: Int) throws(OutputError) {
    guard ftruncate(descriptor, off_t(length)) == 0 else {
      throw OutputError(cannot: "write", reportedPath, errno: errno)
    }
  }

  /// Closes the file; a file system that reports a failed write only now (NFS) throws here.
  package func close() throws(OutputError) {
    guard descriptor >= 0 else { return }
    let closing = descriptor
    descriptor = -1
    // Linux releases the descriptor even when close fails, so it is never retried.
    guard closeDescriptor(closing) == 0 || errno == EINTR else {
      throw OutputError(cannot: "write", reportedPath, errno: errno)
    }
  }
}

/// close(2), which ``OutputFile/close()`` hides inside the class.
private func closeDescriptor(_ descriptor: Int32) -> Int32 {
  #if canImport(Glibc)
    Glibc.close(descriptor)
  #else
    Darwin.close(descriptor)
  #endif
}

/// write(2), which the `write` methods of ``OutputFile`` hide inside the class.
private func writeDescriptor(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
  #else
    Darwin.write(descriptor, bytes, count)
  #endif
}
