import Foundation

/// The name of the temporary file an ``AtomicFileWriter`` fills before renaming it into
/// place: `.NAME.partial-HOST-PID-UUID`, beside the final file `NAME`.
///
/// It names the host and process that write it, so that a later run can tell what a
/// killed process left behind from what a live one, maybe on another machine sharing
/// the folder, is still writing (``StalePartialFiles``).
package struct PartialFileName: Sendable, Equatable {
  /// The name of the final file (`jobs.csv`).
  package var finalName: String
  /// The writing machine's host name (may contain `-` and `.`).
  package var host: String
  /// The writing process.
  package var processID: Int32
  /// Tells apart the files of one process.
  package var unique: UUID

  private static let marker = ".partial-"

  /// This machine's host name, looked up once per process (the lookup may ask DNS).
  package static let thisHost = ProcessInfo.processInfo.hostName

  /// A name with the given parts.
  package init(finalName: String, host: String, processID: Int32, unique: UUID) {
    self.finalName = finalName
    self.host = host
    self.processID = processID
    self.unique = unique
  }

  /// A new name for a temporary file of `finalName` written by this process.
  package static func new(for finalName: String) -> PartialFileName {
    PartialFileName(finalName: finalName, host: thisHost, processID: ProcessInfo.processInfo.processIdentifier,
                    unique: UUID())
  }

  /// The file name.
  package var fileName: String { ".\(finalName)\(Self.marker)\(host)-\(processID)-\(unique.uuidString)" }

  /// The parts of `fileName`, or nil if it is not the name of a temporary file.
  package init?(parsing fileName: String) {
    guard fileName.hasPrefix("."),
      let marker = fileName.range(of: Self.marker, range: fileName.index(after: fileName.startIndex)..<fileName.endIndex)
    else { return nil }
    let finalName = fileName[fileName.index(after: fileName.startIndex)..<marker.lowerBound]
    let writer = fileName[marker.upperBound...]
    // HOST-PID-UUID, read from the end: the host may contain '-'.
    let uuidLength = 36
    guard writer.count > uuidLength + 2, let unique = UUID(uuidString: String(writer.suffix(uuidLength))) else {
      return nil
    }
    let hostAndProcess = writer.dropLast(uuidLength)
    guard hostAndProcess.last == "-", let dash = hostAndProcess.dropLast().lastIndex(of: "-"),
      let processID = Int32(hostAndProcess[hostAndProcess.index(after: dash)..<hostAndProcess.index(before: hostAndProcess.endIndex)]),
      processID > 0, !finalName.isEmpty
    else { return nil }
    self.init(finalName: String(finalName), host: String(hostAndProcess[..<dash]), processID: processID, unique: unique)
  }
}
