import Foundation
import Model
import Stochastics
import Traces

extension ScenarioSchema {
  /// `hosts`: at least one group, with names that differ.
  static var hostGroups: ValueKind<[HostGroup]> {
    ValueKind<[HostGroup]>.list(of: hostGroup.kind, typeName: "list of host groups", flow: false)
      .checked { groups, path, _, issues in
        if groups.isEmpty { issues.append(ValidationIssue(path: path, message: "must list at least one host group")) }
        for (index, group) in groups.enumerated() {
          guard let first = groups.firstIndex(where: { $0.name == group.name }), first < index else { continue }
          issues.append(ValidationIssue(
            path: KeyPath.join(KeyPath.join(path, index: index), "name"),
            message: "'\(group.name)' is already the name of \(KeyPath.join(path, index: first)); "
              + "group names key the random streams, so they must differ"))
        }
      }
  }

  /// `hosts[i]`: one group of identical PCs.
  static var hostGroup: MappingSchema<HostGroup> {
    MappingSchema(template: HostGroup(count: 0), keys: [
      .key("name", \.name, .string, .computed(doc: "`group-<i>`") { _, context in "group-\(context.itemIndex)" },
           doc: "Label; it also keys the group's random streams."),
      .key("count", \.count, .positiveInteger, .required, doc: "Number of PCs in the group."),
      .key("cores", \.cores, .positiveInteger.rule({ $0 <= HostGroup.maximumCores }) {
        "must be an integer from 1 to \(HostGroup.maximumCores), got \($0)"
      }, doc: "Cores each PC gives its VM."),
      .key("speed", \.speed, .positiveNumber, doc: "Speed relative to the reference machine that runtimes are quoted for."),
      .key("os", \.os, .string, doc: "The PCs' operating system (informational)."),
      .key("vm_profile", \.profile, vmProfile, doc: "The VM's speed relative to the bare PC, per subsystem."),
      .key("availability", \.availability, availability, adjusting: { group, context in context.hostCount = group.count },
           doc: "When the PCs are up: always, alternating up and down periods, or a replayed trace."),
      .key("power", \.power, hostPower.kind, doc: "Electrical power of each PC, in watts."),
    ], rules: [
      .at("availability.trace", { group, _ in
        guard case .trace(let schedule) = group.availability else { return true }
        return schedule.timelines.count == group.count
      }) { group, _ in
        guard case .trace(let schedule) = group.availability else { return "" }
        return "the trace gives \(schedule.timelines.count) timelines for \(group.count) hosts"
      },
    ])
  }

  /// `hosts[i].power: {idle, busy, off}` in watts.
  static var hostPower: MappingSchema<HostPower> {
    MappingSchema(template: HostPower(), keys: [
      .key("idle", \.idle, .number, doc: "Watts when on and idle."),
      .key("busy", \.busy, .number, doc: "Watts with every core busy."),
      .key("off", \.off, .number, doc: "Watts when off (standby)."),
    ], rules: [
      .at("", { power, _ in
        [power.idle, power.busy, power.off].allSatisfy { $0.isFinite && $0 >= 0 } && power.busy >= power.idle
      }) { _, _ in "watts must be 0 or more, with busy at least idle" },
    ], flow: true)
  }

  /// `hosts[i].vm_profile`: a built-in name, `{file: PATH}`, or an inline mapping.
  static var vmProfile: ValueKind<VMProfile> {
    .shapes("VM profile", scalar: { name, node, path in
      guard let profile = VMProfile.builtIn[name] else {
        let names = VMProfile.builtIn.keys.sorted()
        throw ScenarioError(
          location: node.location, path: path,
          message: "unknown VM profile '\(name)'; built-in profiles are \(names.joined(separator: ", ")), "
            + "or give {file: profiles/NAME.yaml} or an inline mapping",
          suggestion: Suggestion.closest(to: name, among: names))
      }
      return profile
    }, forms: [profileFile, inlineProfile.kind.form("inline")], select: { $0["file"] != nil ? 0 : 1 })
  }

