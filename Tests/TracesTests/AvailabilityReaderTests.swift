import Foundation
import Testing
import Traces

@Suite("Availability trace readers")
struct AvailabilityReaderTests {
  /// An FTA event_trace fragment in the real file's layout: `#` header, values padded with spaces.
  static let fta = """
    # event_id component_id node_id platform_id node_name event_type event_start_time event_stop_time event_end_reason
        0\t    0\t    7\t    5\tG1/a\t         0\t   1000\t   1100\t       NULL
        1\t    0\t    7\t    5\tG1/a\t         1\t   1100\t   1400.5\t       NULL
        2\t    0\t    3\t    5\tG1/b\t         1\t   900\t   950\t       2
        3\t    0\t    7\t    5\tG1/a\t         0\t   1500\t   1500\t       NULL

    """

  static func ftaError(_ text: String) -> AvailabilityTraceError? {
    do {
      _ = try FTAEventTraceReader.parse(text, file: "t.tab")
      return nil
    } catch {
      return error
    }
  }

  static func csvError(_ text: String) -> AvailabilityTraceError? {
    do {
      _ = try AvailabilityCSVReader.parse(text, file: "t.csv")
      return nil
    } catch {
      return error
    }
  }

  static let line = "    9\t0\t1\t5\tn1\t1\t10\t20\tNULL"

