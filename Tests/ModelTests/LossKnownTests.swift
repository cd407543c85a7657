import Testing
@testable import Model

/// `batch.torque.loss_known` (J10): when the user of a job that died with its node learns of
/// it, on the fixtures' host (up 0–1000 s, then down `down` seconds; boot 60 s and configure
/// 10 s; see RestartRegistrationTimelineTests for the node's own timeline). A 200 s job
/// arrives every 900 s; its user resubmits 100 s after learning of a loss.
///
/// The first job starts at 900 s and dies with the host at 1000 s. The MOM's last status
/// before that is 970 s (70 + 20 × 45), so `check_nodes` marks the node down at 1200 s; the
/// clean-up removes it at 1500 s. The host is back at 1500 s, its fresh MOM starts at 1570 s
/// (phase class 1570 mod 45 = 40) and first reports then; the join cron adds it at 1620 s,
/// pbs_server is back at 1625 s and class 40 reports at 1660 s: usable from 1660 s.
struct LossKnownTests {
  /// The fixtures' host with `loss_known` (and `purge_after`) set.
  static func config(_ lossKnown: LossKnown, purgeAfter: Double = 86_400, down: Double = 500,
                     duration: Double = 2400) -> ModelConfig {
    var config = Fixtures.cyclingHost(down: down, arrivalEvery: 900, runtime: 200,
                                      resubmit: .after(.constant(100), maxAttempts: nil), duration: duration)
    config.batch.torque.lossKnown = lossKnown
    config.batch.torque.purgeAfter = purgeAfter
    return config
  }

  /// The (job, attempt, submit, start, end) of every attempt of a run of `config`.
  static func attempts(_ config: ModelConfig) -> [(UInt64, Int, Double, Double, Double)] {
    let observer = RecordingObserver()
    _ = LabModel(config: config, observer: observer).run()
    return observer.attempts.map { ($0.jobID, $0.attempt, $0.submit, $0.start, $0.end) }
  }

  @Test func atOnceHandsTheJobBackWhenTheHostGoesDown() {
    // Resubmitted at 1000 + 100 s; it waits for the node (usable at 1660 s) and the next pass,
    // at job 2's arrival and the timed cycle at 1800 s, where it goes first.
    let rows = Self.attempts(Self.config(.atOnce))
    #expect(rows.count == 3)
    #expect(rows[0] == (1, 1, 900, 900, 1000))
    #expect(rows[1] == (1, 2, 1100, 1800, 2000))
    #expect(rows[2] == (2, 1, 1800, 2000, 2200))
  }

  @Test func nodeDownHandsItBackAtTheMarkDown() {
    // Handed back at the 1200 s mark-down, resubmitted at 1300 s; started at 1800 s as above.
    let model = TorqueLab.started(Self.config(.nodeDown))
    model.advance(through: 1199.9)
    #expect(model.jobs[0].state == .awaitingRequeue)
    model.advance(through: 1200)
    #expect(model.hosts[0].server == .markedDown)
    #expect(model.jobs[0].state == .awaitingResubmission)
    let rows = Self.attempts(Self.config(.nodeDown))
    #expect(rows[1] == (1, 2, 1300, 1800, 2000))
  }

  @Test func momReturnsHandsItBackAtTheFreshMOMsFirstStatus() {
    // TORQUE as shipped: the job stays R through the mark-down (1200 s) and the node's removal
    // (1500 s); the fresh MOM's first status at 1570 s ends it, although the node is not listed
    // then. Resubmitted at 1670 s, when the node is usable (1660 s): the resubmission's pass
    // starts it at once. Job 2 (1800 s) waits for it to end at 1870 s.
    let model = TorqueLab.started(Self.config(.momReturns))
    model.advance(through: 1500)
    #expect(model.hosts[0].server == .absent)
    #expect(model.jobs[0].state == .awaitingRequeue)
    model.advance(through: 1569.9)
    #expect(model.jobs[0].state == .awaitingRequeue)
    model.advance(through: 1570)
    #expect(model.jobs[0].state == .awaitingResubmission)
    let rows = Self.attempts(Self.config(.momReturns))
    #expect(rows.count == 3)
    #expect(rows[1] == (1, 2, 1670, 1670, 1870))
    #expect(rows[2] == (2, 1, 1800, 1870, 2070))
  }

