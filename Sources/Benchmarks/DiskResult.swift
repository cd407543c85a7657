/// One timed run of ``DiskKernel``.
public struct DiskResult: Sendable, Equatable {
  /// Bytes written (and fsynced).
  public var bytesWritten: Int
  /// Bytes read back.
  public var bytesRead: Int
  /// Seconds for open, write, fsync and close.
  public var writeSeconds: Double
  /// Seconds for open, read and close.
  public var readSeconds: Double
  /// Checksum of the blocks written.
  public var writtenChecksum: UInt64
  /// Checksum of the blocks read back; equal to ``writtenChecksum`` unless the disk lied.
  public var readChecksum: UInt64
  /// Whether `posix_fadvise(POSIX_FADV_DONTNEED)` accepted dropping the file's cached pages
  /// before the read (always false where the call does not exist).
  public var cacheDropped: Bool

  /// Bytes moved, written plus read: the `work` of a disk record.
  public var bytesMoved: Int { bytesWritten + bytesRead }
  /// Total timed seconds.
  public var seconds: Double { writeSeconds + readSeconds }
}
