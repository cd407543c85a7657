import Foundation

/// The append-only record of finished runs, `runs.journal` in the output folder
/// (`runs-shard-I-of-N.journal` for a shard). One complete runs.csv line per
/// finished run, written with a single write; a line cut short by a kill is
/// dropped when the journal is opened again. It is what makes a sweep resumable.
///
/// Every line ends with the version of the program that ran it; reading a
/// complete line of another version is an error (``VersionCheck``), never a
/// silently reused or skipped run.
final class SweepJournal {
  let path: String
  private let file: OutputFile
  /// The journal's length: the complete lines, all ending in a newline.
  private var length: Int

  /// Opens (creating if needed) the journal and adds the rows already in it to `existing`.
  /// A partial last line is truncated away.
  ///
  /// - Throws: ``OutputError`` if the journal cannot be opened, or holds a line of another version.
  init(path: String, parameterCount: Int, columnCount: Int, versions: VersionCheck,
       existing: inout [RunKey: SweepRow]) throws {
    self.path = path
    // O_APPEND: every line goes to the end, in one write.
    file = try OutputFile(opening: path, flags: O_RDWR | O_CREAT | O_APPEND, reportedAs: path)
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw OutputError(message: "cannot read the sweep journal '\(path)': \(error.localizedDescription)")
    }
    let (rows, completeLength) = try Self.completeRows(in: data, path: path, parameterCount: parameterCount,
                                                       columnCount: columnCount, versions: versions)
    for row in rows { existing[row.key] = row }
    if completeLength < data.count { try file.truncate(to: completeLength) }
    length = completeLength
  }

  /// Appends one finished run, in one write.
  ///
  /// - Throws: ``OutputError`` if the line cannot be written (a full disk, a file size
  ///   limit); what part of it was written is cut off again, as far as the system allows.
  func append(_ row: SweepRow) throws(OutputError) {
    let line = row.line
    do {
      try file.write(line)
    } catch {
      try? file.truncate(to: length)
      throw error
    }
    length += line.utf8.count
  }

  /// Every complete row in the journal at `path` (for merging); none if it does not exist.
  ///
  /// - Throws: ``OutputError`` if a complete line was written by another version.
  static func rows(at path: String, parameterCount: Int, columnCount: Int, versions: VersionCheck) throws -> [SweepRow] {
    guard let data = FileManager.default.contents(atPath: path) else { return [] }
    return try completeRows(in: data, path: path, parameterCount: parameterCount, columnCount: columnCount,
                            versions: versions).rows
  }

  /// The rows of the newline-terminated part of `data`, and that part's length.
  ///
  /// A complete line's last cell is the version of the program that ran it; a line of
  /// another version throws, whether or not it has this version's columns.
  static func completeRows(in data: Data, path: String, parameterCount: Int, columnCount: Int,
                           versions: VersionCheck) throws -> (rows: [SweepRow], completeLength: Int) {
    let completeLength = data.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
    let text = String(decoding: data.prefix(completeLength), as: UTF8.self)
    var rows: [SweepRow] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where !line.isEmpty {
      let cells = CSVReader.cells(line)
      try versions.check(cells.last ?? "", in: "line \(index + 1) of '\(path)'")
      if let row = SweepRow(cells: cells, parameterCount: parameterCount, columnCount: columnCount) {
        rows.append(row)
      }
    }
    return (rows, completeLength)
  }
}
