import Testing

@testable import Benchmarks

/// `harvestsim profile` compares equal work: files measured with different `bench` settings
/// are refused, naming the setting as typed on the `bench` command line.
@Suite("Settings of the two sides of a profile")
struct ProfileSettingsTests {
  let native: [BenchmarkRecord]
  let virtual: [BenchmarkRecord]

  init() throws {
    native = try Fixture.records("native.csv")
    virtual = try Fixture.records("vmware.csv")
  }

  func message(native: [BenchmarkRecord]? = nil, virtual: [BenchmarkRecord]? = nil) -> String {
    do {
      _ = try MeasuredProfile.compute(native: native ?? self.native, virtual: virtual ?? self.virtual,
                                      nativeFile: "native.csv", virtualFile: "vm.csv")
      return "no error"
    } catch {
      return error.description
    }
  }

  /// `records` with `change` applied to the rows of `kind` (runs numbered from 1).
  func changed(_ records: [BenchmarkRecord], _ kind: BenchmarkKind,
               _ change: (inout BenchmarkRecord) -> Void) -> [BenchmarkRecord] {
    records.map { record in
      var record = record
      if record.benchmark == kind { change(&record) }
      return record
    }
  }

  @Test("different CPU iterations are refused with the count to reuse inside the VM")
  func differentCPUWork() {
    let halved = changed(virtual, .cpu) {
      $0.work = 1_000_000_000
      $0.seconds = $0.work / $0.throughput
    }
    #expect(message(virtual: halved)
      == "the two files were measured with different --cpu-iterations: native.csv 2000000000 iterations, "
      + "vm.csv 1000000000 iterations; a profile compares equal work on both sides, so rerun inside the VM "
      + "with 'harvestsim bench --cpu-iterations 2000000000'")
  }

  @Test("a different disk file size is refused, read from the bytes moved (written + read back)")
  func differentDiskBytes() {
    // The recorded disk rows move 536870912 bytes: a 256 MiB file written and read back.
    let smaller = changed(virtual, .disk) {
      $0.work = 2 * 64 * 1_048_576
      $0.seconds = $0.work / $0.throughput
    }
    #expect(message(virtual: smaller)
      == "the two files were measured with different --disk-bytes: native.csv 256 MiB, vm.csv 64 MiB; "
      + "a profile compares equal work on both sides, so rerun one side with the same --disk-bytes")
  }

  @Test("a different memory buffer is refused when the files record it")
  func differentMemoryBytes() {
    let nativeSized = changed(native, .memory) { $0.bufferBytes = 256 << 20 }
    let virtualSized = changed(virtual, .memory) { $0.bufferBytes = 1 << 20 }
    #expect(message(native: nativeSized, virtual: virtualSized)
      == "the two files were measured with different --memory-bytes: native.csv 256 MiB, vm.csv 1 MiB; "
      + "a profile compares equal work on both sides, so rerun one side with the same --memory-bytes")
    // The same buffer on both sides: no note about it.
    let same = changed(virtual, .memory) { $0.bufferBytes = 256 << 20 }
    let profile = try? MeasuredProfile.compute(native: nativeSized, virtual: same, nativeFile: "n", virtualFile: "v")
    #expect(profile?.notes == [])
  }

  @Test("one file with runs of two settings is refused, naming the file and the values")
  func mixedWithinAFile() {
    var mixed = native
    let index = mixed.firstIndex { $0.benchmark == .disk && $0.run == 3 }!
    mixed[index].work = 2 * 1_048_576
    mixed[index].seconds = mixed[index].work / mixed[index].throughput
    #expect(message(native: mixed)
      == "native.csv: the disk runs were measured with different --disk-bytes (1 MiB, 256 MiB); "
      + "a profile compares runs of one setting: keep one 'harvestsim bench' file per setting")
  }

  @Test("a suite records the buffer sizes it used in its memory and disk rows")
  func suiteRecordsBufferSizes() throws {
    let folder = try Fixture.temporaryDirectory()
    let settings = BenchmarkSettings(runs: 1, cpuIterations: 1_000, diskBytes: 64 << 10, memoryBytes: 32 << 10,
                                     memorySeconds: 0, directory: folder)
    let records = try BenchmarkSuite(settings: settings).run(cpuIterations: 1_000)
    #expect(records.map(\.bufferBytes) == [nil, 32 << 10, 64 << 10])
  }

  @Test("an empty --name is refused with the option's name")
  func emptyName() {
    do {
      _ = try MeasuredProfile.compute(native: native, virtual: virtual, nativeFile: "n", virtualFile: "v", name: " ")
      Issue.record("an empty name was accepted")
    } catch {
      #expect(error.description == "--name must not be empty")
    }
  }
}
