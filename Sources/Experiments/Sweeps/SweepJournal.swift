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
  private let handle: FileHandle

  /// Opens (creating if needed) the journal and adds the rows already in it to `existing`.
  /// A partial last line is truncated away.
  ///
  /// - Throws: ``OutputError`` if the journal cannot be opened, or holds a line of another version.
  init(path: String, parameterCount: Int, columnCount: Int, versions: VersionCheck,
       existing: inout [RunKey: SweepRow]) throws {
    self.path = path
    if !FileManager.default.fileExists(atPath: path) {
      guard FileManager.default.createFile(atPath: path, contents: nil) else {
        throw OutputError(message: "cannot create the sweep journal '\(path)'")
      }
    }
    guard let handle = FileHandle(forUpdatingAtPath: path) else {
      throw OutputError(message: "cannot open the sweep journal '\(path)'")
    }
    self.handle = handle
    let data = try handle.readToEnd() ?? Data()
    let (rows, completeLength) = try Self.completeRows(in: data, path: path, parameterCount: parameterCount,
                                                       columnCount: columnCount, versions: versions)
    for row in rows { existing[row.key] = row }
    if completeLength < data.count { try handle.truncate(atOffset: UInt64(completeLength)) }
    try handle.seekToEnd()
  }

  deinit {
    try? handle.close()
  }

  /// Appends one finished run.
  func append(_ row: SweepRow) {
    handle.write(Data(row.line.utf8))
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
