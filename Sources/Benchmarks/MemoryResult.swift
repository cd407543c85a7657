/// One timed run of ``MemoryKernel``.
package struct MemoryResult: Sendable, Equatable {
  /// Buffer size in bytes.
  package var bufferBytes: Int
  /// Passes made (each writes the whole buffer, then reads it).
  package var passes: Int
  /// Bytes written by memcpy, `passes × bufferBytes`.
  package var bytesWritten: Int
  /// Bytes read by the checksum, `passes × bufferBytes`.
  package var bytesRead: Int
  /// Seconds spent in the write halves.
  package var writeSeconds: Double
  /// Seconds spent in the read halves.
  package var readSeconds: Double
  /// The checksum of the buffer read in the last pass.
  package var checksum: UInt64

  /// Bytes moved, written plus read: the `work` of a memory record.
  package var bytesMoved: Int { bytesWritten + bytesRead }
  /// Total timed seconds.
  package var seconds: Double { writeSeconds + readSeconds }
}
