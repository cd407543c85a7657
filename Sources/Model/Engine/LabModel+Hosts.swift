import Kernel
import Stochastics

extension LabModel {
  /// Time 0 for one host: switched on or not by the timetable, and its
  /// availability process started.
  func hostStarts(_ host: Int) {
    hosts[host].poweredOn = powerIsOn(at: sim.now)
    switch groupAvailability[Int(hosts[host].group)] {
    case .alternating(let up, _):
      sim.schedule(.crashBegan(host: Int32(host)), after: up.sample(availabilityStreams[host]!))
    case .trace:
      replayTrace(host)
    case .always:
      break
    }
    updateHostState(host, cause: .crash)
    scheduleOwnerArrival(host)
  }

  /// Applies the trace's state for `host` at this instant and schedules its next change
  /// (the trace repeats with its own duration as the period).
  func replayTrace(_ host: Int) {
    guard case .trace(let schedule) = groupAvailability[Int(hosts[host].group)] else { return }
    let timeline = schedule.timelines[hostIndexInGroup[host]]
    let count = timeline.times.count
    let cursor = traceCursor[host]
    hosts[host].crashed = !timeline.up[cursor % count]
    traceCursor[host] = cursor + 1
    let next = Double((cursor + 1) / count) * schedule.duration + timeline.times[(cursor + 1) % count]
    sim.schedule(.traceChanges(host: Int32(host)), at: max(next, sim.now))
    updateHostState(host, cause: .crash)
  }

  /// The availability process takes the PC down (a crash).
  func crashBegan(_ host: Int) {
    hosts[host].crashed = true
    if let down = groupDownPeriods[Int(hosts[host].group)] {
      sim.schedule(.crashEnded(host: Int32(host)), after: down.sample(availabilityStreams[host]!))
    }
    updateHostState(host, cause: .crash)
  }

  /// The availability process brings the PC back.
  func crashEnded(_ host: Int) {
    hosts[host].crashed = false
    if let up = groupUpPeriods[Int(hosts[host].group)] {
      sim.schedule(.crashBegan(host: Int32(host)), after: up.sample(availabilityStreams[host]!))
    }
    updateHostState(host, cause: .crash)
  }

  /// Brings the host's up/down state in line with its power, crash and reboot
  /// flags; a host that goes down loses its jobs under `cause`.
  func updateHostState(_ host: Int, cause: LossCause) {
    let record = hosts[host]
    let up = record.poweredOn && !record.crashed && !record.rebooting
    if up && !record.isUp {
      hostCameUp(host)
    } else if !up && record.isUp {
      hostWentDown(host, cause: cause)
    } else {
      refreshHost(host)
    }
  }

  /// Host up: the PC is on; its VM starts booting (or, in instant mode, is usable at once).
  func hostCameUp(_ host: Int) {
    metrics.hostsUpChanging(at: sim.now, from: hostsUp)
    hostsUp += 1
    hosts[host].isUp = true
    hosts[host].upSince = sim.now
    hosts[host].awaitingUsable = true
    if mode == .instant {
      detach(host)
      hosts[host].vm = .running
      hosts[host].server = .up
      hosts[host].phaseClass = 0
      hosts[host].gmondStart = sim.now
      attach(host)
      refreshHost(host)
      if condor { startdStarted(host) }  // leased jobs of this machine are requeued at once
      schedulingPass()
      return
    }
    hosts[host].vm = .booting
    refreshHost(host)
    let generation = vmGenerations.bump(host)
    // Rapid deployment: no VM boots before the image has reached the PCs.
    let bootStart = max(sim.now, deploymentDone)
    sim.schedule(.vmBooted(host: Int32(host), generation: generation),
                 at: bootStart + config.vm.boot.sample(vmStreams[host]))
  }

