import Foundation
import Testing

@testable import Benchmarks

@Suite("Raw benchmark CSV")
struct CSVTests {
  let records = [
    BenchmarkRecord(label: "native", benchmark: .cpu, run: 1, seconds: 20.123456789, work: 2_000_000_000,
                    host: "lab-pc07", date: "2006-05-02T09:00:00Z"),
    BenchmarkRecord(label: "vm, \"player\" 2", benchmark: .memory, run: 2, seconds: 2.0 / 3, work: 8_053_063_680,
                    host: "grid,vm07", date: "2006-05-02T09:00:21Z"),
    BenchmarkRecord(label: "native", benchmark: .disk, run: 3, seconds: 0.1752117340000004, work: 33_554_432,
                    host: "lab-pc07", date: "2006-05-02T09:00:24Z"),
  ]

  @Test("render then parse gives the same records, bit for bit, quoting labels and hosts")
  func roundTrip() throws {
    let text = BenchmarkCSV.render(records)
    #expect(text.hasPrefix("label,benchmark,run,seconds,work,work_unit,throughput,host,date,buffer_bytes\n"))
    #expect(text.contains("\n\"vm, \"\"player\"\" 2\",memory,2,"))
    #expect(text.contains(",2000000000,iterations,"))
    #expect(try BenchmarkCSV.parse(text, file: "x.csv") == records)
    // CRLF line ends and a byte-order mark (a spreadsheet's save) read the same.
    let windows = "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n")
    #expect(try BenchmarkCSV.parse(windows, file: "x.csv") == records)
  }

  @Test("a rendered file reads back from disk; the recorded file reads back")
  func fileRoundTrip() throws {
    // (`harvestsim bench` writes the file with the Experiments module's AtomicFileWriter,
    // tested with the other output files.)
    let directory = try Fixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/runs.csv"
    try BenchmarkCSV.render(records).write(toFile: path, atomically: false, encoding: .utf8)
    #expect(try BenchmarkCSV.read(path: path) == records)
    let recorded = try Fixture.records("native.csv")
    #expect(try BenchmarkCSV.parse(BenchmarkCSV.render(recorded), file: "again") == recorded)
  }

  @Test("a line break in a label, host or date stays a line break, quoted (it was turned into a space)")
  func lineBreaksKept() throws {
    let record = BenchmarkRecord(label: "vm\nsecond line", benchmark: .cpu, run: 1, seconds: 2, work: 10,
                                 host: "pc\r\n7", date: "2006-05-02")
    let text = BenchmarkCSV.render([record])
    // throughput = 10 / 2 = 5; the quoted fields span lines, as RFC 4180 section 2.6 allows.
    #expect(text == BenchmarkCSV.header + "\n\"vm\nsecond line\",cpu,1,2,10,iterations,5,\"pc\r\n7\",2006-05-02,\n")
    #expect(try BenchmarkCSV.parse(text, file: "x.csv") == [record])
  }

  @Test("buffer_bytes is written and read back; files without the column still read, with no buffer")
  func bufferBytes() throws {
    let record = BenchmarkRecord(label: "vm", benchmark: .memory, run: 1, seconds: 2, work: 10, host: "pc",
                                 date: "d", bufferBytes: 4096)
    let text = BenchmarkCSV.render([record])
    #expect(text == BenchmarkCSV.header + "\nvm,memory,1,2,10,bytes,5,pc,d,4096\n")
    #expect(try BenchmarkCSV.parse(text, file: "x.csv") == [record])
    let old = BenchmarkCSV.previousColumns.joined(separator: ",") + "\nvm,memory,1,2,10,bytes,5,pc,d\n"
    #expect(try BenchmarkCSV.parse(old, file: "x.csv").map(\.bufferBytes) == [nil])
    #expect(throws: BenchmarkError.malformedRow(file: "x.csv", line: 2, reason: "buffer_bytes '0' is not a whole number ≥ 1")) {
      try BenchmarkCSV.parse(BenchmarkCSV.header + "\nvm,memory,1,2,10,bytes,5,pc,d,0\n", file: "x.csv")
    }
  }

  @Test("rows follow RFC 4180: a stray quote is an error at its line and column; blank lines are skipped")
  func strictRows() throws {
    let header = BenchmarkCSV.previousColumns.joined(separator: ",")
    let row = "native,cpu,1,2,10,iterations,5,pc,d\n"
    let one = BenchmarkRecord(label: "native", benchmark: .cpu, run: 1, seconds: 2, work: 10, host: "pc", date: "d")
    #expect(try BenchmarkCSV.parse(header + "\n\n" + row + "  \n", file: "x.csv") == [one])
    #expect(throws: BenchmarkError.malformedRow(
      file: "x.csv", line: 3, reason: "column 31: a double quote inside an unquoted field; "
        + "quote the whole field and double the quotes inside it")) {
      // Line 3, after a blank line 2; the quote is the 31st character of `native,cpu,1,2,10,iterations,5"…`.
      try BenchmarkCSV.parse(header + "\n\nnative,cpu,1,2,10,iterations,5\",pc,d\n", file: "x.csv")
    }
    #expect(throws: BenchmarkError.malformedRow(
      file: "x.csv", line: 2, reason: "column 9: expected a comma or the end of the line after the closing quote "
        + "of a field, found \"x\"")) {
      try BenchmarkCSV.parse(header + "\n\"native\"x,cpu,1,2,10,iterations,5,pc,d\n", file: "x.csv")
    }
  }
}
