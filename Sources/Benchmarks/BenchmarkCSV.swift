import CSVCodec
import Foundation

/// The raw CSV of `harvestsim bench`: one row per run per benchmark, read back by `harvestsim profile`.
///
/// Written and read by CSVCodec (RFC 4180): a label, host or date holding a comma, a quote or a
/// line break is quoted, and reads back unchanged.
package enum BenchmarkCSV {
  /// The first line of every raw benchmark file. `buffer_bytes` is the buffer a memory or disk
  /// run used (empty when not recorded), so that `profile` can refuse files measured with
  /// different buffers.
  package static let header = "label,benchmark,run,seconds,work,work_unit,throughput,host,date,buffer_bytes"

  /// The header's column names.
  static let columns = header.split(separator: ",").map(String.init)

  /// The columns of files written before `buffer_bytes` existed; still read, with no buffer recorded.
  static let previousColumns = Array(columns.dropLast())

  /// Relative tolerance for `throughput × seconds = work` when reading (hand-edited files round).
  package static let consistencyTolerance = 1e-3

  /// The file text: header, then one row per record (``CSVWriter/row(_:)``), each ending in a newline.
  package static func render(_ records: [BenchmarkRecord]) -> String {
    var text = CSVWriter.row(columns)
    for record in records {
      text += CSVWriter.row([
        record.label, record.benchmark.rawValue, String(record.run),
        number(record.seconds), number(record.work), record.benchmark.workUnit,
        number(record.throughput), record.host, record.date, record.bufferBytes.map(String.init) ?? "",
      ])
    }
    return text
  }

  /// Parses file text; `file` names the file in error messages.
  ///
  /// The first line must be ``header`` (after a byte-order mark, which spreadsheets write).
  /// Lines end with LF or CRLF; blank lines (nothing but spaces and tabs) are skipped.
  /// A row that is not RFC 4180 CSV is a ``BenchmarkError/malformedRow(file:line:reason:)`` at
  /// its line, the reason starting with the column.
  package static func parse(_ text: String, file: String) throws(BenchmarkError) -> [BenchmarkRecord] {
    let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    var parser = CSVParser()
    func syntax(_ error: CSVSyntaxError) -> BenchmarkError {
      .malformedRow(file: file, line: error.line, reason: "column \(error.column): \(error.message)")
    }
    var records: [BenchmarkRecord] = []
    var sawHeader = false
    var names = columns
    var lines = body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    if lines.last?.isEmpty == true { lines.removeLast() }
    for raw in lines {
      var line = Substring(raw)
      var lineBreak = "\n"
      if line.utf8.last == UInt8(ascii: "\r") {
        line = line.dropLast()
        lineBreak = "\r\n"
      }
      let completed: CSVRecord?
      do { completed = try parser.consume(line: line, lineBreak: lineBreak) } catch { throw syntax(error) }
      guard let record = completed else { continue }
      if !sawHeader {
        guard record.fields == columns || record.fields == previousColumns else {
          throw .wrongHeader(file: file, found: String(line))
        }
        names = record.fields
        sawHeader = true
      } else if !(record.fields.count == 1 && record.fields[0].allSatisfy(\.isWhitespace)) {
        records.append(try self.record(record.fields, columns: names, file: file, line: record.line))
      }
    }
    do { try parser.finish() } catch { throw syntax(error) }
    guard sawHeader else { throw .wrongHeader(file: file, found: "") }
    return records
  }

  /// Reads and parses a file.
  package static func read(path: String) throws(BenchmarkError) -> [BenchmarkRecord] {
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw .io(file: path, reason: "cannot read the file (\(error.localizedDescription))")
    }
    return try parse(text, file: path)
  }

  /// The record of one data row's `fields` under the file's header `names` (``columns`` or
  /// ``previousColumns``), checked; `number` is the row's line, for errors.
  static func record(_ fields: [String], columns names: [String], file: String, line number: Int)
    throws(BenchmarkError) -> BenchmarkRecord
  {
    func fail(_ reason: String) -> BenchmarkError { .malformedRow(file: file, line: number, reason: reason) }
    guard fields.count == names.count else {
      throw fail("\(fields.count) fields; expected \(names.count) (\(names.joined(separator: ",")))")
    }
    guard let benchmark = BenchmarkKind(rawValue: fields[1]) else {
      let known = BenchmarkKind.allCases.map(\.rawValue).joined(separator: ", ")
      throw fail("unknown benchmark '\(fields[1])'; expected one of \(known)")
    }
    guard let run = Int(fields[2]), run >= 1 else { throw fail("run '\(fields[2])' is not a whole number ≥ 1") }
    func positive(_ index: Int) throws(BenchmarkError) -> Double {
      guard let value = Double(fields[index]), value.isFinite, value > 0 else {
        throw fail("\(names[index]) '\(fields[index])' is not a positive number")
      }
      return value
    }
    let seconds = try positive(3)
    let work = try positive(4)
    guard fields[5] == benchmark.workUnit else {
      throw fail("work_unit '\(fields[5])'; a \(benchmark.rawValue) run counts \(benchmark.workUnit)")
    }
    let throughput = try positive(6)
    guard abs(throughput * seconds - work) <= consistencyTolerance * work else {
      throw fail("throughput \(fields[6]) × seconds \(fields[3]) is not work \(fields[4])")
    }
    var bufferBytes: Int?
    if names.count > 9, !fields[9].isEmpty {
      guard let bytes = Int(fields[9]), bytes >= 1 else {
        throw fail("buffer_bytes '\(fields[9])' is not a whole number ≥ 1")
      }
      bufferBytes = bytes
    }
    return BenchmarkRecord(label: fields[0], benchmark: benchmark, run: run, seconds: seconds, work: work,
                           throughput: throughput, host: fields[7], date: fields[8], bufferBytes: bufferBytes)
  }

  /// Integral values below 2⁵³ without a fraction; others in Swift's shortest round-trip form.
  static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 9.0e15 { return String(Int64(value)) }
    return "\(value)"
  }
}
