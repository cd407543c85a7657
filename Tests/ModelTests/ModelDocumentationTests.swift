import Foundation
import Testing
@testable import Model

/// docs/model.md §10 lists every state enum, event enum and interface enum of the model with
/// its cases, spelled as in the code: the case name and the labels of its associated values
/// (`_:` for a value without a label). These tests read those tables and compare them with
/// the enums.
///
/// Enums with associated values are not `CaseIterable`, so each enum has a mirror here: a
/// `CaseIterable` enum whose raw values are the documented spellings, made from a value of
/// the model's enum by an exhaustive `switch` (a case added to the model does not compile
/// until its mirror has it) and giving one sample value per case by another (a mirror case
/// needs its sample). The samples' spellings are also checked against what the runtime
/// prints for them, so a label misspelled here is caught too.
struct ModelDocumentationTests {
  @Test func stateTablesMatchTheCode() throws {
    let documented = try Self.table(headed: "state enum")
    var checked = [
      Self.check(PCStateCase.self, documented), Self.check(PCChangeCase.self, documented),
      Self.check(VMStateCase.self, documented), Self.check(GmondStateCase.self, documented),
      Self.check(CronStateCase.self, documented), Self.check(OwnerStateCase.self, documented),
      Self.check(KeyboardStateCase.self, documented), Self.check(JobStateCase.self, documented),
      Self.check(TorqueNodeStateCase.self, documented), Self.check(MomStateCase.self, documented),
      Self.check(RestartStateCase.self, documented), Self.check(CondorAdStateCase.self, documented),
      Self.check(StartdStateCase.self, documented), Self.check(SlurmNodeStateCase.self, documented),
      Self.check(SlurmDownReasonCase.self, documented), Self.check(SlurmdStateCase.self, documented),
      Self.check(SlurmctldStateCase.self, documented),
    ]
    checked.append(Self.checkDownReasons(documented))
    #expect(Set(documented.keys) == Set(checked), "docs/model.md documents state enums the test does not know")
  }

  @Test func eventTablesMatchTheCode() throws {
    let documented = try Self.table(headed: "event enum")
    let checked = [
      Self.check(LabEventCase.self, documented), Self.check(PCEventCase.self, documented),
      Self.check(VMEventCase.self, documented), Self.check(RegistrationEventCase.self, documented),
      Self.check(OwnerEventCase.self, documented), Self.check(WorkloadEventCase.self, documented),
      Self.check(ExecutionEventCase.self, documented), Self.check(TorqueEventCase.self, documented),
      Self.check(CondorEventCase.self, documented), Self.check(SlurmEventCase.self, documented),
    ]
    #expect(Set(documented.keys) == Set(checked), "docs/model.md documents event enums the test does not know")
  }

  @Test func interfaceTablesMatchTheCode() throws {
    let documented = try Self.table(headed: "interface enum")
    let checked = [
      Self.check(BatchActionCase.self, documented), Self.check(OwnerChangeCase.self, documented),
      Self.check(LossCauseCase.self, documented),
    ]
    #expect(Set(documented.keys) == Set(checked), "docs/model.md documents interface enums the test does not know")
  }

