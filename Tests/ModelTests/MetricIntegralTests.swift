import Testing
@testable import Model

/// The time integrals of the summary (usable nodes, harvested and idle cores, energy, owner
/// time) are summed only where their integrand changes, so events that change nothing
/// cannot move them, not even in the last bit.
struct MetricIntegralTests {
  @Test func samplingMoreOftenChangesNoSummaryNumber() {
    // Three cycling PCs with jobs, resubmissions and students: the integrands change often.
    // The window starts after a warm-up.
    // Sampling every 7 minutes instead of every hour adds hundreds of events that change
    // nothing; every summary number but the event count must stay bit-identical. (When the
    // integrals were summed at every event, the last bits moved.)
    func summary(sampleEvery: Double) -> RunSummary {
      var config = Fixtures.cyclingHost(
        mode: .restart, up: 5000, down: 700, arrivalEvery: 400, runtime: 900,
        resubmit: .after(.constant(300), maxAttempts: nil), duration: 200_000, cores: 2, hostCount: 3)
      config.owners = OwnerConfig(arrivals: .constant(perHour: 0.5), load: .constant(0.7))
      config.sampleEvery = sampleEvery
      config.warmup = 30_100  // not a multiple of either period: a span straddles the window's start
      return LabModel.statistical(config).run()
    }
    let hourly = summary(sampleEvery: 3600)
    let often = summary(sampleEvery: 420)
    #expect(often.events > hourly.events + 300)
    #expect(often.wnUsableFraction == hourly.wnUsableFraction)
    #expect(often.hostAvailability == hourly.hostAvailability)
    #expect(often.harvestedCoreHours == hourly.harvestedCoreHours)
    #expect(often.idleCoreHoursUnharvested == hourly.idleCoreHoursUnharvested)
    #expect(often.energyKWh == hourly.energyKWh)
    #expect(often.ownerHours == hourly.ownerHours)
    #expect(often.ownerImpairedHours == hourly.ownerImpairedHours)
    #expect(often.meanOwnerSlowdown == hourly.meanOwnerSlowdown)
    #expect(often.jobsCompleted == hourly.jobsCompleted && often.goodputCoreHours == hourly.goodputCoreHours)
  }
}
