import Foundation
import Testing

@testable import Benchmarks

@Suite("Micro-benchmark kernels at tiny sizes")
struct KernelTests {
  @Test("the CPU kernel is deterministic and follows its recurrence")
  func cpuDeterministic() {
    #expect(CPUKernel.run(iterations: 0) == 0.3 + 0.6)
    // One iteration by hand: x0 = 3.9·0.3·0.7, x1 = 3.7·0.6·0.4, x2 = √(0.5 + x0·x1)/2,
    // x3 = 0.25/(1 + x2) + 0.25; result x2·x3 + x0 + x1.
    let x0 = 3.9 * 0.3 * (1 - 0.3)
    let x1 = 3.7 * 0.6 * (1 - 0.6)
    let x2 = (0.5 + x0 * x1).squareRoot() * 0.5
    let x3 = 0.25 / (1 + x2) + 0.25
    #expect(CPUKernel.run(iterations: 1) == x2 * x3 + x0 + x1)
    let first = CPUKernel.run(iterations: 100_000)
    #expect(first.isFinite)
    #expect(CPUKernel.run(iterations: 100_000) == first)
    #expect(CPUKernel.run(iterations: 100_001) != first)
  }

  @Test("calibration returns a positive count that grows with the target time")
  func calibration() {
    let short = CPUKernel.calibrate(targetSeconds: 0.002, probeSeconds: 0.002)
    let long = CPUKernel.calibrate(targetSeconds: 0.05, probeSeconds: 0.01)
    #expect(short >= 1)
    #expect(long > short)
  }

  @Test("the memory kernel writes and reads the buffer once per pass; the checksum matches the pattern")
  func memory() {
    // 100 000 bytes: one full 64 KiB source block plus a partial one, and a 0-byte tail of words.
    let bytes = 100_000
    let result = MemoryKernel.run(bytes: bytes, minimumSeconds: 0, minimumPasses: 3)
    #expect(result.passes == 3)
    #expect(result.bufferBytes == bytes)
    #expect(result.bytesWritten == 3 * bytes && result.bytesRead == 3 * bytes)
    #expect(result.bytesMoved == 6 * bytes)
    #expect(result.seconds > 0)
    let lastPass = (0..<bytes).map { UInt8(truncatingIfNeeded: ($0 % 65_536) * 31 + 2) }
    #expect(result.checksum == Fixture.naiveChecksum(lastPass))
  }

  @Test("the memory kernel repeats passes until the minimum time is reached")
  func memoryMinimumTime() {
    let result = MemoryKernel.run(bytes: 4096, minimumSeconds: 0.02)
    #expect(result.seconds >= 0.02)
    #expect(result.passes > 1)
  }

  @Test("the disk kernel writes and reads back exactly the bytes, with matching checksums, and cleans up")
  func disk() throws {
    let directory = try Fixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let bytes = 3 * 16_384 + 1_003
    let result = try DiskKernel.run(bytes: bytes, directory: directory)
    #expect(result.bytesWritten == bytes)
    #expect(result.bytesRead == bytes)
    #expect(result.bytesMoved == 2 * bytes)
    // Expected content: per 16 KiB block, byte j = 7j + 1 (mod 256), first 8 bytes = block index.
    var expected: UInt64 = 0
    for (index, start) in stride(from: 0, to: bytes, by: 16_384).enumerated() {
      var block = (0..<min(16_384, bytes - start)).map { UInt8(truncatingIfNeeded: $0 * 7 + 1) }
      for byte in 0..<8 { block[byte] = UInt8(truncatingIfNeeded: index >> (8 * byte)) }
      expected &+= Fixture.naiveChecksum(block)
    }
    #expect(result.writtenChecksum == expected)
    #expect(result.readChecksum == expected)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
  }

  @Test("the disk kernel reports a folder it cannot write to")
  func diskError() {
    #expect {
      _ = try DiskKernel.run(bytes: 100, directory: "/nonexistent/harvestsim")
    } throws: { error in
      let text = (error as? BenchmarkError)?.description ?? ""
      return text.hasPrefix("/nonexistent/harvestsim/harvestsim-bench-")
        && text.contains("cannot create the benchmark file: No such file or directory")
    }
  }

  @Test("a tiny suite interleaves cpu, memory and disk and records the work of each run")
  func suite() throws {
    let directory = try Fixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    var lines: [String] = []
    let settings = BenchmarkSettings(runs: 3, cpuIterations: 1_000, diskBytes: 20_000, memoryBytes: 4_096,
                                     memorySeconds: 0, directory: directory, label: "vm-test")
    let suite = BenchmarkSuite(settings: settings, host: "pc01") { lines.append($0) }
    let iterations = suite.cpuIterations()
    #expect(iterations == 1_000)  // forced: no calibration
    let records = try suite.run(cpuIterations: iterations)
    #expect(records.map(\.benchmark) == [.cpu, .memory, .disk, .cpu, .memory, .disk, .cpu, .memory, .disk])
    #expect(records.map(\.run) == [1, 1, 1, 2, 2, 2, 3, 3, 3])
    #expect(records.filter { $0.benchmark == .cpu }.allSatisfy { $0.work == 1_000 })
    #expect(records.filter { $0.benchmark == .memory }.allSatisfy { $0.work == 8_192 })  // one pass: 4096 w + 4096 r
    #expect(records.filter { $0.benchmark == .disk }.allSatisfy { $0.work == 40_000 })
    #expect(records.allSatisfy { $0.label == "vm-test" && $0.host == "pc01" && $0.seconds > 0 })
    #expect(records.allSatisfy { abs($0.throughput * $0.seconds - $0.work) <= 1e-9 * $0.work })
    #expect(records.allSatisfy { $0.date.hasSuffix("Z") && $0.date.count == 20 })
    #expect(lines.count == 9)
    #expect(lines[0].hasPrefix("run 1/3 cpu "))
  }

  @Test("settings out of range are refused with the option's name")
  func settings() {
    let bad = BenchmarkSettings(runs: 0, directory: "/tmp")
    #expect(throws: BenchmarkError.invalidSetting(
      "--runs must be at least 1 (harvestsim profile needs 3; the paper used 14)")) { try bad.validate() }
    #expect(throws: BenchmarkError.self) { try BenchmarkSettings(cpuSeconds: 0, directory: "/tmp").validate() }
    #expect(throws: BenchmarkError.self) { try BenchmarkSettings(cpuIterations: 0, directory: "/tmp").validate() }
  }

  @Test("byte sizes parse binary and decimal suffixes")
  func byteCounts() {
    #expect(ByteCount.parse("268435456") == 268_435_456)
    #expect(ByteCount.parse("256MiB") == 256 << 20)
    #expect(ByteCount.parse("16mib") == 16 << 20)
    #expect(ByteCount.parse("64K") == 65_536)
    #expect(ByteCount.parse("2GiB") == 2 << 30)
    #expect(ByteCount.parse("500MB") == 500_000_000)
    #expect(ByteCount.parse("0") == nil)
    #expect(ByteCount.parse("12 parsecs") == nil)
    #expect(ByteCount.parse("-5") == nil)
    #expect(ByteCount.text(256 << 20) == "256 MiB")
    #expect(ByteCount.text(1_000) == "1000 bytes")
  }
}
