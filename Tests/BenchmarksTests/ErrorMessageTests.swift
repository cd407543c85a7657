import Testing

@testable import Benchmarks

@Suite("Error messages of harvestsim profile")
struct ErrorMessageTests {
  // Files written before `buffer_bytes` existed, which are still read.
  let header = BenchmarkCSV.previousColumns.joined(separator: ",")

  func rows(_ kind: BenchmarkKind, _ count: Int) -> String {
    (1...count).map { "native,\(kind.rawValue),\($0),2,200,\(kind.workUnit),100,pc,2006-05-02T09:00:00Z\n" }.joined()
  }

  /// The planner-facing text of the BenchmarkError `body` throws ("no error" if none).
  func message(_ body: () throws -> Void) -> String {
    do {
      try body()
      return "no error"
    } catch let error as BenchmarkError {
      return error.description
    } catch {
      return "not a BenchmarkError: \(error)"
    }
  }

  @Test("a file with the wrong header names the header it expects")
  func wrongHeader() {
    let text = message { _ = try BenchmarkCSV.parse("benchmark,seconds\ncpu,20\n", file: "old.csv") }
    #expect(text == "old.csv: wrong header 'benchmark,seconds'; expected '\(BenchmarkCSV.header)' "
      + "(write the file with 'harvestsim bench --out FILE.csv')")
    #expect(message { _ = try BenchmarkCSV.parse("", file: "empty.csv") }.hasPrefix("empty.csv: wrong header ''"))
  }

  @Test("a missing benchmark is named with its file")
  func missingBenchmark() throws {
    let native = try BenchmarkCSV.parse(header + "\n" + rows(.cpu, 14) + rows(.memory, 14), file: "n.csv")
    let virtual = try Fixture.records("vmware.csv")
    let text = message { _ = try MeasuredProfile.compute(native: native, virtual: virtual, nativeFile: "n.csv",
                                                         virtualFile: "v.csv") }
    #expect(text == "n.csv: no 'disk' runs; 'harvestsim bench' writes cpu, memory and disk rows")
  }

  @Test("fewer than three runs are refused; three are enough")
  func tooFewRuns() throws {
    let native = try Fixture.records("native.csv")
    let two = try BenchmarkCSV.parse(header + "\n" + rows(.cpu, 2) + rows(.memory, 3) + rows(.disk, 3), file: "v.csv")
    let text = message { _ = try MeasuredProfile.compute(native: native, virtual: two, nativeFile: "n.csv",
                                                         virtualFile: "v.csv") }
    #expect(text == "v.csv: only 2 'cpu' runs; a 20% trimmed mean needs at least 3 "
      + "(the paper used 14: harvestsim bench --runs 14)")
    let three = try BenchmarkCSV.parse(header + "\n" + rows(.cpu, 3) + rows(.memory, 3) + rows(.disk, 3), file: "v.csv")
    // (Compared with itself: against the recorded file its 200 iterations per cpu run would be a different setting.)
    #expect(message { _ = try MeasuredProfile.compute(native: three, virtual: three, nativeFile: "n.csv",
                                                      virtualFile: "v.csv") } == "no error")
  }

  @Test("bad rows are reported with their line number")
  func malformedRows() {
    func rowMessage(_ row: String) -> String {
      message { _ = try BenchmarkCSV.parse(header + "\n" + rows(.cpu, 1) + row + "\n", file: "f.csv") }
    }
    #expect(rowMessage("native,cpu,2,2,200") == "f.csv:3: 5 fields; expected 9 (\(header))")
    #expect(rowMessage("native,gpu,2,2,200,iterations,100,pc,d")
      == "f.csv:3: unknown benchmark 'gpu'; expected one of cpu, memory, disk")
    #expect(rowMessage("native,cpu,0,2,200,iterations,100,pc,d") == "f.csv:3: run '0' is not a whole number ≥ 1")
    #expect(rowMessage("native,cpu,2,fast,200,iterations,100,pc,d") == "f.csv:3: seconds 'fast' is not a positive number")
    #expect(rowMessage("native,cpu,2,2,200,bytes,100,pc,d") == "f.csv:3: work_unit 'bytes'; a cpu run counts iterations")
    #expect(rowMessage("native,cpu,2,2,200,iterations,150,pc,d")
      == "f.csv:3: throughput 150 × seconds 2 is not work 200")
    // RFC 4180 (CSVCodec): the quoted field runs to the end of the input, where its closing quote is missing.
    #expect(rowMessage("\"native,cpu,2,2,200,iterations,100,pc,d") == "f.csv:3: column 1: the quoted field that "
      + "starts here is not closed: a closing double quote is missing before the end of the input")
  }

  @Test("an unreadable file and an out-of-range network value")
  func ioAndNetwork() throws {
    #expect(message { _ = try BenchmarkCSV.read(path: "/nonexistent/native.csv") }
      .hasPrefix("/nonexistent/native.csv: cannot read the file"))
    let native = try Fixture.records("native.csv")
    #expect(message { _ = try MeasuredProfile.compute(native: native, virtual: native, nativeFile: "a",
                                                      virtualFile: "b", network: 1.5) }
      == "--network 1.5: must be in (0, 1] (relative performance, virtual ÷ native)")
  }
}