  /// Host down: the PC goes off and kills its VM and every job on it at once.
  func hostWentDown(_ host: Int, cause: LossCause) {
    metrics.hostsUpChanging(at: sim.now, from: hostsUp)
    hostsUp -= 1
    let wasRunning = hosts[host].vm == .running
    endSession(host, allowReboot: false)
    if hosts[host].suspended {
      hosts[host].suspended = false
      startdGenerations.bump(host)  // no PREEMPT for jobs that are gone
    }
    killJobs(on: host, cause: cause)
    detach(host)
    hosts[host].isUp = false
    hosts[host].awaitingUsable = false
    hosts[host].vm = .off
    if wasRunning { hosts[host].vmDeath = sim.now }  // detection latency runs from the MOM's death
    vmGenerations.bump(host)
    if mode == .instant {
      hosts[host].server = .absent
      hosts[host].ghostCores = 0
    } else if wasRunning {
      let record = hosts[host]
      hosts[host].lastHeartbeat = PeriodicClock.lastBeat(
        atOrBefore: sim.now, start: record.gmondStart, period: config.monitoring.heartbeat)
      hosts[host].lastStatus = PeriodicClock.lastBeat(
        atOrBefore: sim.now, start: record.momStart, period: statusPeriod)
      if condor {
        // The collector drops the ad `classad_lifetime` after the last update the startd sent.
        let lastAd = PeriodicClock.lastBeat(
          atOrBefore: sim.now, start: record.gmondStart, period: condorConfig.updateInterval)
        sim.schedule(.nodeCheckMarksDown(host: Int32(host), generation: serverGenerations[host]),
                     at: max(sim.now, lastAd + condorConfig.classadLifetime))
      } else if record.server == .up && !isActive(record.phaseClass) {
        // Its MOM had not reported since the last pbs_server restart: the node
        // was still DOWN in TORQUE, and now no report will ever come.
        hosts[host].server = .awaitingReport
        hosts[host].ghostCores = 0
      }
      if !condor && (record.server == .up || record.server == .awaitingReport) {
        scheduleNodeCheck(host)
      }
    }
    attach(host)
    refreshHost(host)
  }

  /// The VM has booted; network set-up and the NIS bind follow.
  func vmBooted(_ host: Int, _ generation: UInt32) {
    guard vmGenerations.isCurrent(host, generation: generation) else { return }
    hosts[host].vm = .configuring
    sim.schedule(.vmConfigured(host: Int32(host), generation: generation),
                 after: config.vm.configure.sample(vmStreams[host]))
  }

  /// gmond and pbs_mom start. A node TORQUE already knows hears from the MOM
  /// at its first status; an unknown one waits for the join cron script.
  func vmConfigured(_ host: Int, _ generation: UInt32) {
    guard vmGenerations.isCurrent(host, generation: generation) else { return }
    let now = sim.now
    detach(host)
    hosts[host].vm = .running
    hosts[host].gmondStart = now
    // pbs_mom reports on whole-second ticks of its phase class.
    let momStart = PeriodicClock.tick(atOrAfter: now, period: classWidth)
    hosts[host].momStart = momStart
    hosts[host].phaseClass = Int32(Int((momStart / classWidth).rounded()) % classCount)
    attach(host)
    if condor {
      startdStarted(host)
    } else if hosts[host].server == .absent {
      pendingRegistration.insert(host)
      scheduleJoinCron()
    } else {
      sim.schedule(.nodeHello(host: Int32(host), generation: generation), at: momStart)
    }
  }

  /// HTCondor: the startd sends its first ad; the collector lists the machine at once
  /// (it can be matched at the next negotiation cycle). Jobs still leased to this machine
  /// from before it died cannot reconnect to the fresh startd and are requeued now.
  func startdStarted(_ host: Int) {
    detach(host)
    hosts[host].server = .up
    hosts[host].suspended = false
    hosts[host].ghostCores = 0
    serverGenerations.bump(host)  // the old ad's expiry is void
    attach(host)
    settleGhostJobs(on: host, requeue: true)
    evaluateStartd(host)
  }
}
