import Foundation
import Model
import Testing

@testable import Scenario

/// Warnings for Slurm settings that a harvested lab does not survive: `ReturnToService` 0 or 1
/// while PCs go down, and a `ResumeTimeout` a VM cannot meet under power saving.
struct BatchWarningTests {
  /// The university lab under Slurm with `slurm` (a flow mapping's body), and its warnings' paths.
  static func warnings(_ slurm: String, yaml: String? = nil) throws -> [ScenarioError] {
    let batch = "batch={system: slurm, slurm: {\(slurm)}}"
    if let yaml { return try Fixture.parse(yaml, overrides: [batch]).warnings }
    let path = Fixture.packageRoot().appendingPathComponent("Scenarios/university-lab.yaml").path
    return try Scenario.load(path: path, overrides: [batch]).warnings
  }

  @Test func returnToServiceZeroOrOneWarnsWhenPCsGoDown() throws {
    // The university lab switches its PCs off at closing: with 0 or 1 its nodes never return.
    let zero = try Self.warnings("return_to_service: 0")
    #expect(zero.map(\.path) == ["batch.slurm.return_to_service"])
    #expect(zero.first?.message.hasPrefix("ReturnToService=0: a node that goes down never comes back (until an "
      + "administrator returns it), and the timetable switches the PCs off at closing") == true)
    let one = try Self.warnings("return_to_service: 1")
    #expect(one.first?.message.contains("(its VM always boots afresh)") == true)
    #expect(try Self.warnings("return_to_service: 2").isEmpty)
  }

  @Test func aLabWhosePCsNeverGoDownGetsNoWarning() throws {
    // Fixture.minimal: always open, always up, no students, no power saving.
    #expect(try Self.warnings("return_to_service: 0", yaml: Fixture.minimal).isEmpty)
    // Power saving itself switches PCs off.
    let saving = try Self.warnings("return_to_service: 0, suspend_time: 30m, resume_timeout: 10m", yaml: Fixture.minimal)
    #expect(saving.map(\.path) == ["batch.slurm.return_to_service"])
    #expect(saving.first?.message.contains("power saving switches idle PCs off") == true)
  }

  @Test func aResumeTimeoutShorterThanTheVMsStartWarns() throws {
    // university-lab: boot uniform 20–110 s (mean 65 s) + configure 10 s = 75 s.
    let short = try Self.warnings("return_to_service: 2, suspend_time: 30m, resume_timeout: 75s")
    #expect(short.map(\.path) == ["batch.slurm.resume_timeout"])
    #expect(short.first?.message.hasPrefix("75s is not longer than a VM's mean start (vm.boot + vm.configure: 75s)") == true)
    #expect(try Self.warnings("return_to_service: 2, suspend_time: 30m, resume_timeout: 76s").isEmpty)
    // Without power saving nothing is resumed.
    #expect(try Self.warnings("return_to_service: 2, resume_timeout: 10s").isEmpty)
  }
}
