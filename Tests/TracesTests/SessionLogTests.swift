import Foundation
import Testing

@testable import Traces

@Suite("Session logs: reading and the arrival profile")
struct SessionLogTests {
  /// Five sessions, worked out by hand. 2024-03-04 is a Monday; 1709650800 is
  /// 2024-03-05T15:00:00Z. The window is 8 days, Monday 4 to Monday 11 March, so every Monday
  /// slot occurs twice and every other slot once.
  static let log = """
    host,start,end
    pc1,2024-03-04T09:00,2024-03-04T10:00
    pc2,2024-03-04T09:30,2024-03-04T09:45

    pc1,2024-03-05T14:10:00+01:00,2024-03-05T15:00:00+01:00
    pc2,1709650800,1709654400
    pc3,"2024-03-11 08:00:00","2024-03-11 08:30:00"

    """

  @Test("sessions, hosts and lengths")
  func sessions() throws {
    let log = try SessionLog.parse(Self.log, file: "log.csv")
    #expect(log.hosts == ["pc1", "pc2", "pc3"])
    #expect(log.sessions.map(\.duration) == [3600, 900, 3000, 3600, 1800])
    #expect(log.sessions.map(\.line) == [2, 3, 5, 6, 7])
  }

  @Test("rates are log-ins per free PC-hour, by weekday and hour of the wall clock")
  func profile() throws {
    let profile = SessionArrivalProfile(log: try SessionLog.parse(Self.log, file: "log.csv"))
    #expect(profile.days == 8 && profile.hostCount == 3)
    // Monday 09: 3 PCs × 2 Mondays = 6 PC-hours, less pc1's hour and pc2's quarter: 4.75; 2 log-ins.
    #expect(profile.counts[0][9] == 2)
    #expect(abs(profile.freeHours[0][9] - 4.75) < 1e-12)
    #expect(abs(profile.rates[0][9] - 2 / 4.75) < 1e-12)
    // Monday 08: pc3's half hour on the second Monday: 6 − 0.5 = 5.5; 1 log-in.
    #expect(abs(profile.rates[0][8] - 1 / 5.5) < 1e-12)
    // Tuesday 14 (the wall clock as written, +01:00): 3 − 50/60 free; 1 log-in.
    #expect(abs(profile.rates[1][14] - 1 / (3 - 50.0 / 60)) < 1e-12)
    // Tuesday 15: Unix seconds are UTC, 15:00-16:00: pc2 busy, so 2 free PC-hours; 1 log-in.
    #expect(abs(profile.rates[1][15] - 0.5) < 1e-12)
    // Every other slot: no log-in; its free time is untouched.
    #expect(profile.counts.joined().reduce(0, +) == 5)
    #expect(profile.rates[2][10] == 0 && profile.freeHours[2][10] == 3)
    #expect(profile.freeHours[0][0] == 6)
    // More PCs than the log shows: Monday 09 has 10 × 2 − 1.25 free PC-hours.
    let wider = SessionArrivalProfile(log: try SessionLog.parse(Self.log, file: "log.csv"), hostCount: 10)
    #expect(abs(wider.rates[0][9] - 2 / 18.75) < 1e-12)
  }

  @Test("overlapping sessions of one PC count their busy time once")
  func overlapping() throws {
    let text = "host,start,end\npc1,2024-03-04T09:00,2024-03-04T09:40\npc1,2024-03-04T09:20,2024-03-04T10:00\n"
    let profile = SessionArrivalProfile(log: try SessionLog.parse(text, file: "o.csv"))
    #expect(profile.overlapping == 1)
    #expect(abs(profile.freeHours[0][9]) < 1e-12)
    #expect(profile.rates[0][9] == 0)  // no free time: rate 0, not a division by zero
  }

  @Test("times: ISO 8601 with or without an offset, Unix seconds, and refusals")
  func times() throws {
    let monday = try #require(SessionTime("2024-03-04T09:15:30.5"))
    #expect(monday.wallClock == Double(19_786 * 86_400 + 9 * 3600 + 15 * 60) + 30.5)
    #expect(SessionTime.weekday(monday.wallClock) == 0)
    let eastern = try #require(SessionTime("2024-03-04T09:00-05:00"))
    #expect(eastern.instant - eastern.wallClock == 5 * 3600)
    #expect(try #require(SessionTime("2024-03-04T09:00Z")).instant == Double(19_786 * 86_400 + 9 * 3600))
    #expect(try #require(SessionTime("1709650800")).wallClock == 1_709_650_800)
    #expect(SessionTime("2024-02-29T00:00") != nil)
    for bad in ["2023-02-29T00:00", "2024-03-04", "2024-03-04T24:00", "2024-3-4T09:00", "09:00", "0x10",
                "2024-03-04T09:00+1"] {
      #expect(SessionTime(Substring(bad)) == nil, "\(bad)")
    }
    #expect(SessionArrivalProfile.date(Double(19_786 * 86_400)) == "2024-03-04")
  }

  @Test("errors name the file, line and column")
  func errors() {
    func error(_ text: String) -> String? {
      do {
        _ = try SessionLog.parse(text, file: "log.csv")
        return nil
      } catch {
        return error.description
      }
    }
    #expect(error("host,begin,end\n") == "log.csv:1: expected the header 'host,start,end', got 'host,begin,end'")
    #expect(error("host,start,end\npc1,yesterday,2024-03-04T10:00\n")
            == "log.csv:2:5: start 'yesterday' is not a time: write an ISO 8601 date and time "
            + "(2024-03-04T09:15:00, optionally with Z or an offset such as +01:00) or Unix seconds")
    #expect(error("host,start,end\npc1,2024-03-04T10:00,2024-03-04T09:00\n")
            == "log.csv:2:22: end '2024-03-04T09:00' is before start '2024-03-04T10:00'")
    #expect(error("host,start,end\npc1,100\n") == "log.csv:2: expected 3 columns (host,start,end), got 2")
    #expect(error("host,start,end\n,100,200\n") == "log.csv:2:1: host is empty")
    #expect(error("host,start,end\npc1,\"100,200\n")?.hasPrefix("log.csv:2:5: ") == true)
    #expect(error("host,start,end\n") == "log.csv: the log holds no session")
    #expect(error("") == "log.csv: missing the header 'host,start,end'")
  }

  @Test("a compressed log is read like the plain one")
  func compressed() throws {
    let path = CompressedInputTests.fixture("sessions.csv.gz")
    let log = try SessionLog.read(path: path)
    #expect(log.sessions == (try SessionLog.parse(Self.log, file: path)).sessions)
  }
}
