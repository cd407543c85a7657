import Foundation

/// The raw CSV of `harvestsim bench`: one row per run per benchmark, read back by `harvestsim profile`.
package enum BenchmarkCSV {
  /// The first line of every raw benchmark file.
  package static let header = "label,benchmark,run,seconds,work,work_unit,throughput,host,date"

  /// Relative tolerance for `throughput × seconds = work` when reading (hand-edited files round).
  package static let consistencyTolerance = 1e-3

  /// The file text: header, then one line per record, each ending in a newline.
  package static func render(_ records: [BenchmarkRecord]) -> String {
    var text = header + "\n"
    for record in records {
      let fields = [
        CSVField.quote(record.label), record.benchmark.rawValue, String(record.run),
        number(record.seconds), number(record.work), record.benchmark.workUnit,
        number(record.throughput), CSVField.quote(record.host), CSVField.quote(record.date),
      ]
      text += fields.joined(separator: ",") + "\n"
    }
    return text
  }

  /// Parses file text; `file` names the file in error messages.
  package static func parse(_ text: String, file: String) throws(BenchmarkError) -> [BenchmarkRecord] {
    // "\r\n" is one Character, so this splits Windows line ends too.
    var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
    guard let first = lines.first else { throw .wrongHeader(file: file, found: "") }
    let found = first.hasPrefix("\u{FEFF}") ? first.dropFirst() : first
    guard found == header else { throw .wrongHeader(file: file, found: String(found)) }
    var records: [BenchmarkRecord] = []
    for (offset, line) in lines.enumerated().dropFirst() where !line.allSatisfy(\.isWhitespace) {
      records.append(try record(line, file: file, line: offset + 1))
    }
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

  static func record(_ line: Substring, file: String, line number: Int) throws(BenchmarkError) -> BenchmarkRecord {
    func fail(_ reason: String) -> BenchmarkError { .malformedRow(file: file, line: number, reason: reason) }
    guard let fields = CSVField.split(line) else { throw fail("unclosed quote") }
    let names = header.split(separator: ",")
    guard fields.count == names.count else {
      throw fail("\(fields.count) fields; expected \(names.count) (\(header))")
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
    return BenchmarkRecord(label: fields[0], benchmark: benchmark, run: run, seconds: seconds, work: work,
                           throughput: throughput, host: fields[7], date: fields[8])
  }

  /// Integral values below 2⁵³ without a fraction; others in Swift's shortest round-trip form.
  static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 9.0e15 { return String(Int64(value)) }
    return "\(value)"
  }
}
