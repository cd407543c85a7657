/// One timed run of ``DiskKernel``.
package struct DiskResult: Sendable, Equatable {
  /// Bytes written (and fsynced).
  package var bytesWritten: Int
  /// Bytes read back.
  package var bytesRead: Int
  /// Seconds for open, write, fsync and close.
  package var writeSeconds: Double
  /// Seconds for open, read and close.
  package var readSeconds: Double
  /// Checksum of the blocks written.
  package var writtenChecksum: UInt64
  /// Checksum of the blocks read back; equal to ``writtenChecksum`` unless the disk lied.
  package var readChecksum: UInt64
  /// Whether `posix_fadvise(POSIX_FADV_DONTNEED)` accepted dropping the file's cached pages
  /// before the read (always false where the call does not exist).
  package var cacheDropped: Bool

  /// Bytes moved, written plus read: the `work` of a disk record.
  package var bytesMoved: Int { bytesWritten + bytesRead }
  /// Total timed seconds.
  package var seconds: Double { writeSeconds + readSeconds }
}
