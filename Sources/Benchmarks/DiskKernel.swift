#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The disk micro-benchmark: POSIX write of a file in 16 KiB blocks with fsync, a request
/// to drop the file's pages from the page cache, then a read back in 16 KiB blocks.
///
/// Without root the page cache cannot be flushed as a whole; on Linux
/// `posix_fadvise(POSIX_FADV_DONTNEED)` after the fsync drops this file's clean pages,
/// so the read should come from the disk. Inside a VM it drops the guest's cache only;
/// the host may still cache the virtual disk file (docs/vm-profiles.md).
package enum DiskKernel {
  /// Block size of every write and read.
  package static let blockSize = 16 * 1024

  /// The block written at `index`: a fixed byte pattern with the block index in the
  /// first eight bytes (little-endian), so misplaced blocks change the checksum.
  static func fill(_ block: UnsafeMutableRawBufferPointer, index: Int) {
    for offset in 0..<block.count { block[offset] = UInt8(truncatingIfNeeded: offset &* 7 &+ 1) }
    withUnsafeBytes(of: UInt64(index).littleEndian) { stamp in
      for offset in 0..<min(8, block.count) { block[offset] = stamp[offset] }
    }
  }

  /// Writes `bytes` bytes to a new file in `directory`, reads them back, deletes the file.
  package static func run(bytes: Int, directory: String, dropCache: Bool = true) throws(BenchmarkError) -> DiskResult {
    precondition(bytes > 0)
    let path = directory + "/harvestsim-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
    let block = UnsafeMutableRawBufferPointer.allocate(byteCount: blockSize, alignment: 4096)
    defer { block.deallocate() }
    defer { unlink(path) }

    var writtenChecksum: UInt64 = 0
    let writeSeconds = try Stopwatch.time { () throws(BenchmarkError) in
      let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
      guard fd >= 0 else { throw failure(path, "cannot create the benchmark file") }
      defer { close(fd) }
      var written = 0
      var index = 0
      while written < bytes {
        let count = min(blockSize, bytes - written)
        let chunk = UnsafeMutableRawBufferPointer(rebasing: block[0..<count])
        fill(chunk, index: index)
        Checksum.add(UnsafeRawBufferPointer(chunk), to: &writtenChecksum)
        try writeAll(fd, UnsafeRawBufferPointer(chunk), path: path)
        written += count
        index += 1
      }
      guard fsync(fd) == 0 else { throw failure(path, "fsync failed") }
    }.seconds

    let cacheDropped = dropCache ? dropPages(path) : false

    var readChecksum: UInt64 = 0
    var bytesRead = 0
    let readSeconds = try Stopwatch.time { () throws(BenchmarkError) in
      let fd = open(path, O_RDONLY)
      guard fd >= 0 else { throw failure(path, "cannot open the benchmark file to read it back") }
      defer { close(fd) }
      while true {
        let count = try readFull(fd, block, path: path)
        if count == 0 { break }
        Checksum.add(UnsafeRawBufferPointer(rebasing: block[0..<count]), to: &readChecksum)
        bytesRead += count
        if count < blockSize { break }
      }
    }.seconds

    return DiskResult(bytesWritten: bytes, bytesRead: bytesRead, writeSeconds: writeSeconds,
                      readSeconds: readSeconds, writtenChecksum: writtenChecksum,
                      readChecksum: readChecksum, cacheDropped: cacheDropped)
  }

  /// Asks the kernel to forget the file's cached pages; true if it accepted.
  static func dropPages(_ path: String) -> Bool {
    #if os(Linux)
      let fd = open(path, O_RDONLY)
      guard fd >= 0 else { return false }
      defer { close(fd) }
      return posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0
    #else
      return false
    #endif
  }

  static func writeAll(_ fd: Int32, _ data: UnsafeRawBufferPointer, path: String) throws(BenchmarkError) {
    var offset = 0
    while offset < data.count {
      let result = write(fd, data.baseAddress! + offset, data.count - offset)
      if result < 0 {
        if errno == EINTR { continue }
        throw failure(path, "write failed")
      }
      offset += result
    }
  }

  /// Reads until `block` is full or the file ends; returns the bytes read.
  static func readFull(_ fd: Int32, _ block: UnsafeMutableRawBufferPointer, path: String) throws(BenchmarkError) -> Int {
    var filled = 0
    while filled < block.count {
      let result = read(fd, block.baseAddress! + filled, block.count - filled)
      if result < 0 {
        if errno == EINTR { continue }
        throw failure(path, "read failed")
      }
      if result == 0 { break }
      filled += result
    }
    return filled
  }

  static func failure(_ path: String, _ what: String) -> BenchmarkError {
    .io(file: path, reason: "\(what): \(String(cString: strerror(errno)))")
  }
}
