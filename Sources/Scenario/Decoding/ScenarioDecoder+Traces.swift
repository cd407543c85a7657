import Foundation
import Model
import Traces

extension ScenarioDecoder {
  /// `availability: {trace: FILE, format: fta|csv, mapping: in-order | {NODE: [hosts]}, gaps: down|up}`:
  /// the group's hosts replay the trace's nodes (see docs/model.md).
  func traceAvailability(_ node: ScenarioNode, _ path: String, hosts: Int) throws -> Availability {
    let reader = try MappingReader(node, path: path, keys: ["trace", "format", "mapping", "gaps"])
    let fileNode = try reader.require("trace")
    let relative = try ValueReader.string(fileNode, reader.path("trace"))
    let url = URL(fileURLWithPath: relative, relativeTo: baseDirectory.hasDirectoryPath
      ? baseDirectory : baseDirectory.appendingPathComponent("", isDirectory: true)).standardizedFileURL
    let format = try reader.value("format", default: AvailabilityTraceFormat.guess(path: url.path)) { node, path in
      AvailabilityTraceFormat(rawValue: try ValueReader.choiceText(node, path, among: AvailabilityTraceFormat.allCases.map(\.rawValue)))!
    }
    let gaps = try reader.value("gaps", default: AvailabilityState.down) { node, path in
      AvailabilityState(rawValue: try ValueReader.choiceText(node, path, among: ["down", "up"]))!
    }
    let mapping = try reader.value("mapping", default: AvailabilityHostMapping.inOrder) { node, path in
      if try ValueReader.isKeyword(node, path, "in-order", orElse: "{NODE: [host indices]}") { return .inOrder }
      guard case .mapping(let entries) = node.content else {
        throw ScenarioError(location: node.location, path: path,
                            message: "expected in-order or a mapping {NODE: [host indices]}, got \(node.kindDescription)")
      }
      var map: [String: [Int]] = [:]
      for entry in entries {
        map[entry.key] = try ValueReader.list(entry.value, KeyPath.join(path, entry.key)).enumerated().map {
          try ValueReader.integer($1, KeyPath.join(KeyPath.join(path, entry.key), index: $0))
        }
      }
      return .explicit(map)
    }
    let trace: AvailabilityTrace
    let schedules: [HostAvailabilitySchedule]
    do {
      trace = try format.read(path: url.path)
      schedules = try trace.hostSchedules(hostCount: hosts, mapping: mapping, gaps: gaps)
    } catch let error as AvailabilityTraceError {
      throw ScenarioError(location: fileNode.location, path: reader.path("trace"), message: error.description)
    } catch let error as AvailabilityMappingError {
      throw ScenarioError(location: node.location, path: path, message: error.message)
    }
    let timelines = schedules.map { schedule in
      AvailabilitySchedule.Timeline(times: schedule.intervals.map(\.start), up: schedule.intervals.map { $0.state == .up })
    }
    var source = "{trace: \(ScenarioWriter.quoted(url.path)), format: \(format.rawValue), gaps: \(gaps.rawValue)"
    switch mapping {
    case .inOrder: source += ", mapping: in-order}"
    case .explicit(let map):
      let pairs = map.keys.sorted().map { "\(ScenarioWriter.quoted($0)): [\(map[$0]!.map(String.init).joined(separator: ", "))]" }
      source += ", mapping: {\(pairs.joined(separator: ", "))}}"
    }
    return .trace(AvailabilitySchedule(source: source, duration: trace.end - trace.origin, timelines: timelines))
  }
}

extension ScenarioDecoder {
  /// `workload.trace: {file, from, to, scale, multiprocessor, class}`. The whole trace is read
  /// once here (streaming), so a bad line is reported before any run starts.
  func workloadTrace(_ node: ScenarioNode, _ path: String, classes: [JobClass]) throws -> WorkloadTrace {
    let reader = try MappingReader(node, path: path, keys: ["file", "from", "to", "scale", "multiprocessor", "class"])
    let fileNode = try reader.require("file")
    let relative = try ValueReader.string(fileNode, reader.path("file"))
    let url = URL(fileURLWithPath: relative, relativeTo: baseDirectory.hasDirectoryPath
      ? baseDirectory : baseDirectory.appendingPathComponent("", isDirectory: true)).standardizedFileURL
    let names = classes.map(\.name)
    let jobClass = try reader.value("class", default: 0) { node, path in
      names.firstIndex(of: try ValueReader.choiceText(node, path, among: names))!
    }
    let trace = WorkloadTrace(
      path: url.path, from: try reader.value("from", default: 0, ValueReader.duration),
      to: try reader.value("to", default: .infinity, ValueReader.duration),
      scale: try reader.value("scale", default: 1, ValueReader.number),
      multiProcessor: try reader.value("multiprocessor", default: .reject) {
        try ValueReader.choice($0, $1, as: WorkloadTrace.MultiProcessor.self)
      },
      jobClass: jobClass)
    guard trace.scale.isFinite && trace.scale > 0 else {
      throw ScenarioError(location: try reader.require("scale").location, path: reader.path("scale"),
                          message: "must be a positive number, got \(trace.scale)")
    }
    guard trace.from >= 0 && trace.to > trace.from else {
      throw ScenarioError(location: node.location, path: path, message: "the window needs 0 <= from < to")
    }
    do {
      let check = try WorkloadReader(path: url.path, options: WorkloadTraceOptions.options(trace, hostCores: 1))
      _ = try check.readAll()
    } catch {
      throw ScenarioError(location: fileNode.location, path: reader.path("file"), message: "\(error)")
    }
    return trace
  }
}

/// The Traces reader's options for a scenario's workload trace.
public enum WorkloadTraceOptions {
  /// Options reading `trace` for PCs of at most `hostCores` cores.
  public static func options(_ trace: WorkloadTrace, hostCores: Int) -> WorkloadOptions {
    let policy: MultiProcessorPolicy = switch trace.multiProcessor {
    case .reject: .reject
    case .cap: .cap(hostCores: max(1, hostCores))
    case .split: .split
    }
    return WorkloadOptions(windowStart: trace.from, windowEnd: trace.to, arrivalScale: trace.scale, multiProcessor: policy)
  }
}
