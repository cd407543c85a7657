import Foundation

/// The append-only record of finished runs, `runs.journal` in the output folder
/// (`runs-shard-I-of-N.journal` for a shard). One complete runs.csv line per
/// finished run, written with a single write; a line cut short by a kill is
/// dropped when the journal is opened again. It is what makes a sweep resumable.
final class SweepJournal {
  let path: String
  private let handle: FileHandle

  /// Opens (creating if needed) the journal and adds the rows already in it to `existing`.
  /// A partial last line is truncated away.
  init(path: String, parameterCount: Int, columnCount: Int, existing: inout [RunKey: SweepRow]) throws {
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
    let (rows, completeLength) = Self.completeRows(in: data, parameterCount: parameterCount, columnCount: columnCount)
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
  static func rows(at path: String, parameterCount: Int, columnCount: Int) -> [SweepRow] {
    guard let data = FileManager.default.contents(atPath: path) else { return [] }
    return completeRows(in: data, parameterCount: parameterCount, columnCount: columnCount).rows
  }

  /// The rows of the newline-terminated part of `data`, and that part's length.
  static func completeRows(in data: Data, parameterCount: Int, columnCount: Int) -> (rows: [SweepRow], completeLength: Int) {
    let completeLength = data.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
    let text = String(decoding: data.prefix(completeLength), as: UTF8.self)
    let rows = text.split(separator: "\n").compactMap {
      SweepRow(line: $0, parameterCount: parameterCount, columnCount: columnCount)
    }
    return (rows, completeLength)
  }
}
