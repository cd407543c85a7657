#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file a planner names (a scenario, sweep plan, variants file, VM profile or trace).
///
/// Its type is checked with `stat` before it is opened, so a directory, a FIFO or a device is
/// refused in words (``InputFileError``) and a FIFO never blocks the program. Every reader of
/// such a file goes through ``checkRegular(path:)`` or ``bytes(path:)``.
package enum InputFile {
  /// Throws unless `path` names a regular file (a symbolic link to one is fine). Opens nothing.
  package static func checkRegular(path: String) throws(InputFileError) {
    var info = stat()
    guard stat(path, &info) == 0 else { throw error(errno) }
    try checkType(info.st_mode)
  }

  /// The bytes of the regular file at `path`, as stored (compressed files are not expanded:
  /// ``InputByteStream`` does that).
  ///
  /// The file is opened only after ``checkRegular(path:)`` has passed, and non-blocking, so a
  /// FIFO put in its place meanwhile is still refused (by `fstat`) rather than waited on.
  package static func bytes(path: String) throws(InputFileError) -> [UInt8] {
    let descriptor = try openRegular(path: path)
    defer { close(descriptor) }
    var info = stat()
    let size = fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
    var result: [UInt8] = []
    result.reserveCapacity(size)
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = try chunk.withUnsafeMutableBufferPointer { buffer throws(InputFileError) in
        try read(descriptor, into: buffer)
      }
      if count == 0 { return result }
      result.append(contentsOf: chunk[..<count])
    }
  }

  /// A read-only descriptor of the regular file at `path`; the caller closes it.
  ///
  /// ``checkRegular(path:)`` runs first, the file is opened non-blocking, and `fstat` checks
  /// the type again, so a FIFO put in its place meanwhile is refused rather than waited on.
  package static func openRegular(path: String) throws(InputFileError) -> Int32 {
    try checkRegular(path: path)
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { throw error(errno) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      let number = errno
      close(descriptor)
      throw error(number)
    }
    do {
      try checkType(info.st_mode)
    } catch {
      close(descriptor)
      throw error
    }
    return descriptor
  }

  /// Reads up to `buffer.count` bytes from `descriptor`, retrying after a signal; 0 at the end.
  package static func read(_ descriptor: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>) throws(InputFileError)
    -> Int
  {
    while true {
      let count = systemRead(descriptor, buffer.baseAddress, buffer.count)
      if count >= 0 { return count }
      if errno == EINTR { continue }
      throw error(errno)
    }
  }

  private static func systemRead(_ descriptor: Int32, _ base: UnsafeMutablePointer<UInt8>?, _ count: Int) -> Int {
    #if canImport(Glibc)
      Glibc.read(descriptor, base, count)
    #elseif canImport(Musl)
      Musl.read(descriptor, base, count)
    #else
      Darwin.read(descriptor, base, count)
    #endif
  }

  /// Throws unless `mode` (from `stat`) is a regular file's.
  private static func checkType(_ mode: mode_t) throws(InputFileError) {
    let kind: String
    switch mode & S_IFMT {
    case S_IFREG: return
    case S_IFDIR: throw InputFileError(reason: "it is a directory")
    case S_IFIFO: kind = "a FIFO"
    case S_IFCHR: kind = "a character device"
    case S_IFBLK: kind = "a block device"
    case S_IFSOCK: kind = "a socket"
    default: kind = "a special file"
    }
    throw InputFileError(reason: "it is \(kind), not a regular file")
  }

  /// The reason for a failed `stat`, `open` or `read`: the system's words, as `cat` prints them.
  private static func error(_ number: Int32) -> InputFileError {
    InputFileError(reason: String(cString: strerror(number)))
  }
}