  /// Every event the text names as `.part(.case(labels:))` is a documented case of that part's events.
  @Test func eventsNamedInTheTextExist() throws {
    let events = try Self.table(headed: "event enum")
    let parts = ["pc": ["PCEvent"], "vm": ["VMEvent"], "registration": ["RegistrationEvent"],
                 "owner": ["OwnerEvent"], "workload": ["WorkloadEvent"], "execution": ["ExecutionEvent"],
                 "batch": ["TorqueEvent", "CondorEvent", "SlurmEvent"]]
    let text = try Self.modelDoc()
    let pattern = try NSRegularExpression(pattern: #"`\.([a-z]+)\(\.([A-Za-z]+(?:\([A-Za-z_:]*\))?)\)`"#)
    let matches = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
    #expect(matches.count > 50)
    for match in matches {
      let part = String(text[Range(match.range(at: 1), in: text)!])
      let event = String(text[Range(match.range(at: 2), in: text)!])
      #expect(events["LabEvent"]?.contains { $0.hasPrefix(part + "(") } == true, "no part `\(part)` in LabEvent")
      let known = (parts[part] ?? []).contains { events[$0]?.contains(event) == true }
      #expect(known, "docs/model.md names `.\(part)(.\(event))`, which is no documented event")
    }
  }

  // MARK: - Reading docs/model.md

  static func modelDoc() throws -> String {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    return try String(contentsOf: root.appendingPathComponent("docs/model.md"), encoding: .utf8)
  }

  /// The markdown table whose header row starts with `| HEADER | cases |`: each row's enum name
  /// (first column) and case spellings (second column, comma-separated, in backticks).
  static func table(headed header: String) throws -> [String: [String]] {
    let lines = try modelDoc().components(separatedBy: "\n")
    let cells = { (line: String) -> [String] in
      line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
        .map { $0.trimmingCharacters(in: .whitespaces) }
    }
    let headers = lines.indices.filter { lines[$0].hasPrefix("|") && cells(lines[$0]).prefix(2) == [header, "cases"] }
    try #require(headers.count == 1, "docs/model.md needs exactly one table headed `| \(header) | cases |`")
    var table: [String: [String]] = [:]
    for line in lines[(headers[0] + 2)...] {
      guard line.hasPrefix("|") else { break }
      let row = cells(line)
      let name = row[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
      #expect(table[name] == nil, "\(name) is documented twice")
      table[name] = row[1].split(separator: ",").map {
        $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "`"))
      }
    }
    return table
  }

  // MARK: - Comparing

  /// Compares the documented cases of `Cases.Value` with the mirror's, in order, and checks that
  /// each sample is of its own case and prints as spelled. Returns the enum's name.
  static func check<Cases: DocumentedCases>(_ mirror: Cases.Type, _ documented: [String: [String]]) -> String {
    let name = String(String(describing: Cases.Value.self).prefix { $0 != "<" })
    let spellings = Cases.allCases.map(\.rawValue)
    #expect(documented[name] == spellings, "docs/model.md lists \(name) as \(documented[name] ?? []), the code has \(spellings)")
    for spelling in Cases.allCases {
      #expect(Cases(spelling.sample) == spelling, "\(name): the sample of \(spelling.rawValue) is of another case")
      #expect(runtimeSpelling(of: spelling.sample) == spelling.rawValue,
              "\(name): \(spelling.rawValue) prints as \(runtimeSpelling(of: spelling.sample))")
    }
    return name
  }

  /// `PCDownReasons` is an option set: its documented options, distinct single bits.
  static func checkDownReasons(_ documented: [String: [String]]) -> String {
    let options = PCDownReasonsOption.allCases
    #expect(documented["PCDownReasons"] == options.map(\.rawValue))
    for option in options {
      #expect(option.value.rawValue.nonzeroBitCount == 1, "\(option.rawValue) is not one bit")
      #expect(options.filter { $0.value == option.value }.count == 1, "\(option.rawValue) is not distinct")
    }
    return "PCDownReasons"
  }

  /// A case's name and labels as the runtime prints the value: `running(since: 3.0)` gives
  /// `running(since:)`, `down(Model.PCDownReasons(rawValue: 1))` gives `down(_:)`, `off` gives `off`.
  static func runtimeSpelling(of value: Any) -> String {
    let text = String(describing: value)
    guard let open = text.firstIndex(of: "("), text.last == ")" else { return text }
    var labels: [String] = []
    var depth = 0
    var item = ""
    for character in text[text.index(after: open)...].dropLast() {
      switch character {
      case "(", "[": depth += 1
      case ")", "]": depth -= 1
      case "," where depth == 0:
        labels.append(label(of: item))
        item = ""
        continue
      default: break
      }
      item.append(character)
    }
    labels.append(label(of: item))
    return String(text[..<open]) + "(" + labels.map { $0 + ":" }.joined() + ")"
  }

  /// `since: 3.0` gives `since`; `Model.PCDownReasons(rawValue: 1)` (no label of its own) gives `_`.
  static func label(of item: String) -> String {
    let trimmed = item.trimmingCharacters(in: .whitespaces)
    guard let colon = trimmed.range(of: ": ") else { return "_" }
    let label = trimmed[..<colon.lowerBound]
    return label.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) ? String(label) : "_"
  }
}

