import Foundation
import Model
import Stochastics
import Testing

@testable import Scenario

@Suite("Shipped scenarios")
struct ShippedScenarioTests {
  static let scenarios = Fixture.packageRoot().appendingPathComponent("Scenarios", isDirectory: true)

  static func load(_ relative: String) throws -> Scenario {
    try Scenario.load(path: scenarios.appendingPathComponent(relative).path)
  }

  @Test("each shipped scenario loads without error",
        arguments: ["paper-lab.yaml", "theory/mmc-instant.yaml", "bench/lab-churn.yaml", "bench/lab-10k-full.yaml"])
  func loads(_ relative: String) throws {
    let scenario = try Self.load(relative)
    #expect(ScenarioSchema.validate(ResolvedScenario(config: scenario.config, output: scenario.output)).isEmpty)
    #expect(scenario.config.name == URL(fileURLWithPath: relative).deletingPathExtension().lastPathComponent)
  }

  @Test("every scenario file under theory/ and bench/ loads")
  func everyScenarioFileLoads() throws {
    let files = Fixture.shippedScenarios().filter { !$0.path.contains("/profiles/") }
    #expect(files.count >= 4)
    for file in files {
      #expect(throws: Never.self, "\(file.lastPathComponent)") { try Scenario.load(path: file.path) }
    }
  }

  @Test("paper-lab matches the paper's deployment")
  func paperLab() throws {
    let config = try Self.load("paper-lab.yaml").config
    #expect(config.hostCount == 20)
    #expect(config.hostGroups.count == 2)
    #expect(config.hostGroups.map(\.os) == ["windows", "linux"])
    #expect(config.hostGroups.map(\.count) == [10, 10])
    #expect(config.registration.mode == .restart)
    #expect(config.batch.system.name == "torque")
    #expect(config.batch.system.torque?.policy == .fifo)
    // A power-state process: the timetable switches the PCs off at closing, and crashes
    // come in between, at the survey's constant rate; every repair lasts at least a minute,
    // so no power cycle is shorter than one.
    #expect(config.timetable.power == .offWhenClosed)
    for group in config.hostGroups {
      // Two cores: the paper chose VMware Player for SMP on dual-core PCs.
      #expect(group.cores == 2)
      // Each host system has its own profile, with the paper's bounds.
      #expect(group.profile.name == "vmware-player-2006-\(group.os)-host")
      #expect(group.profile.cpu >= 0.9)
      #expect(group.profile.memory >= 0.9)
      #expect(group.profile.disk < 0.9)
      guard case .alternating(.exponential(let up), .uniform(let low, let high)) = group.availability else {
        Issue.record("\(group.name) availability is not exponential crashes with uniform repairs: \(group.availability)")
        continue
      }
      #expect(up >= 86_400 && low >= 60 && high >= low)
    }
    #expect(config.duration == 30 * 86_400)
    #expect(config.warmup == 86_400)
    #expect(config.seed == 2006)
    #expect(config.workload.arrival == .exponential(mean: 1200))
    #expect(config.workload.runtime == .logNormal(mu: log(3600), sigma: 1))
    #expect(config.workload.resubmit == .after(.exponential(mean: 1800), maxAttempts: 3))
    #expect(config.workload.classes.map(\.name) == ["cpu-bound", "io-heavy"])
    #expect(config.vm.boot == .uniform(low: 20, high: 110))
  }

  @Test("the theory scenario switches every mechanism off")
  func mmcInstant() throws {
    let config = try Self.load("theory/mmc-instant.yaml").config
    #expect(config.hostCount == 10)
    #expect(config.hostGroups.allSatisfy { $0.availability == .always && $0.profile == .native })
    #expect(config.registration.mode == .instant)
    #expect(config.vm == VMLifecycleConfig(boot: .constant(0), configure: .constant(0)))
    #expect(config.workload.resubmit == .never)
  }

  @Test("lab-churn resubmits without a limit")
  func labChurn() throws {
    let config = try Self.load("bench/lab-churn.yaml").config
    #expect(config.hostCount == 1000)
    #expect(config.workload.resubmit == .after(.constant(600), maxAttempts: nil))
    #expect(config.workload.arrival == .exponential(mean: 11.571428571428571))
  }

  @Test("overrides apply to a shipped scenario")
  func overrideShipped() throws {
    let path = Self.scenarios.appendingPathComponent("paper-lab.yaml").path
    let scenario = try Scenario.load(path: path, overrides: ["hosts.0.count=40", "registration.mode=live"])
    #expect(scenario.config.hostCount == 50)
    #expect(scenario.config.registration.mode == .live)
  }
}
