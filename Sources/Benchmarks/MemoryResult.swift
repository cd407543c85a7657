/// One timed run of ``MemoryKernel``.
public struct MemoryResult: Sendable, Equatable {
  /// Buffer size in bytes.
  public var bufferBytes: Int
  /// Passes made (each writes the whole buffer, then reads it).
  public var passes: Int
  /// Bytes written by memcpy, `passes × bufferBytes`.
  public var bytesWritten: Int
  /// Bytes read by the checksum, `passes × bufferBytes`.
  public var bytesRead: Int
  /// Seconds spent in the write halves.
  public var writeSeconds: Double
  /// Seconds spent in the read halves.
  public var readSeconds: Double
  /// The checksum of the buffer read in the last pass.
  public var checksum: UInt64

  /// Bytes moved, written plus read: the `work` of a memory record.
  public var bytesMoved: Int { bytesWritten + bytesRead }
  /// Total timed seconds.
  public var seconds: Double { writeSeconds + readSeconds }
}