/// A mirror of one of the model's enums: its cases spelled as in docs/model.md.
protocol DocumentedCases: CaseIterable, RawRepresentable, Equatable where RawValue == String, AllCases == [Self] {
  associatedtype Value
  /// The case of `value` (an exhaustive switch).
  init(_ value: Value)
  /// A value of this case (an exhaustive switch).
  var sample: Value { get }
}

// MARK: - State enums

enum PCStateCase: String, DocumentedCases {
  case up = "up(since:)", down = "down(_:)"
  init(_ value: PCState) {
    switch value {
    case .up(since: _): self = .up
    case .down: self = .down
    }
  }
  var sample: PCState {
    switch self {
    case .up: .up(since: 1)
    case .down: .down([.crashed])
    }
  }
}

/// `PCDownReasons` is an option set, not an enum: its options cannot be enumerated, so a new
/// option is not caught at compile time; add it here and in docs/model.md.
enum PCDownReasonsOption: String, CaseIterable {
  case switchedOff, crashed, rebooting, suspendedByBatch
  var value: PCDownReasons {
    switch self {
    case .suspendedByBatch: .suspendedByBatch
    case .switchedOff: .switchedOff
    case .crashed: .crashed
    case .rebooting: .rebooting
    }
  }
}

enum PCChangeCase: String, DocumentedCases {
  case none, cameUp, wentDown = "wentDown(_:)"
  init(_ value: PCChange) {
    switch value {
    case .none: self = .none
    case .cameUp: self = .cameUp
    case .wentDown: self = .wentDown
    }
  }
  var sample: PCChange {
    switch self {
    case .none: PCChange.none
    case .cameUp: .cameUp
    case .wentDown: .wentDown(.crash)
    }
  }
}

enum VMStateCase: String, DocumentedCases {
  case off, booting = "booting(life:)", configuring = "configuring(life:)", running = "running(since:)"
  init(_ value: VMState) {
    switch value {
    case .off: self = .off
    case .booting(life: _): self = .booting
    case .configuring(life: _): self = .configuring
    case .running(since: _): self = .running
    }
  }
  var sample: VMState {
    switch self {
    case .off: .off
    case .booting: .booting(life: 1)
    case .configuring: .configuring(life: 1)
    case .running: .running(since: 1)
    }
  }
}

enum GmondStateCase: String, DocumentedCases {
  case beating = "beating(since:)", silent = "silent(startedAt:lastHeartbeat:)"
  init(_ value: GmondState) {
    switch value {
    case .beating(since: _): self = .beating
    case .silent(startedAt: _, lastHeartbeat: _): self = .silent
    }
  }
  var sample: GmondState {
    switch self {
    case .beating: .beating(since: 1)
    case .silent: .silent(startedAt: 1, lastHeartbeat: 2)
    }
  }
}

enum CronStateCase: String, DocumentedCases {
  case idle, scheduled = "scheduled(at:)"
  init(_ value: CronState) {
    switch value {
    case .idle: self = .idle
    case .scheduled(at: _): self = .scheduled
    }
  }
  var sample: CronState {
    switch self {
    case .idle: .idle
    case .scheduled: .scheduled(at: 60)
    }
  }
}