  @Test func operatorPurgeWaitsForThePurge() {
    // With `purge_after: 2000s` the operator purges at 1000 + 2000 s; neither the mark-down
    // nor the MOM's return at 1570 s tells the user. Job 2 runs 1800–2000 s; the resubmission
    // at 3100 s finds the host down again (2500–3000 s) and not usable before the next join.
    let model = TorqueLab.started(Self.config(.operatorPurge, purgeAfter: 2000, duration: 3200))
    model.advance(through: 2999.9)
    #expect(model.jobs[0].state == .awaitingRequeue)
    model.advance(through: 3000)
    #expect(model.jobs[0].state == .awaitingResubmission)
    model.advance(through: 3100)
    #expect(model.jobs[0].state == .queued)
  }

  @Test func aHostThatNeverReturnsIsPurged() {
    // `mom-returns` with a host that stays down: no MOM ever answers, so the operator's purge
    // at 1000 + 5000 s hands the job back; resubmitted at 6100 s, it stays queued.
    let config = Self.config(.momReturns, purgeAfter: 5000, down: 1e9, duration: 6200)
    let model = TorqueLab.started(config)
    model.advance(through: 5999.9)
    #expect(model.jobs[0].state == .awaitingRequeue)
    model.advance(through: 6000)
    #expect(model.jobs[0].state == .awaitingResubmission)
    let summary = { model.advance(through: 6200); return model.finish() }()
    #expect(summary.resubmissions == 1)
    #expect(summary.jobsLost == 0)
  }

  @Test func aFreshMOMBeforeTheMarkDownEndsTheJobUnderNodeDown() {
    // Down only 100 s: the host is back at 1100 s and its fresh MOM reports at 1170 s, before
    // the 1200 s check would mark the node down (N6). pbs_server aborts the job then.
    let rows = Self.attempts(Self.config(.nodeDown, down: 100, duration: 1500))
    #expect(rows[1].2 == 1270)
    let model = TorqueLab.started(Self.config(.nodeDown, down: 100, duration: 1500))
    let summary = { model.advance(through: 1500); return model.finish() }()
    #expect(summary.detectionSamples == 0)  // never marked down
  }

  @Test func aRerunnableJobIgnoresLossKnown() {
    // J9: pbs_server requeues the rerunnable job at the 1200 s mark-down whatever
    // `loss_known` says; the user never resubmits it.
    var config = Self.config(.operatorPurge, purgeAfter: 100)
    config.batch.torque.rerunnable = true
    let model = TorqueLab.started(config)
    model.advance(through: 1199.9)
    #expect(model.jobs[0].state == .awaitingRequeue)
    model.advance(through: 1200)
    #expect(model.jobs[0].state == .queued)
    let summary = { model.advance(through: 2400); return model.finish() }()
    #expect(summary.requeues == 1)
    #expect(summary.resubmissions == 0)
  }

  @Test func theResponseTimeIncludesTheUnnoticedLoss() {
    // `operator-purge` with `purge_after: 1000s`: the user learns at 2000 s and resubmits at
    // 2100 s; job 2 ran 1800–2000 s, so job 1 starts at once and ends at 2300 s. Responses:
    // job 1 900→2300 (1400 s), job 2 1800→2000 (200 s). Under `at-once`: 1100 s and 400 s.
    let late = LabModel(config: Self.config(.operatorPurge, purgeAfter: 1000)).run()
    #expect(abs(late.meanResponse - (1400 + 200) / 2) < 1e-9)
    let atOnce = LabModel(config: Self.config(.atOnce)).run()
    #expect(abs(atOnce.meanResponse - (1100 + 400) / 2) < 1e-9)
  }
}