  @Test("FTA: header skipped, padding trimmed, nodes in order of first appearance, fractional times")
  func ftaParses() throws {
    let trace = try FTAEventTraceReader.parse(Self.fta, file: "t.tab")
    #expect(trace.nodes.map(\.name) == ["G1/a", "G1/b"])
    #expect(trace.nodes.map(\.id) == [7, 3])
    #expect(trace.nodes[0].intervals == [
      AvailabilityInterval(start: 1000, end: 1100, state: .down),
      AvailabilityInterval(start: 1100, end: 1400.5, state: .up),
      AvailabilityInterval(start: 1500, end: 1500, state: .down),
    ])
    #expect(trace.nodes[1].intervals == [AvailabilityInterval(start: 900, end: 950, state: .up)])
    #expect(trace.origin == 900)
    #expect(trace.end == 1500)
    #expect(trace.intervalCount == 4)
  }

  @Test("FTA: CRLF line ends and a bare 'event_id' header are accepted; out-of-order lines are sorted")
  func ftaCRLFAndSorting() throws {
    let text = "event_id\tcomponent_id\tnode_id\tplatform_id\tnode_name\tevent_type\tevent_start_time\t"
      + "event_end_time\tevent_end_reason\r\n"
      + "1\t0\t1\t5\tn1\t1\t20\t30\tNULL\r\n"
      + "0\t0\t1\t5\tn1\t0\t10\t20\tNULL\r\n"
    let trace = try FTAEventTraceReader.parse(text, file: "t.tab")
    #expect(trace.nodes[0].intervals.map(\.start) == [10, 20])
    #expect(trace.nodes[0].intervals.map(\.state) == [.down, .up])
  }

  @Test("FTA: bad lines are reported with file:line and the problem")
  func ftaErrors() {
    let head = "# header\n"
    #expect(Self.ftaError(head + "0\t0\t1\t5\tn1\t1\t10\t20\n")?.description
            == "t.tab:2: expected 9 tab-separated columns, got 8")
    #expect(Self.ftaError(head + "0\t0\t1\t5\tn1\t1\tsoon\t20\tNULL\n")?.description
            == "t.tab:2: event_start_time 'soon' is not a finite number")
    #expect(Self.ftaError(Self.line + "\n0\t0\t1\t5\tn1\t0\t30\tnan\tNULL\n")?.description
            == "t.tab:2: event_end_time 'nan' is not a finite number")
    #expect(Self.ftaError(head + head + "0\t0\t1\t5\tn1\t1\t30\t20\tNULL\n")?.description
            == "t.tab:3: event_end_time 20 is before event_start_time 30")
    #expect(Self.ftaError(head + "0\t0\t1\t5\tn1\t2\t10\t20\tNULL\n")?.description
            == "t.tab:2: unknown event_type '2' (expected 0 = unavailable or 1 = available)")
    #expect(Self.ftaError(head + "0\t0\tx\t5\tn1\t1\t10\t20\tNULL\n")?.description
            == "t.tab:2: node_id 'x' is not an integer")
    #expect(Self.ftaError(head)?.description == "t.tab: the trace holds no intervals")
  }

  @Test("FTA: a node_id must keep one name and a name one node_id")
  func ftaNodeIdentity() {
    #expect(Self.ftaError(Self.line + "\n1\t0\t1\t5\tother\t0\t20\t30\tNULL\n")?.description
            == "t.tab:2: node_id 1 is named 'other' here but 'n1' on line 1")
    #expect(Self.ftaError(Self.line + "\n1\t0\t2\t5\tn1\t0\t20\t30\tNULL\n")?.description
            == "t.tab:2: node name 'n1' is used by node_id 2 here and by node_id 1 on line 1")
  }

  @Test("overlapping intervals of one node are an error naming the node and both lines")
  func overlap() {
    let text = Self.line + "\n1\t0\t2\t5\tn2\t1\t0\t100\tNULL\n2\t0\t1\t5\tn1\t0\t15\t25\tNULL\n"
    #expect(Self.ftaError(text)?.description
            == "t.tab:3: node 'n1': interval [15, 25) overlaps [10, 20) on line 1")
    // Out of file order: the interval sorted later is the one reported.
    let reversed = "1\t0\t1\t5\tn1\t0\t15\t25\tNULL\n" + Self.line + "\n"
    #expect(Self.ftaError(reversed)?.description
            == "t.tab:1: node 'n1': interval [15, 25) overlaps [10, 20) on line 2")
    // Touching intervals and a zero-length interval at the boundary are fine.
    #expect(Self.ftaError(Self.line + "\n1\t0\t1\t5\tn1\t0\t20\t20\tNULL\n2\t0\t1\t5\tn1\t1\t20\t30\tNULL\n") == nil)
  }

  @Test("a damaged compressed file is refused in words; a plain CSV is read")
  func damagedCompressedRefused() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("availability-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    // The xz magic and two bytes of a stream header: the data ends early.
    let xz = directory.appendingPathComponent("event_trace.tab").path
    try Data([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00, 0x00, 0x04]).write(to: URL(fileURLWithPath: xz))
    #expect(throws: AvailabilityTraceError(
      file: xz, line: nil, message: "cannot read the file: the xz data ends early: the file is truncated (8 bytes)")) {
      try FTAEventTraceReader.read(path: xz)
    }
    // The gzip magic, the deflate method, and nothing more.
    let gz = directory.appendingPathComponent("hosts.csv").path
    try Data([0x1F, 0x8B, 0x08, 0x00]).write(to: URL(fileURLWithPath: gz))
    #expect(throws: AvailabilityTraceError(
      file: gz, line: nil, message: "cannot read the file: the gzip data ends early: the file is truncated (4 bytes)")) {
      try AvailabilityCSVReader.read(path: gz)
    }
    let plain = directory.appendingPathComponent("hosts.csv").path
    try Data("host,start,end,state\npc1,0,10,up\n".utf8).write(to: URL(fileURLWithPath: plain))
    #expect(try AvailabilityTraceFormat.guess(path: plain).read(path: plain).nodes.map(\.name) == ["pc1"])
    let missing = directory.appendingPathComponent("missing.tab").path
    #expect(throws: AvailabilityTraceError.self) { try FTAEventTraceReader.read(path: missing) }
  }

  @Test("CSV: header, states up/down/1/0 in any case, comments and blank lines")
  func csvParses() throws {
    let text = """
      # lab 1
      Host, Start, End, State
      pc2,0,3600,up

      pc1,100.5,200,DOWN
      pc2,3600,7200,0
      pc1,200,300,1
      """
    let trace = try AvailabilityCSVReader.parse(text, file: "t.csv")
    #expect(trace.nodes.map(\.name) == ["pc2", "pc1"])
    #expect(trace.nodes.map(\.id) == [nil, nil])
    #expect(trace.nodes[0].intervals.map(\.state) == [.up, .down])
    #expect(trace.nodes[1].intervals == [
      AvailabilityInterval(start: 100.5, end: 200, state: .down),
      AvailabilityInterval(start: 200, end: 300, state: .up),
    ])
    #expect(trace.origin == 0 && trace.end == 7200)
  }

  @Test("CSV: missing header, bad column count, bad numbers, end < start and unknown states are reported")
  func csvErrors() {
    let head = "host,start,end,state\n"
    #expect(Self.csvError("pc1,0,10,up\n")?.description
            == "t.csv:1: expected the header 'host,start,end,state', got 'pc1,0,10,up'")
    #expect(Self.csvError("")?.description == "t.csv: missing the header 'host,start,end,state'")
    #expect(Self.csvError(head)?.description == "t.csv: the trace holds no intervals")
    #expect(Self.csvError(head + "pc1,0,10\n")?.description
            == "t.csv:2: expected 4 comma-separated columns (host,start,end,state), got 3")
    #expect(Self.csvError(head + "pc1,0,ten,up\n")?.description
            == "t.csv:2: end 'ten' is not a finite number of seconds")
    #expect(Self.csvError(head + "pc1,,10,up\n")?.description
            == "t.csv:2: start '' is not a finite number of seconds")
    #expect(Self.csvError(head + "pc1,0,10,up\npc1,20,15,down\n")?.description
            == "t.csv:3: end 15 is before start 20")
    #expect(Self.csvError(head + "pc1,0,10,maybe\n")?.description
            == "t.csv:2: unknown state 'maybe' (expected up, down, 1 or 0)")
    #expect(Self.csvError(head + ",0,10,up\n")?.description == "t.csv:2: host is empty")
    #expect(Self.csvError(head + "pc1,0,10,up\npc1,5,20,down\n")?.description
            == "t.csv:3: node 'pc1': interval [5, 20) overlaps [0, 10) on line 2")
  }

  @Test("format guess and parse dispatch")
  func formats() throws {
    #expect(AvailabilityTraceFormat.guess(path: "a/B.CSV") == .csv)
    #expect(AvailabilityTraceFormat.guess(path: "event_trace.tab") == .fta)
    #expect(try AvailabilityTraceFormat.fta.parse(Self.fta, file: "x").nodes.count == 2)
    #expect(try AvailabilityTraceFormat.csv.parse("host,start,end,state\na,0,1,up", file: "x").nodes.count == 1)
  }
}