enum OwnerStateCase: String, DocumentedCases {
  case away = "away(keyboardIdleSince:)", present = "present(since:load:keyboard:)"
  init(_ value: OwnerState) {
    switch value {
    case .away(keyboardIdleSince: _): self = .away
    case .present(since: _, load: _, keyboard: _): self = .present
    }
  }
  var sample: OwnerState {
    switch self {
    case .away: .away(keyboardIdleSince: -.infinity)
    case .present: .present(since: 1, load: 0.5, keyboard: .idle(since: 2))
    }
  }
}

enum KeyboardStateCase: String, DocumentedCases {
  case typing, idle = "idle(since:)"
  init(_ value: KeyboardState) {
    switch value {
    case .typing: self = .typing
    case .idle(since: _): self = .idle
    }
  }
  var sample: KeyboardState {
    switch self {
    case .typing: .typing
    case .idle: .idle(since: 1)
    }
  }
}

enum JobStateCase: String, DocumentedCases {
  case free, queued, running = "running(on:)", awaitingResubmission, awaitingRequeue
  init(_ value: JobState) {
    switch value {
    case .free: self = .free
    case .queued: self = .queued
    case .running(on: _): self = .running
    case .awaitingResubmission: self = .awaitingResubmission
    case .awaitingRequeue: self = .awaitingRequeue
    }
  }
  var sample: JobState {
    switch self {
    case .free: .free
    case .queued: .queued
    case .running: .running(on: 3)
    case .awaitingResubmission: .awaitingResubmission
    case .awaitingRequeue: .awaitingRequeue
    }
  }
}

enum TorqueNodeStateCase: String, DocumentedCases {
  case absent, awaitingReport, up, markedDown
  init(_ value: TorqueNodeState) {
    switch value {
    case .absent: self = .absent
    case .awaitingReport: self = .awaitingReport
    case .up: self = .up
    case .markedDown: self = .markedDown
    }
  }
  var sample: TorqueNodeState {
    switch self {
    case .absent: .absent
    case .awaitingReport: .awaitingReport
    case .up: .up
    case .markedDown: .markedDown
    }
  }
}

enum MomStateCase: String, DocumentedCases {
  case dead = "dead(lastStatus:)", alive = "alive(firstStatus:life:)"
  init(_ value: MomState) {
    switch value {
    case .dead(lastStatus: _): self = .dead
    case .alive(firstStatus: _, life: _): self = .alive
    }
  }
  var sample: MomState {
    switch self {
    case .dead: .dead(lastStatus: 115)
    case .alive: .alive(firstStatus: 70, life: 1)
    }
  }
}

enum RestartStateCase: String, DocumentedCases {
  case running = "running(epoch:)", restarting = "restarting(epoch:)"
  init(_ value: RestartState) {
    switch value {
    case .running(epoch: _): self = .running
    case .restarting(epoch: _): self = .restarting
    }
  }
  var sample: RestartState {
    switch self {
    case .running: .running(epoch: 0)
    case .restarting: .restarting(epoch: 1)
    }
  }
}

enum CondorAdStateCase: String, DocumentedCases {
  case absent, listed
  init(_ value: CondorAdState) {
    switch value {
    case .absent: self = .absent
    case .listed: self = .listed
    }
  }
  var sample: CondorAdState {
    switch self {
    case .absent: .absent
    case .listed: .listed
    }
  }
}

enum StartdStateCase: String, DocumentedCases {
  case dead, running = "running(since:)"
  init(_ value: StartdState) {
    switch value {
    case .dead: self = .dead
    case .running(since: _): self = .running
    }
  }
  var sample: StartdState {
    switch self {
    case .dead: .dead
    case .running: .running(since: 70)
    }
  }
}

