import Testing
@testable import Model

/// A lab that cannot keep up stops when its jobs in the system pass `limits.jobsInSystem`.
struct JobLimitTests {
  /// Two single-core PCs, always up and registered at once; a job arrives every 10 s and runs an hour.
  private func overloadedLab(limit: Int, duration: Double) -> ModelConfig {
    var config = ModelConfig(
      duration: duration, hostGroups: [HostGroup(count: 2)],
      registration: RegistrationConfig(mode: .instant),
      workload: WorkloadConfig(arrival: .constant(10), runtime: .constant(3_600)))
    config.limits.jobsInSystem = limit
    return config
  }

  @Test func theRunStopsAtTheArrivalThatPassesTheLimit() throws {
    // Arrivals at 10, 20, …: none ends within the first hour, so the 101st job, at 1010 s,
    // is the first with more than 100 in the system.
    let model = LabModel(config: overloadedLab(limit: 100, duration: 86_400))
    let summary = model.run()
    let exceeded = try #require(model.jobLimitExceeded)
    #expect(exceeded.time == 1_010)
    #expect(exceeded.limit == 100)
    #expect(exceeded.submitted == 101)
    #expect(exceeded.cores == 2 && exceeded.coresPerJob == 1)
    #expect(exceeded.meanRuntime == 3_600)
    #expect(abs(exceeded.arrivalsPerHour - 101.0 / 1_010 * 3_600) < 1e-9)
    // Two cores at an hour a job: two jobs an hour.
    #expect(abs(exceeded.capacityPerHour - 2) < 1e-12)
    // It stopped there: nothing after 1010 s was simulated.
    #expect(summary.jobsSubmitted == 101)
    #expect(summary.jobsCompleted == 0)
  }

  @Test func aRunUnderTheLimitIsNotStopped() {
    // 100 jobs in 1000 s: at the limit, not past it.
    let model = LabModel(config: overloadedLab(limit: 100, duration: 1_000))
    let summary = model.run()
    #expect(model.jobLimitExceeded == nil)
    #expect(summary.jobsSubmitted == 100)
  }
}
