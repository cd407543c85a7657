import Foundation
import Testing

@testable import Scenario

/// A scenario that writes every key, with the trace files it names, for the tests that
/// compare the key declarations with what `describe` writes. Choices that exclude each other
/// (TORQUE, HTCondor or Slurm, the three forms of owner arrivals) are covered by ``variants``.
struct FullScenario {
  /// The folder holding the trace files.
  let directory: URL

  /// Writes the trace files into a fresh folder.
  init() throws {
    directory = try Fixture.temporaryDirectory()
    try "host,start,end,state\na,0,100,up\na,100,150,down\nb,0,150,up\n"
      .write(to: directory.appendingPathComponent("avail.csv"), atomically: true, encoding: .utf8)
    try """
      1 0 0 100 1 -1 -1 1 200 -1 1 1 1 -1 -1 1 -1 -1
      2 8 0 300 2 -1 -1 2 600 -1 1 1 1 -1 -1 1 -1 -1

      """.write(to: directory.appendingPathComponent("jobs.swf"), atomically: true, encoding: .utf8)
  }

  /// Removes the folder.
  func remove() { try? FileManager.default.removeItem(at: directory) }

  /// Every key written, TORQUE's settings and a weekly owner profile.
  static let text = """
    name: full
    description: every key
    seed: 7
    replication: 2
    duration: 20d
    warmup: 1d
    hosts:
      - name: churn
        count: 2
        cores: 4
        speed: 1.5
        os: windows
        vm_profile: {name: kvm, cpu: 0.9, memory: 0.8, disk: 0.5, network: 0.6, owner_impact: 0.1, source: measured}
        availability: {up: {exponential: {mean: 8h}}, down: 1h}
        power: {idle: 60, busy: 100, off: 1}
      - name: traced
        count: 2
        availability: {trace: avail.csv, format: csv, gaps: up, mapping: {a: [0], b: [1]}}
      - {name: steady, count: 1, availability: always}
    vm: {boot: 50s, configure: 10s, priority: idle}
    monitoring: {heartbeat: 20s, host_tmax: 20s, gmetad_poll: 15s}
    registration: {mode: live, add_period: 1m, restart_duration: 5s, cleanup_period: 5m}
    batch:
      system: torque
      placement: owner-away
      torque: {status_update: 45s, node_check_rate: 150s, scheduler_iteration: 10m, policy: easy-backfill, rerunnable: true}
    workload:
      arrival: {exponential: {mean: 30m}}
      runtime: {lognormal: {median: 1h, sigma: 1}}
      cores: 1
      walltime_factor: 3
      classes:
        - {name: a, weight: 2, cpu: 0.5, memory: 0.2, disk: 0.2, network: 0.1, cores: 2}
        - {name: b, cpu: 1}
      trace: {file: jobs.swf, from: 0s, to: 10d, scale: 0.5, multiprocessor: split, class: b}
      resubmit: {after: 10m, max_attempts: 3}
    timetable:
      start: 2006-10-02
      week: {weekdays: 08:00-20:00, sat: 09:00-13:00}
      closed: [2006-12-25]
      power: {wake-on-lan: "21:00"}
    owners:
      arrivals:
        profile:
          weekdays: [0, 0, 0, 0, 0, 0, 0, 0, 0.5, 1, 1, 1, 1.5, 1, 1, 1, 1, 0.8, 0.5, 0.3, 0, 0, 0, 0]
      session: {lognormal: {median: 50m, sigma: 0.5}}
      load: {uniform: {low: 0.1, high: 0.6}}
      activity: {active: {exponential: {mean: 5m}}, idle: {exponential: {mean: 3m}}}
      reboot: {probability: 0.05, duration: 2m}
    deployment: {image_size: 2GiB, server_bandwidth: 1Gbit/s, host_bandwidth: 100Mbit/s}
    output: {sample_every: 5m, jobs: true, timeseries: false}
    """

  /// Overrides that, applied to ``text`` one set at a time, reach the forms ``text`` does not use.
  static let variants: [[String]] = [
    [],
    ["batch={system: condor, condor: {update_interval: 5m, classad_lifetime: 15m, negotiator_interval: 1m, "
      + "claim_delay: 5s, job_lease_duration: 40m, policy: desktop, host_aware: true, max_attempts: 10, "
      + "desktop: {cpu_busy_time: 3m}, universe: {standard: {interval: {uniform: {low: 2.5h, high: 3.5h}}, "
      + "image_size: 256MiB, bandwidth: 100Mbit/s}}}}"],
    ["batch={system: condor, condor: {universe: {self-checkpointing: {interval: 1h, size: 256MiB, "
      + "bandwidth: 100Mbit/s, when_to_transfer_output: on_exit_or_evict}}}}"],
    ["batch={system: slurm, slurm: {nodes: dynamic, slurmd_timeout: 5m, return_to_service: 2, job_requeue: true, "
      + "scheduler_type: backfill, sched_interval: 1m, bf_interval: 30s, bf_max_job_test: 500, suspend_time: 30m, "
      + "suspend_timeout: 30s, resume_timeout: 1m}}"],
    ["owners.arrivals={rate: 0.5}"],
    ["owners.arrivals={classes: [{days: [mon, wed], from: \"09:00\", to: \"11:00\", occupancy: 0.8}]}"],
  ]

  /// `describe`'s text of each variant.
  func described() throws -> [String] {
    try Self.variants.map { overrides in
      let scenario = try Fixture.parse(Self.text, overrides: overrides, baseDirectory: directory)
      return ScenarioWriter.yaml(scenario.config, output: scenario.output)
    }
  }
}