enum SlurmNodeStateCase: String, DocumentedCases {
  case absent, unknown, up, down = "down(_:)", poweringDown, poweredDown, poweringUp
  init(_ value: SlurmNodeState) {
    switch value {
    case .absent: self = .absent
    case .unknown: self = .unknown
    case .up: self = .up
    case .down: self = .down
    case .poweringDown: self = .poweringDown
    case .poweredDown: self = .poweredDown
    case .poweringUp: self = .poweringUp
    }
  }
  var sample: SlurmNodeState {
    switch self {
    case .absent: .absent
    case .unknown: .unknown
    case .up: .up
    case .down: .down(.notResponding)
    case .poweringDown: .poweringDown
    case .poweredDown: .poweredDown
    case .poweringUp: .poweringUp
    }
  }
}

enum SlurmDownReasonCase: String, DocumentedCases {
  case notResponding, unexpectedReboot, resumeTimeout
  init(_ value: SlurmDownReason) {
    switch value {
    case .notResponding: self = .notResponding
    case .unexpectedReboot: self = .unexpectedReboot
    case .resumeTimeout: self = .resumeTimeout
    }
  }
  var sample: SlurmDownReason {
    switch self {
    case .notResponding: .notResponding
    case .unexpectedReboot: .unexpectedReboot
    case .resumeTimeout: .resumeTimeout
    }
  }
}

enum SlurmdStateCase: String, DocumentedCases {
  case dead, starting = "starting(since:)", registered = "registered(at:)"
  init(_ value: SlurmdState) {
    switch value {
    case .dead: self = .dead
    case .starting(since: _): self = .starting
    case .registered(at: _): self = .registered
    }
  }
  var sample: SlurmdState {
    switch self {
    case .dead: .dead
    case .starting: .starting(since: 60)
    case .registered: .registered(at: 60)
    }
  }
}

enum SlurmctldStateCase: String, DocumentedCases {
  case running = "running(epoch:)", restarting = "restarting(epoch:)"
  init(_ value: SlurmctldState) {
    switch value {
    case .running(epoch: _): self = .running
    case .restarting(epoch: _): self = .restarting
    }
  }
  var sample: SlurmctldState {
    switch self {
    case .running: .running(epoch: 0)
    case .restarting: .restarting(epoch: 1)
    }
  }
}

// MARK: - Event enums

enum LabEventCase: String, DocumentedCases {
  case pc = "pc(_:)", vm = "vm(_:)", registration = "registration(_:)", owner = "owner(_:)",
    workload = "workload(_:)", execution = "execution(_:)", batch = "batch(_:)", sample
  init(_ value: LabEvent<TorqueEvent>) {
    switch value {
    case .pc: self = .pc
    case .vm: self = .vm
    case .registration: self = .registration
    case .owner: self = .owner
    case .workload: self = .workload
    case .execution: self = .execution
    case .batch: self = .batch
    case .sample: self = .sample
    }
  }
  var sample: LabEvent<TorqueEvent> {
    switch self {
    case .pc: .pc(.labWakes)
    case .vm: .vm(.booted(pc: 0, life: 1))
    case .registration: .registration(.joinCron)
    case .owner: .owner(.arrives(pc: 0))
    case .workload: .workload(.arrival)
    case .execution: .execution(.ends(slot: 0, generation: 1))
    case .batch: .batch(.schedulerIteration)
    case .sample: .sample
    }
  }
}