  /// An inline VM profile, and the contents of a profile file.
  static var inlineProfile: MappingSchema<VMProfile> {
    let performance = ValueKind<Double>.number.named("number in (0, 1]").rule({ $0 > 0 && $0 <= 1 }) {
      "relative performance must be in (0, 1], got \($0)"
    }
    return MappingSchema(template: VMProfile(name: "custom", cpu: 1, memory: 1, disk: 1, network: 1, source: ""), keys: [
      .key("name", \.name, .string, doc: "Profile name."),
      .key("cpu", \.cpu, performance, .required, doc: "CPU-bound work: virtual speed ÷ native speed."),
      .key("memory", \.memory, performance, .required, doc: "Memory-bound work."),
      .key("disk", \.disk, performance, .required, doc: "Disk-bound work."),
      .key("network", \.network, performance, .required, doc: "Network-bound work."),
      .key("owner_impact", \.ownerImpact, .fraction.named("number in [0, 1]"),
           doc: "How much a busy VM slows the PC's student."),
      .key("source", \.source, .string, doc: "Where the numbers come from."),
    ], flow: true)
  }

  /// `vm_profile: {file: PATH}`: the profile file's mapping; its `name` defaults to the file's name.
  /// `describe` writes the profile inline.
  static var profileFile: ValueKind<VMProfile> {
    let reference = MappingSchema(template: ProfileFileReference(file: ""), keys: [
      .key("file", \.file, .filePath, .required, doc: "A profile file, relative to the scenario's folder."),
    ])
    return ValueKind(
      typeName: "mapping",
      read: { node, path, context in
        let file = try reference.read(node, path, context).file
        let url = URL(fileURLWithPath: file)
        let text = try ScenarioText.read(url, name: file, what: "VM profile file '\(file)'",
                                         location: node["file"]?.location ?? node.location, path: KeyPath.join(path, "file"))
        let tree = try ScenarioNode.parse(yaml: text) { .file(path: file, line: $0, column: $1) }
        var profile = try inlineProfile.read(tree, "", context)
        if tree["name"] == nil { profile.name = url.deletingPathExtension().lastPathComponent }
        return profile
      },
      write: { _, _ in nil },
      tables: { [KeyTable(form: "file", keys: reference.table.keys.map(\.inputOnly))] })
  }

  /// `hosts[i].availability`: `always`, `{up, down}` or `{trace, …}`.
  static var availability: ValueKind<Availability> {
    let alternatingForm = ValueKind<Availability>.mapped(
      alternating.kind, embed: { .alternating(up: $0.up, down: $0.down) },
      extract: { availability in
        guard case .alternating(let up, let down) = availability else { return nil }
        return AlternatingAvailability(up: up, down: down)
      })
    return .keywords(
      [("always", .always, true)], expected: "'always' or {up: DISTRIBUTION, down: DISTRIBUTION}",
      typeName: "`always`, a mapping with `up` and `down`, or a mapping with `trace`",
      forms: [availabilityTrace, alternatingForm.form("up and down")], select: { $0["trace"] != nil ? 0 : 1 })
  }

  /// `availability: {up, down}`.
  static var alternating: MappingSchema<AlternatingAvailability> {
    MappingSchema(template: AlternatingAvailability(up: .constant(0), down: .constant(0)), keys: [
      .key("up", \.up, .distribution(positiveMean: "up periods must have a positive mean"), .required,
           doc: "Length of an up period."),
      .key("down", \.down, .distribution(), .required, doc: "Length of a down period (a crash)."),
    ], flow: true)
  }

