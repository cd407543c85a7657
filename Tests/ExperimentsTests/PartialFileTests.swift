import Foundation
import Testing

@testable import Experiments

/// Temporary output files: their names, which leftovers count as stale, and write errors
/// reported instead of trapping. (Errors provoked in a child process, and signals, are in
/// ``WriteFailureCommandLineTests``.)
struct PartialFileTests {
  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("harvestsim-partials-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The number of a process that existed and has ended.
  static func endedProcessID() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
  }

  static func touch(_ folder: URL, _ name: PartialFileName, daysOld: Double = 0) throws {
    let path = folder.appendingPathComponent(name.fileName).path
    #expect(FileManager.default.createFile(atPath: path, contents: Data("half a row".utf8)))
    try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-daysOld * 86_400)],
                                          ofItemAtPath: path)
  }

  static func names(_ folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  @Test func namesRoundTripWithHostsThatContainDashesAndDots() throws {
    let unique = UUID()
    for host in ["lab-pc-07", "pc07.lab.uni-example.org", "h"] {
      let name = PartialFileName(finalName: "jobs.csv", host: host, processID: 4711, unique: unique)
      #expect(name.fileName == ".jobs.csv.partial-\(host)-4711-\(unique.uuidString)")
      #expect(PartialFileName(parsing: name.fileName) == name)
    }
    let fresh = PartialFileName.new(for: "summary.csv")
    #expect(fresh.host == PartialFileName.thisHost)
    #expect(fresh.processID == getpid())
    for other in ["jobs.csv", ".jobs.csv", ".jobs.csv.partial-host-12-not-a-uuid", ".jobs.csv.tmp-12",
                  ".jobs.csv.partial-host-x-\(unique.uuidString)", "..partial-host-12-\(unique.uuidString)"] {
      #expect(PartialFileName(parsing: other) == nil, "\(other)")
    }
  }

  @Test func onlyDeadProcessesOfThisHostAndWeekOldFilesAreStale() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dead = try Self.endedProcessID()
    #expect(!StalePartialFiles.processExists(dead))
    #expect(StalePartialFiles.processExists(getpid()))
    let here = PartialFileName.thisHost, elsewhere = "shard-host-\(UUID().uuidString.prefix(8)).example.org"
    let deadHere = PartialFileName(finalName: "jobs.csv", host: here, processID: dead, unique: UUID())
    let liveHere = PartialFileName(finalName: "jobs.csv", host: here, processID: getpid(), unique: UUID())
    let liveHereOld = PartialFileName(finalName: "runs.csv", host: here, processID: getpid(), unique: UUID())
    let otherHost = PartialFileName(finalName: "points.csv", host: elsewhere, processID: dead, unique: UUID())
    let otherHostOld = PartialFileName(finalName: "runs.csv", host: elsewhere, processID: dead, unique: UUID())
    let otherHostSixDays = PartialFileName(finalName: "summary.csv", host: elsewhere, processID: dead, unique: UUID())
    try Self.touch(folder, deadHere)
    try Self.touch(folder, liveHere)
    try Self.touch(folder, liveHereOld, daysOld: 8)
    try Self.touch(folder, otherHost)
    try Self.touch(folder, otherHostOld, daysOld: 8)
    try Self.touch(folder, otherHostSixDays, daysOld: 6)
    // Not temporary files: never touched, however old.
    for name in ["jobs.csv", ".hidden", ".jobs.csv.partial-garbage"] {
      #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: nil))
      try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-30 * 86_400)],
                                            ofItemAtPath: folder.appendingPathComponent(name).path)
    }

    let removed = StalePartialFiles.remove(in: folder.path, keeping: [liveHereOld.fileName])
    #expect(removed == [deadHere, otherHostOld].map(\.fileName).sorted())
    #expect(try Self.names(folder) == [
      ".hidden", ".jobs.csv.partial-garbage", "jobs.csv", liveHere.fileName, liveHereOld.fileName,
      otherHost.fileName, otherHostSixDays.fileName,
    ].sorted())
    // Without the keep list, this process's week-old file is stale too.
    #expect(StalePartialFiles.remove(in: folder.path) == [liveHereOld.fileName])
  }

  @Test func theFirstNewFileInAFolderClearsItsStaleTemporaryFiles() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let killed = PartialFileName(finalName: "jobs.csv", host: PartialFileName.thisHost,
                                 processID: try Self.endedProcessID(), unique: UUID())
    let otherShard = PartialFileName(finalName: "jobs.csv", host: "another-machine.example.org", processID: 1,
                                     unique: UUID())
    try Self.touch(folder, killed)
    try Self.touch(folder, otherShard)
    let writer = try AtomicFileWriter(path: folder.appendingPathComponent("summary.csv").path)
    let during = try Self.names(folder)
    #expect(!during.contains(killed.fileName))
    #expect(during.contains(otherShard.fileName))
    #expect(during.count == 2)  // the other machine's file and this writer's own
    try writer.write("a,b\n")
    try writer.commit()
    #expect(try Self.names(folder) == [otherShard.fileName, "summary.csv"].sorted())
  }

  @Test func aFullDeviceIsAnErrorNamingTheFileAndTheReason() throws {
    guard FileManager.default.fileExists(atPath: "/dev/full") else {
      try Test.cancel("no /dev/full on this system to provoke ENOSPC")
    }
    let file = try OutputFile(opening: "/dev/full", flags: O_WRONLY, reportedAs: "out/jobs.csv")
    let error = #expect(throws: OutputError.self) { try file.write("a,b\n") }
    #expect(error?.message == "cannot write out/jobs.csv: No space left on device")
  }

  @Test func aRunsFilesAreCommittedAllOrNone() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = try AtomicFileWriter(path: folder.appendingPathComponent("summary.csv").path)
    let second = try AtomicFileWriter(path: folder.appendingPathComponent("jobs.csv").path)
    try first.write("complete\n")
    second.abandon()  // as if its last write had failed
    #expect(throws: OutputError.self) { try AtomicFileWriter.commit([first, second]) }
    #expect(try Self.names(folder).isEmpty)
  }
}