enum PCEventCase: String, DocumentedCases {
  case starts = "starts(pc:)", crashBegins = "crashBegins(pc:)", crashEnds = "crashEnds(pc:)",
    traceChanges = "traceChanges(pc:)", rebootEnds = "rebootEnds(pc:)", labChanges, labWakes,
    batchPowers = "batchPowers(pc:on:)"
  init(_ value: PCEvent) {
    switch value {
    case .starts(pc: _): self = .starts
    case .crashBegins(pc: _): self = .crashBegins
    case .crashEnds(pc: _): self = .crashEnds
    case .traceChanges(pc: _): self = .traceChanges
    case .rebootEnds(pc: _): self = .rebootEnds
    case .labChanges: self = .labChanges
    case .labWakes: self = .labWakes
    case .batchPowers(pc: _, on: _): self = .batchPowers
    }
  }
  var sample: PCEvent {
    switch self {
    case .starts: .starts(pc: 0)
    case .crashBegins: .crashBegins(pc: 0)
    case .crashEnds: .crashEnds(pc: 0)
    case .traceChanges: .traceChanges(pc: 0)
    case .rebootEnds: .rebootEnds(pc: 0)
    case .labChanges: .labChanges
    case .labWakes: .labWakes
    case .batchPowers: .batchPowers(pc: 0, on: false)
    }
  }
}

enum VMEventCase: String, DocumentedCases {
  case booted = "booted(pc:life:)", configured = "configured(pc:life:)"
  init(_ value: VMEvent) {
    switch value {
    case .booted(pc: _, life: _): self = .booted
    case .configured(pc: _, life: _): self = .configured
    }
  }
  var sample: VMEvent {
    switch self {
    case .booted: .booted(pc: 0, life: 1)
    case .configured: .configured(pc: 0, life: 1)
    }
  }
}

enum RegistrationEventCase: String, DocumentedCases {
  case joinCron, cleanupCron
  init(_ value: RegistrationEvent) {
    switch value {
    case .joinCron: self = .joinCron
    case .cleanupCron: self = .cleanupCron
    }
  }
  var sample: RegistrationEvent {
    switch self {
    case .joinCron: .joinCron
    case .cleanupCron: .cleanupCron
    }
  }
}

enum OwnerEventCase: String, DocumentedCases {
  case arrives = "arrives(pc:)", classBegins = "classBegins(block:day:)", sessionEnds = "sessionEnds(pc:session:)",
    keyboardToggles = "keyboardToggles(pc:session:)"
  init(_ value: OwnerEvent) {
    switch value {
    case .arrives(pc: _): self = .arrives
    case .classBegins(block: _, day: _): self = .classBegins
    case .sessionEnds(pc: _, session: _): self = .sessionEnds
    case .keyboardToggles(pc: _, session: _): self = .keyboardToggles
    }
  }
  var sample: OwnerEvent {
    switch self {
    case .arrives: .arrives(pc: 0)
    case .classBegins: .classBegins(block: 0, day: 1)
    case .sessionEnds: .sessionEnds(pc: 0, session: 1)
    case .keyboardToggles: .keyboardToggles(pc: 0, session: 1)
    }
  }
}

enum WorkloadEventCase: String, DocumentedCases {
  case arrival, resubmitted = "resubmitted(slot:)"
  init(_ value: WorkloadEvent) {
    switch value {
    case .arrival: self = .arrival
    case .resubmitted(slot: _): self = .resubmitted
    }
  }
  var sample: WorkloadEvent {
    switch self {
    case .arrival: .arrival
    case .resubmitted: .resubmitted(slot: 0)
    }
  }
}

enum ExecutionEventCase: String, DocumentedCases {
  case ends = "ends(slot:generation:)"
  init(_ value: ExecutionEvent) {
    switch value {
    case .ends(slot: _, generation: _): self = .ends
    }
  }
  var sample: ExecutionEvent {
    switch self {
    case .ends: .ends(slot: 0, generation: 1)
    }
  }
}

