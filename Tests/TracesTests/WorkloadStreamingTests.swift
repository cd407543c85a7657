import Foundation
import Testing

@testable import Traces

/// The reader streams: its buffer never holds more than one chunk, however long the file.
@Suite struct WorkloadStreamingTests {
  /// Writes a synthetic SWF file of `count` serial jobs, run time `i % 1000 + 1`, submit
  /// time `i`, in batches, and returns its path.
  private func writeSyntheticTrace(count: Int) throws -> String {
    let path = try WorkloadFixture.temporaryFile(
      "; Version: 2.2\n; MaxProcs: 1\n; synthetic trace for the streaming test\n",
      name: "streaming")
    let handle = try #require(FileHandle(forWritingAtPath: path))
    defer { try? handle.close() }
    try handle.seekToEnd()
    var batch = ""
    for index in 0..<count {
      batch += WorkloadFixture.line(
        job: index + 1, submit: "\(index)", wait: "\(index % 7)", run: "\(index % 1000 + 1)",
        allocated: "1", requested: "1", user: "\(index % 13)")
      batch += "\n"
      if batch.utf8.count > 1 << 20 {
        try handle.write(contentsOf: Data(batch.utf8))
        batch = ""
      }
    }
    try handle.write(contentsOf: Data(batch.utf8))
    return path
  }

  @Test func aLargeTraceIsReadThroughOneChunk() throws {
    let count = 200_000
    let path = try writeSyntheticTrace(count: count)
    defer { WorkloadFixture.remove(path) }
    let fileSize = try #require(
      try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)

    for chunkSize in [SWFReader.defaultChunkSize, 4096] {
      #expect(fileSize > 100 * chunkSize)
      let reader = try WorkloadReader(path: path, options: WorkloadOptions(chunkSize: chunkSize))
      var checked = 0
      var maximumSeen = 0
      while let job = try reader.next() {
        // Checked while reading, not only at the end.
        maximumSeen = max(maximumSeen, reader.maximumBufferedBytes)
        if job.jobNumber == checked + 1 { checked += 1 }
      }
      let summary = reader.summary
      #expect(checked == count)  // every job, in order
      #expect(summary.recordsRead == count)
      #expect(summary.jobsUsed == count)
      // Σ (i % 1000 + 1) over 200,000 jobs = 200 × 500,500.
      #expect(summary.meanRunTime == 500.5)
      #expect(summary.latestArrival == Double(count - 1))
      #expect(reader.bytesRead == fileSize)  // the whole file went through the buffer
      #expect(maximumSeen <= chunkSize)
      #expect(reader.maximumBufferedBytes <= chunkSize)
      // Not vacuous: the buffer was filled close to its size.
      #expect(reader.maximumBufferedBytes > chunkSize / 2)
    }
  }
}