  /// `availability: {trace, format, gaps, mapping}`: the trace is read when the scenario is, and
  /// each host gets its timeline; `describe` writes the settings back, file path absolute.
  static var availabilityTrace: ValueKind<Availability> {
    let settings = availabilityTraceSettings
    return ValueKind(
      typeName: "mapping",
      read: { node, path, context in
        let chosen = try settings.read(node, path, context)
        let trace: AvailabilityTrace
        let schedules: [HostAvailabilitySchedule]
        do {
          trace = try chosen.format.read(path: chosen.file)
          // Each PC gets its own timeline: refuse before building more than memory holds.
          let intervals = Double(context.hostCount) * Double(trace.intervalCount) / Double(max(1, trace.nodes.count))
          guard intervals <= CostRules.maximumTraceIntervals else {
            throw ScenarioError(
              location: node.location, path: path,
              message: "replaying this trace on \(CostRules.approximate(Double(context.hostCount))) PCs means about "
                + "\(CostRules.approximate(intervals)) availability intervals; at most "
                + "\(CostRules.approximate(CostRules.maximumTraceIntervals)) are supported (fewer PCs, or a fitted "
                + "up/down distribution instead of the trace)")
          }
          schedules = try trace.hostSchedules(hostCount: context.hostCount, mapping: chosen.mapping, gaps: chosen.gaps)
        } catch let error as AvailabilityTraceError {
          throw ScenarioError(location: node["trace"]?.location ?? node.location, path: KeyPath.join(path, "trace"),
                              message: error.description)
        } catch let error as AvailabilityMappingError {
          throw ScenarioError(location: node.location, path: path, message: error.message)
        }
        let timelines = schedules.map { schedule in
          AvailabilitySchedule.Timeline(times: schedule.intervals.map(\.start), up: schedule.intervals.map { $0.state == .up })
        }
        let source = WrittenValue.mapping(settings.entries(chosen, placeholderConfig), flow: true).flowText
        return .trace(AvailabilitySchedule(source: source, duration: trace.end - trace.origin, timelines: timelines))
      },
      write: { availability, _ in
        guard case .trace(let schedule) = availability else { return nil }
        return WrittenValue(flowText: schedule.source)
      },
      check: { availability, path, _, issues in
        guard case .trace(let schedule) = availability, !(schedule.duration > 0) else { return }
        issues.append(ValidationIssue(path: KeyPath.join(path, "trace"), message: "the trace covers no time"))
      },
      tables: settings.kind.form("trace").tables)
  }

  /// The keys of a trace availability.
  static var availabilityTraceSettings: MappingSchema<AvailabilityTraceSettings> {
    MappingSchema(template: AvailabilityTraceSettings(file: "", format: .fta, gaps: .down, mapping: .inOrder), keys: [
      .key("trace", \.file, .filePath, .required, doc: "The trace file, relative to the scenario's folder."),
      .key("format", \.format, .choice, .computed(doc: "guessed from the file name") { settings, _ in
        AvailabilityTraceFormat.guess(path: settings.file)
      }, doc: "fta (Failure Trace Archive) or csv."),
      .key("gaps", \.gaps, .choice(among: [("down", .down), ("up", .up)]),
           doc: "The state of time a node's record does not cover."),
      .key("mapping", \.mapping, hostMapping, doc: "Which trace node each PC follows."),
    ], flow: true)
  }

  /// `in-order`, or `{NODE: [host indices]}`.
  static var hostMapping: ValueKind<AvailabilityHostMapping> {
    ValueKind(
      typeName: "`in-order`, or a mapping `{NODE: [host indices]}`",
      read: { node, path, _ in
        if try ValueReader.isKeyword(node, path, "in-order", orElse: "{NODE: [host indices]}") { return .inOrder }
        guard case .mapping(let entries) = node.content else {
          throw ScenarioError(location: node.location, path: path,
                              message: "expected in-order or a mapping {NODE: [host indices]}, got \(node.kindDescription)")
        }
        var map: [String: [Int]] = [:]
        for entry in entries {
          let entryPath = KeyPath.join(path, entry.key)
          map[entry.key] = try ValueReader.list(entry.value, entryPath).enumerated().map {
            try ValueReader.integer($1, KeyPath.join(entryPath, index: $0))
          }
        }
        return .explicit(map)
      },
      write: { mapping, _ in
        switch mapping {
        case .inOrder: return .scalar("in-order")
        case .explicit(let map):
          return .mapping(map.keys.sorted().map { node in
            (node, .list(map[node, default: []].map { .scalar(String($0)) }, flow: true))
          }, flow: true)
        }
      })
  }
}