enum TorqueEventCase: String, DocumentedCases {
  case momReports = "momReports(pc:life:)", checkMarksDown = "checkMarksDown(pc:generation:)",
    restartEnds = "restartEnds(epoch:)", phaseClassReports = "phaseClassReports(phaseClass:epoch:)", schedulerIteration,
    momDisownsJobs = "momDisownsJobs(pc:life:)", operatorPurges = "operatorPurges(pc:)"
  init(_ value: TorqueEvent) {
    switch value {
    case .momReports(pc: _, life: _): self = .momReports
    case .checkMarksDown(pc: _, generation: _): self = .checkMarksDown
    case .restartEnds(epoch: _): self = .restartEnds
    case .phaseClassReports(phaseClass: _, epoch: _): self = .phaseClassReports
    case .schedulerIteration: self = .schedulerIteration
    case .momDisownsJobs(pc: _, life: _): self = .momDisownsJobs
    case .operatorPurges(pc: _): self = .operatorPurges
    }
  }
  var sample: TorqueEvent {
    switch self {
    case .momReports: .momReports(pc: 0, life: 1)
    case .checkMarksDown: .checkMarksDown(pc: 0, generation: 1)
    case .restartEnds: .restartEnds(epoch: 1)
    case .phaseClassReports: .phaseClassReports(phaseClass: 25, epoch: 1)
    case .schedulerIteration: .schedulerIteration
    case .momDisownsJobs: .momDisownsJobs(pc: 0, life: 1)
    case .operatorPurges: .operatorPurges(pc: 0)
    }
  }
}

enum CondorEventCase: String, DocumentedCases {
  case negotiationCycle, adExpires = "adExpires(pc:generation:)", leaseExpires = "leaseExpires(slot:generation:)",
    startdEvaluates = "startdEvaluates(pc:generation:)", preemptDue = "preemptDue(pc:generation:)",
    checkpointDue = "checkpointDue(slot:generation:)"
  init(_ value: CondorEvent) {
    switch value {
    case .negotiationCycle: self = .negotiationCycle
    case .adExpires(pc: _, generation: _): self = .adExpires
    case .leaseExpires(slot: _, generation: _): self = .leaseExpires
    case .startdEvaluates(pc: _, generation: _): self = .startdEvaluates
    case .preemptDue(pc: _, generation: _): self = .preemptDue
    case .checkpointDue(slot: _, generation: _): self = .checkpointDue
    }
  }
  var sample: CondorEvent {
    switch self {
    case .negotiationCycle: .negotiationCycle
    case .adExpires: .adExpires(pc: 0, generation: 1)
    case .leaseExpires: .leaseExpires(slot: 0, generation: 1)
    case .startdEvaluates: .startdEvaluates(pc: 0, generation: 1)
    case .preemptDue: .preemptDue(pc: 0, generation: 1)
    case .checkpointDue: .checkpointDue(slot: 0, generation: 1)
    }
  }
}

enum SlurmEventCase: String, DocumentedCases {
  case mainScheduler, backfill, notResponding = "notResponding(pc:generation:)", restartEnds = "restartEnds(epoch:)",
    suspendDue = "suspendDue(pc:generation:)", suspendDone = "suspendDone(pc:generation:)",
    resumeTimeout = "resumeTimeout(pc:generation:)"
  init(_ value: SlurmEvent) {
    switch value {
    case .mainScheduler: self = .mainScheduler
    case .backfill: self = .backfill
    case .notResponding(pc: _, generation: _): self = .notResponding
    case .restartEnds(epoch: _): self = .restartEnds
    case .suspendDue(pc: _, generation: _): self = .suspendDue
    case .suspendDone(pc: _, generation: _): self = .suspendDone
    case .resumeTimeout(pc: _, generation: _): self = .resumeTimeout
    }
  }
  var sample: SlurmEvent {
    switch self {
    case .mainScheduler: .mainScheduler
    case .backfill: .backfill
    case .notResponding: .notResponding(pc: 0, generation: 1)
    case .restartEnds: .restartEnds(epoch: 1)
    case .suspendDue: .suspendDue(pc: 0, generation: 1)
    case .suspendDone: .suspendDone(pc: 0, generation: 1)
    case .resumeTimeout: .resumeTimeout(pc: 0, generation: 1)
    }
  }
}

// MARK: - Interface enums

