import Foundation
import TestSupport
import Testing

@testable import Traces

@Suite("Input files: type and encoding")
struct InputFileTests {
  @Test("a directory, a FIFO and a device are refused in words, without opening them")
  func specialFilesAreRefused() throws {
    let special = try SpecialFiles()
    defer { special.remove() }
    for (path, reason) in special.cases {
      #expect(throws: InputFileError(reason: reason)) { try InputFile.checkRegular(path: path) }
      #expect(throws: InputFileError(reason: reason)) { try InputFile.bytes(path: path) }
    }
  }

  @Test("a regular file is read whole; a missing one gives the system's reason")
  func regularAndMissing() throws {
    let path = try WorkloadFixture.temporaryFile("a\nb\n")
    defer { WorkloadFixture.remove(path) }
    #expect(try InputFile.bytes(path: path) == Array("a\nb\n".utf8))
    #expect(throws: InputFileError(reason: "No such file or directory")) {
      try InputFile.bytes(path: "/nonexistent/harvestsim.yaml")
    }
  }

  static let invalid: [(bytes: [UInt8], line: Int, column: Int, byte: UInt8)] = [
    (Array("ab\ncaf".utf8) + [0xE9] + Array("\n".utf8), 2, 4, 0xE9),  // Latin-1 é: cut-short sequence
    (Array("x: 1\n".utf8) + [0x80], 2, 1, 0x80),  // lone continuation byte
    (Array("é€😀".utf8) + [0xFF], 1, 4, 0xFF),  // never in UTF-8; columns count characters
    ([0xC0, 0xAF], 1, 1, 0xC0),  // overlong '/'
    ([0xE0, 0x80, 0xAF], 1, 1, 0xE0),  // overlong, three bytes
    ([0xED, 0xA0, 0x80], 1, 1, 0xED),  // a UTF-16 surrogate
    ([0xF4, 0x90, 0x80, 0x80], 1, 1, 0xF4),  // above U+10FFFF
    (Array("0123456789abcdef\n01234567".utf8) + [0xF0, 0x9F, 0x98], 2, 9, 0xF0),  // cut short at the end
  ]

  @Test("the first bad byte is found at its line and column", arguments: 0..<invalid.count)
  func invalidUTF8(_ index: Int) {
    let (bytes, line, column, byte) = Self.invalid[index]
    #expect(InvalidUTF8.first(in: bytes) == InvalidUTF8(line: line, column: column, byte: byte))
  }

  @Test("valid UTF-8 of every length passes, with ASCII runs longer than eight bytes")
  func validUTF8() {
    let text = "plain ASCII, long enough for the eight-byte steps\né ü € 😀 \u{10FFFF}\u{FFFD}\r\n"
    #expect(InvalidUTF8.first(in: Array(text.utf8)) == nil)
    #expect(InvalidUTF8.first(in: []) == nil)
  }

  @Test("the messages name the byte, and the column where the line is the position")
  func messages() {
    let bad = InvalidUTF8(line: 3, column: 7, byte: 0x0B)
    #expect(bad.problem == "invalid UTF-8 (byte 0x0B); save the file as UTF-8")
    #expect(bad.description == "invalid UTF-8 at column 7 (byte 0x0B); save the file as UTF-8")
  }

  @Test("availability traces: special files refused, invalid UTF-8 reported at TRACE:LINE")
  func availabilityTraces() throws {
    let special = try SpecialFiles()
    defer { special.remove() }
    for (path, reason) in special.cases {
      for format in [AvailabilityTraceFormat.fta, .csv] {
        let error = try #require(throws: AvailabilityTraceError.self) { try format.read(path: path) }
        #expect(error.description == "\(path): cannot read the file: \(reason)")
      }
    }
    let csv = special.folder.appendingPathComponent("t.csv")
    try Data(Array("host,start,end,state\nh1,0,10,up\nh".utf8) + [0xE9] + Array(",10,20,down\n".utf8)).write(to: csv)
    let error = try #require(throws: AvailabilityTraceError.self) { try AvailabilityTraceFormat.csv.read(path: csv.path) }
    #expect(error.description == "\(csv.path):3: invalid UTF-8 at column 2 (byte 0xE9); save the file as UTF-8")
  }

  @Test("SWF traces: special files refused, invalid UTF-8 reported at TRACE:LINE, strict or not")
  func workloadTraces() throws {
    let special = try SpecialFiles()
    defer { special.remove() }
    for (path, reason) in special.cases {
      #expect(throws: SWFError.cannotOpen(path: path, reason: reason)) { try SWFReader(path: path) }
    }
    let good = WorkloadFixture.line(job: 1, submit: "0", run: "10", allocated: "1")
    let path = special.folder.appendingPathComponent("t.swf").path
    try Data(Array("; Computer: lab\n\(good)\n; caf".utf8) + [0xE9] + Array("\n\(good)\n".utf8))
      .write(to: URL(fileURLWithPath: path))
    for strict in [true, false] {
      let reader = try SWFReader(path: path, strict: strict)
      #expect(try reader.nextRecord()?.jobNumber == 1)
      let error = try #require(throws: SWFError.self) { try reader.nextRecord() }
      #expect(error.description == "\(path):3: invalid UTF-8 at column 6 (byte 0xE9); save the file as UTF-8")
    }
  }
}
