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
    #expect(text.hasPrefix("label,benchmark,run,seconds,work,work_unit,throughput,host,date\n"))
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
}
