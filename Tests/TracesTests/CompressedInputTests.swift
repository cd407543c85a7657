import Foundation
import Testing

@testable import Traces

/// The compressed fixtures in Resources/compressed/ (see Resources/README.md): the header and
/// the first 40 events of the Grid'5000 excerpt, and the header and first 36 jobs of the HPC2N
/// excerpt, compressed with gzip, xz and bzip2, some damaged on purpose.
@Suite("Compressed traces: gzip, xz and bzip2 read directly")
struct CompressedInputTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Resources/compressed")

  static func fixture(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// The text the FTA fixtures were made from: the first 41 lines of the plain excerpt.
  static func ftaHeadText() throws -> String {
    let excerpt = try String(contentsOfFile: AvailabilityExcerptTests.path, encoding: .utf8)
    return excerpt.split(separator: "\n", omittingEmptySubsequences: false).prefix(41).joined(separator: "\n") + "\n"
  }

  @Test("gzip, xz and bzip2 files give the plain file's text and trace", arguments: [
    "fta-head.tab.gz", "fta-head.tab.xz", "fta-head.tab.bz2",
    "fta-head-two-members.tab.gz", "fta-head-two-streams.tab.xz",
  ])
  func decompressedEqualsPlain(name: String) throws {
    let text = try Self.ftaHeadText()
    let path = Self.fixture(name)
    #expect(try InputByteStream.contents(path: path) == Array(text.utf8))
    let trace = try FTAEventTraceReader.read(path: path)
    #expect(trace == (try FTAEventTraceReader.parse(text, file: path)))
    #expect(trace.nodes.map(\.name) == ["G1/site1/c1/node1"])
    #expect(trace.nodes[0].intervals.count == 40)
  }

  @Test("the format is told by the first bytes, and a tiny buffer gives the same text",
        arguments: [("fta-head.tab.gz", CompressionFormat.gzip), ("fta-head.tab.xz", .xz), ("fta-head.tab.bz2", .bzip2)])
  func formatAndSmallChunks(name: String, format: CompressionFormat) throws {
    let stream = try InputByteStream(path: Self.fixture(name), chunkSize: 16)
    #expect(stream.format == format)
    #expect(try stream.readAll() == Array(try Self.ftaHeadText().utf8))
  }

  @Test("a plain file is read as it is, whatever its name")
  func plainFile() throws {
    let path = try WorkloadFixture.temporaryFile("abc\n", name: "plain")
    defer { WorkloadFixture.remove(path) }
    let stream = try InputByteStream(path: path)
    #expect(stream.format == .plain)
    #expect(try stream.readAll() == Array("abc\n".utf8))
  }

  @Test("a line error keeps its line in the decompressed text")
  func lineOfDecompressedText() throws {
    let bad = Self.fixture("fta-bad-line-7.tab.xz")
    #expect(throws: AvailabilityTraceError(
      file: bad, line: 7, message: "unknown event_type '7' (expected 0 = unavailable or 1 = available)")) {
      try FTAEventTraceReader.read(path: bad)
    }
    // Line 4 has a Latin-1 byte where the 'N' of NULL was: column 89 of the decompressed line.
    let latin1 = Self.fixture("fta-bad-utf8-line-4.tab.gz")
    #expect(throws: AvailabilityTraceError(
      file: latin1, line: 4, message: "invalid UTF-8 at column 89 (byte 0xE9); save the file as UTF-8")) {
      try FTAEventTraceReader.read(path: latin1)
    }
  }

  @Test("a truncated or corrupt archive is a clear error, not a crash")
  func damagedArchives() throws {
    let truncated = Self.fixture("fta-head-truncated.tab.xz")
    #expect(throws: AvailabilityTraceError(
      file: truncated, line: nil,
      message: "cannot read the file: the xz data ends early: the file is truncated (300 bytes)")) {
      try FTAEventTraceReader.read(path: truncated)
    }
    let corrupt = Self.fixture("fta-head-corrupt.tab.bz2")
    let error = try #require(throws: AvailabilityTraceError.self) { try FTAEventTraceReader.read(path: corrupt) }
    #expect(error.line == nil)
    #expect(error.message.hasPrefix("cannot read the file: the bzip2 data is corrupt near byte "))
  }

  @Test("a name that promises compression with plain content is refused, and so is an empty .gz")
  func misnamed() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("compressed-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    for name in ["hosts.csv.gz", "event_trace.tab.xz", "trace.swf.bz2", "empty.tab.GZ"] {
      let path = directory.appendingPathComponent(name).path
      let content = name.hasPrefix("empty") ? "" : "host,start,end,state\npc1,0,10,up\n"
      try Data(content.utf8).write(to: URL(fileURLWithPath: path))
      let promised = try #require(CompressionFormat.promised(byName: name))
      #expect(throws: InputFileError(
        reason: "the name ends in \(promised.fileExtension!) but the file is not \(promised.rawValue)-compressed "
          + "(its first bytes are not the \(promised.rawValue) magic number); the archive is damaged or misnamed")) {
        try InputByteStream(path: path)
      }
    }
  }

  @Test("the magic numbers")
  func magic() {
    #expect(CompressionFormat.detect(prefix: [0x1F, 0x8B, 0x08]) == .gzip)
    #expect(CompressionFormat.detect(prefix: [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00, 0x00]) == .xz)
    #expect(CompressionFormat.detect(prefix: Array("BZh9".utf8)) == .bzip2)
    #expect(CompressionFormat.detect(prefix: Array("BZh0".utf8)) == .plain)  // block size digits are 1-9
    #expect(CompressionFormat.detect(prefix: [0xFD, 0x37, 0x7A, 0x58, 0x5A]) == .plain)  // cut short
    #expect(CompressionFormat.detect(prefix: Array("host".utf8)) == .plain)
  }

  @Test("SWF workloads stream from bzip2 and gzip, with lines of the decompressed text")
  func swfCompressed() throws {
    let reader = try SWFReader(path: Self.fixture("hpc2n-head.swf.bz2"), chunkSize: 1024)
    var jobs = 0
    while try reader.nextRecord() != nil { jobs += 1 }
    #expect(jobs == 36)  // 60 lines, 24 of them header comments
    #expect(reader.header.lines.count == 24)
    let bad = Self.fixture("hpc2n-bad-line-50.swf.gz")
    #expect(throws: SWFError.badLine(SWFLineError(file: bad, line: 50, problem: .wrongFieldCount(found: 17)))) {
      let badReader = try SWFReader(path: bad)
      while try badReader.nextRecord() != nil {}
    }
  }
}
