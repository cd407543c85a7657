/// Streams the job records of a Standard Workload Format (SWF 2.2) file, one at a time.
///
/// The file is read through a single buffer of ``chunkSize`` bytes (64 KiB by default), so
/// memory stays constant however long the trace is: no line is kept after it has been
/// parsed. The header (the `;` lines before the first job) is read when the reader is
/// created. Blank lines and later comment lines are skipped.
///
/// Bad job lines (not 18 fields, or a field that is not a number, or a fractional value in
/// an integer field) are handled according to ``strict``:
/// - strict (the default): ``nextRecord()`` throws ``SWFError/badLine(_:)`` naming the file
///   and line, and the reader should not be used further;
/// - not strict: the line is skipped, counted in ``badLineCount`` and kept in ``warnings``
///   (the first ``maximumStoredWarnings`` only).
///
/// A line longer than the buffer always throws, strict or not.
///
/// It is an iterator with a throwing `next`, not a `Sequence`, so that errors are not lost.
package final class SWFReader {
  /// The default buffer size: 64 KiB.
  package static let defaultChunkSize = 64 * 1024
  /// At most this many warnings are kept in ``warnings``; ``badLineCount`` counts them all.
  package static let maximumStoredWarnings = 100

  /// The header lines read before the first job line.
  package private(set) var header = SWFHeader()
  /// Whether a bad line throws (true) or is skipped with a warning (false).
  package let strict: Bool
  /// The bad lines skipped so far (non-strict mode), the first ``maximumStoredWarnings``.
  package private(set) var warnings: [SWFLineError] = []
  /// The number of bad lines skipped so far (non-strict mode).
  package private(set) var badLineCount = 0
  /// The number of job records returned so far.
  package private(set) var recordCount = 0

  /// The path the file was opened with.
  package var path: String { lines.path }
  /// The size of the read buffer, in bytes.
  package var chunkSize: Int { lines.chunkSize }
  /// The most file bytes the read buffer has held at once (never more than ``chunkSize``).
  var maximumBufferedBytes: Int { lines.maximumBufferedBytes }
  /// The number of bytes read from the file so far.
  var bytesRead: Int { lines.bytesRead }

  private let lines: SWFLineReader
  /// The first job line, read while looking for the end of the header.
  private var pending: SWFRecord?

  /// Opens `path` and reads its header.
  ///
  /// - Throws: ``SWFError/cannotOpen(path:reason:)`` if the file cannot be opened, and
  ///   ``SWFError/badLine(_:)`` if the first job line is bad and `strict` is true.
  package init(path: String, chunkSize: Int = SWFReader.defaultChunkSize, strict: Bool = true)
    throws(SWFError)
  {
    lines = try SWFLineReader(path: path, chunkSize: chunkSize)
    self.strict = strict
    pending = try readRecord(collectingHeader: true)
  }

  /// The next job record, or nil at the end of the file.
  package func nextRecord() throws(SWFError) -> SWFRecord? {
    let record: SWFRecord?
    if let first = pending {
      pending = nil
      record = first
    } else {
      record = try readRecord(collectingHeader: false)
    }
    if record != nil { recordCount += 1 }
    return record
  }

  private func readRecord(collectingHeader: Bool) throws(SWFError) -> SWFRecord? {
    while true {
      let parsed = try lines.nextLine { bytes in SWFLineParser.parse(bytes) }
      guard let parsed else { return nil }
      switch parsed {
      case .success(.blank):
        continue
      case .success(.comment(let text)):
        if collectingHeader { header.append(text) }
        continue
      case .success(.job(let values)):
        return SWFLineParser.record(values, lineNumber: lines.lineNumber)
      case .failure(let problem):
        let error = SWFLineError(file: lines.path, line: lines.lineNumber, problem: problem)
        if strict { throw SWFError.badLine(error) }
        badLineCount += 1
        if warnings.count < Self.maximumStoredWarnings { warnings.append(error) }
      }
    }
  }
}
