import Model
import Stochastics
import Testing

@testable import Experiments

/// The note that tells a planner when variants differ in how lost jobs come back.
@Suite("Loss handling of compared variants")
struct LossHandlingTests {
  static func config(_ system: BatchSystemConfig, resubmit: ResubmitPolicy) -> ModelConfig {
    var config = ModelConfig(
      duration: 86_400, hostGroups: [HostGroup(name: "lab", count: 2)],
      workload: WorkloadConfig(arrival: .constant(60), runtime: .constant(60), resubmit: resubmit))
    config.batch.system = system
    return config
  }

  static let userRetries = ResubmitPolicy.after(.exponential(mean: 1800), maxAttempts: 3)

  @Test("each system and workload is classified by who brings a job back and how often")
  func classification() {
    #expect(LossHandling(Self.config(.torque(TorqueConfig()), resubmit: Self.userRetries))
      == LossHandling(agent: .users, maxExecutions: 3))
    #expect(LossHandling(Self.config(.torque(TorqueConfig()), resubmit: .never))
      == LossHandling(agent: .nobody, maxExecutions: 1))
    var rerunnable = TorqueConfig()
    rerunnable.rerunnable = true
    #expect(LossHandling(Self.config(.torque(rerunnable), resubmit: .never))
      == LossHandling(agent: .batchSystem, maxExecutions: nil))
    #expect(LossHandling(Self.config(.condor(CondorConfig()), resubmit: .never))
      == LossHandling(agent: .batchSystem, maxExecutions: nil))
    var noRequeue = SlurmConfig()
    noRequeue.jobRequeue = false
    #expect(LossHandling(Self.config(.slurm(noRequeue), resubmit: Self.userRetries))
      == LossHandling(agent: .users, maxExecutions: 3))
  }

  @Test("a note names the variants of each kind when their limits differ, and none when they agree")
  func note() throws {
    let torque = Self.config(.torque(TorqueConfig()), resubmit: Self.userRetries)
    let condor = Self.config(.condor(CondorConfig()), resubmit: Self.userRetries)
    let note = try #require(LossHandling.note(variants: [("t1", torque), ("c", condor), ("t2", torque)]))
    #expect(note.contains("at most 3 executions, resubmitted by users: t1, t2"))
    #expect(note.contains("any number of executions, requeued by the batch system: c"))
    #expect(LossHandling.note(variants: [("t1", torque), ("t2", torque)]) == nil)
  }
}
