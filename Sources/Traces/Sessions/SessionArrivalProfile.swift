import Foundation
import Stochastics

/// The log-in rate of a session log for each hour of the week, in the form of the scenario's
/// `owners.arrivals.profile`: log-ins per PC per hour.
///
/// In the model a student who arrives at a PC that is taken goes away (docs/model.md §12), so
/// a log records only the arrivals that found their PC free. Each PC is then a Poisson process
/// observed only while free, and the maximum-likelihood rate of a slot (weekday d, hour h) is
/// the log-ins that began in it divided by the PC-hours in it during which the PC had no
/// session: rate = n(d, h) / free(d, h).
///
/// The observation window is whole days on the wall clock: from midnight of the first log-in's
/// day to midnight after the last log-in's day. Free time counts every PC (``hostCount``) in
/// every occurrence of the slot in the window, less the time covered by sessions (overlapping
/// sessions of one PC count once). A slot with no free time gets rate 0. Times the lab was
/// closed or a PC was off look free here: the scenario's rates count only while the lab is
/// open, so closed hours with no log-in come out as 0 either way.
package struct SessionArrivalProfile: Sendable, Equatable {
  /// Log-ins per PC per free hour, `rates[weekday][hour]`, weekday 0 = Monday.
  package let rates: [[Double]]
  /// The log-ins counted in each slot.
  package let counts: [[Int]]
  /// The free PC-hours of each slot.
  package let freeHours: [[Double]]
  /// The number of PCs: the one given, or the hosts in the log.
  package let hostCount: Int
  /// The hosts that appear in the log.
  package let hostsInLog: Int
  /// The number of days in the window.
  package let days: Int
  /// The first day of the window, in wall-clock seconds since 1970-01-01 (a midnight).
  package let windowStart: Double
  /// Sessions that began while another session of the same host was still running.
  package let overlapping: Int
  /// The log's file.
  package let source: String

  /// The profile of `log`, over `hostCount` PCs (default: the hosts in the log).
  package init(log: SessionLog, hostCount: Int? = nil) {
    source = log.source
    hostsInLog = log.hosts.count
    self.hostCount = max(hostCount ?? hostsInLog, 1)
    let firstStart = log.sessions.map(\.start).min() ?? 0
    let lastStart = log.sessions.map(\.start).max() ?? 0
    windowStart = (firstStart / 86_400).rounded(.down) * 86_400
    let windowEnd = ((lastStart / 86_400).rounded(.down) + 1) * 86_400
    days = Int(((windowEnd - windowStart) / 86_400).rounded())
    var counts = Array(repeating: Array(repeating: 0, count: 24), count: 7)
    var free = Array(repeating: Array(repeating: 0.0, count: 24), count: 7)
    // Every slot occurs once per day of its weekday in the window, for every PC.
    for day in 0..<days {
      let weekday = SessionTime.weekday(windowStart + Double(day) * 86_400)
      for hour in 0..<24 { free[weekday][hour] += Double(self.hostCount) }
    }
    for session in log.sessions {
      counts[SessionTime.weekday(session.start)][Self.hour(session.start)] += 1
    }
    // Subtract the busy time: the union of each host's sessions, cut to the window.
    var overlapping = 0
    for host in log.hosts {
      let intervals = log.sessions.filter { $0.host == host }.map { ($0.start, $0.end) }.sorted { $0 < $1 }
      var merged: [(Double, Double)] = []
      for interval in intervals {
        if let last = merged.last, interval.0 < last.1 {
          overlapping += 1
          merged[merged.count - 1].1 = max(last.1, interval.1)
        } else {
          merged.append(interval)
        }
      }
      for (start, end) in merged {
        var time = max(start, windowStart)
        let stop = min(end, windowEnd)
        while time < stop {
          let hourEnd = ((time / 3600).rounded(.down) + 1) * 3600
          let piece = min(stop, hourEnd) - time
          free[SessionTime.weekday(time)][Self.hour(time)] -= piece / 3600
          time = min(stop, hourEnd)
        }
      }
    }
    self.overlapping = overlapping
    self.counts = counts
    freeHours = free
    rates = zip(counts, free).map { dayCounts, dayFree in
      zip(dayCounts, dayFree).map { count, hours in hours > 1e-9 ? Double(count) / hours : 0 }
    }
  }

  /// The comment lines for the `owners` block: what was counted and how.
  package var notes: [String] {
    var notes = [
      "\(counts.joined().reduce(0, +)) log-ins on \(hostCount) PCs (\(hostsInLog) in the log), "
        + "\(days) days from \(Self.date(windowStart)) (\(Self.dayNames[SessionTime.weekday(windowStart)]))",
      "arrivals.profile: log-ins per PC per hour, each slot's log-ins / its PC-hours without a session",
      "(a student who finds the PC taken goes away, so taken time does not count); rates are per hour of",
      "the wall clock, Monday first; slots the log never saw (\(missingDays)) are 0",
    ]
    if overlapping > 0 {
      notes.append("\(overlapping) sessions began while their PC already had one; the busy time counts once")
    }
    return notes
  }

  /// A few lines for `trace-stats --sessions` without `--emit-scenario`.
  package func summary(lengths: LawSelection) -> String {
    var lines = [
      "\(source): \(counts.joined().reduce(0, +)) sessions on \(hostsInLog) hosts, \(days) days from "
        + "\(Self.date(windowStart)) (\(Self.dayNames[SessionTime.weekday(windowStart)]))",
      "",
    ]
    var rows: [[String]] = []
    for (weekday, name) in Self.dayNames.enumerated() {
      let logins = counts[weekday].reduce(0, +)
      let free = freeHours[weekday].reduce(0, +)
      let busiest = rates[weekday].indices.max { rates[weekday][$0] < rates[weekday][$1] } ?? 0
      rows.append([name, String(logins), String(format: "%.1f", free),
                   free > 0 ? String(format: "%.4f", Double(logins) / free) : "n/a",
                   logins > 0 ? String(format: "%02d:00 %.4f", busiest, rates[weekday][busiest]) : "-"])
    }
    lines.append(AvailabilityTable.render(
      header: ["day", "log-ins", "free PC-hours", "log-ins per free PC-hour", "busiest hour"], rows: rows))
    lines.append("")
    let mean = lengths.sorted.isEmpty ? Double.nan : lengths.sorted.reduce(0, +) / Double(lengths.sorted.count)
    var law = "none"
    if let best = lengths.best {
      law = "\(best.distribution.family) (AIC \(String(format: "%.2f", best.aic)), KS D "
        + "\(String(format: "%.4f", best.kolmogorovSmirnov.statistic)))"
    }
    lines.append("session length: mean \(String(format: "%.1f", mean / 60)) min; best law \(law)")
    lines.append("(harvestsim trace-stats --sessions \(source) --emit-scenario prints the owners block)")
    return lines.joined(separator: "\n") + "\n"
  }

  /// Monday first, as in `timetable.week`.
  package static let dayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

  /// The weekdays that never occur in the window, or "none".
  private var missingDays: String {
    let seen = Set((0..<min(days, 7)).map { SessionTime.weekday(windowStart + Double($0) * 86_400) })
    let missing = Self.dayNames.indices.filter { !seen.contains($0) }.map { Self.dayNames[$0] }
    return missing.isEmpty ? "none" : missing.joined(separator: ", ")
  }

  /// The hour of the day, 0–23, of a wall-clock time.
  private static func hour(_ wallClock: Double) -> Int {
    let seconds = wallClock - (wallClock / 86_400).rounded(.down) * 86_400
    return min(23, Int(seconds / 3600))
  }

  /// `YYYY-MM-DD` of a wall-clock midnight (Howard Hinnant's `civil_from_days`).
  static func date(_ wallClock: Double) -> String {
    let z = Int((wallClock / 86_400).rounded(.down)) + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return String(format: "%04d-%02d-%02d", year, month, day)
  }
}