enum BatchActionCase: String, DocumentedCases {
  case schedule = "schedule(_:at:)", scheduleInSeries = "scheduleInSeries(_:at:)", start = "start(slot:pc:delay:)", vacate = "vacate(slot:checkpointCost:)",
    checkpoint = "checkpoint(slot:cost:)", handToUser = "handToUser(slot:)", holdForRequeue = "holdForRequeue(slot:)",
    requeued = "requeued(slot:)", giveUp = "giveUp(slot:)", nodeUsable = "nodeUsable(pc:)",
    nodeDetectedDown = "nodeDetectedDown(pc:)", dispatchFailed, restartBegan, register = "register(pc:)", cleanUp,
    refresh = "refresh(pc:)", powerDown = "powerDown(pc:)", powerUp = "powerUp(pc:)"
  init(_ value: BatchAction<TorqueEvent>) {
    switch value {
    case .schedule(_, at: _): self = .schedule
    case .scheduleInSeries(_, at: _): self = .scheduleInSeries
    case .start(slot: _, pc: _, delay: _): self = .start
    case .vacate(slot: _, checkpointCost: _): self = .vacate
    case .checkpoint(slot: _, cost: _): self = .checkpoint
    case .handToUser(slot: _): self = .handToUser
    case .holdForRequeue(slot: _): self = .holdForRequeue
    case .requeued(slot: _): self = .requeued
    case .giveUp(slot: _): self = .giveUp
    case .nodeUsable(pc: _): self = .nodeUsable
    case .nodeDetectedDown(pc: _): self = .nodeDetectedDown
    case .dispatchFailed: self = .dispatchFailed
    case .restartBegan: self = .restartBegan
    case .register(pc: _): self = .register
    case .cleanUp: self = .cleanUp
    case .refresh(pc: _): self = .refresh
    case .powerDown(pc: _): self = .powerDown
    case .powerUp(pc: _): self = .powerUp
    }
  }
  var sample: BatchAction<TorqueEvent> {
    switch self {
    case .schedule: .schedule(.schedulerIteration, at: 600)
    case .scheduleInSeries: .scheduleInSeries(.phaseClassReports(phaseClass: 0, epoch: 1), at: 600)
    case .start: .start(slot: 0, pc: 1, delay: 0)
    case .vacate: .vacate(slot: 0, checkpointCost: 10)
    case .checkpoint: .checkpoint(slot: 0, cost: 10)
    case .handToUser: .handToUser(slot: 0)
    case .holdForRequeue: .holdForRequeue(slot: 0)
    case .requeued: .requeued(slot: 0)
    case .giveUp: .giveUp(slot: 0)
    case .nodeUsable: .nodeUsable(pc: 1)
    case .nodeDetectedDown: .nodeDetectedDown(pc: 1)
    case .dispatchFailed: .dispatchFailed
    case .restartBegan: .restartBegan
    case .register: .register(pc: 1)
    case .cleanUp: .cleanUp
    case .refresh: .refresh(pc: 1)
    case .powerDown: .powerDown(pc: 1)
    case .powerUp: .powerUp(pc: 1)
    }
  }
}

enum OwnerChangeCase: String, DocumentedCases {
  case session, keyboard
  init(_ value: OwnerChange) {
    switch value {
    case .session: self = .session
    case .keyboard: self = .keyboard
    }
  }
  var sample: OwnerChange {
    switch self {
    case .session: .session
    case .keyboard: .keyboard
    }
  }
}

enum LossCauseCase: String, DocumentedCases {
  case crash, shutdown, reboot, eviction
  init(_ value: LossCause) {
    switch value {
    case .crash: self = .crash
    case .shutdown: self = .shutdown
    case .reboot: self = .reboot
    case .eviction: self = .eviction
    }
  }
  var sample: LossCause {
    switch self {
    case .crash: .crash
    case .shutdown: .shutdown
    case .reboot: .reboot
    case .eviction: .eviction
    }
  }
}
