import Foundation
import Scenario
import Traces

/// Turns a reader's error into a ``FuzzVerdict``: a rejection when it says where the
/// problem is, inside the input when it names the input, and a finding otherwise.
enum FuzzJudge {
  /// The input as the YAML readers get it: `ScenarioText.read` decodes a file as strict
  /// UTF-8 (and refuses it otherwise, at line 1 of the file), so the harness does the same.
  static func utf8Text(_ input: Data) -> String? {
    String(data: input, encoding: .utf8)
  }

  /// The most lines a YAML parser can count in `text`: every `\n`, `\r`, NEL, LS and PS
  /// may end a line, and a position may lie just after the last one.
  static func yamlLineLimit(_ text: String) -> Int {
    let breaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"]
    return text.unicodeScalars.reduce(2) { count, scalar in breaks.contains(scalar) ? count + 1 : count }
  }

  /// The most lines a trace reader can count in `input` (lines end with `\n`), plus one.
  static func traceLineLimit(_ input: Data) -> Int {
    input.reduce(2) { count, byte in byte == UInt8(ascii: "\n") ? count + 1 : count }
  }

  /// Judges an error thrown while reading YAML input that was parsed as if from `path`.
  static func scenario(_ error: any Error, path: String, lineLimit: Int) -> FuzzVerdict {
    switch error {
    case let error as ScenarioError:
      return scenario(error, path: path, lineLimit: lineLimit)
    case let errors as ScenarioErrors:
      guard let first = errors.errors.first else {
        return .finding("ScenarioErrors without any error")
      }
      for error in errors.errors {
        let verdict = scenario(error, path: path, lineLimit: lineLimit)
        guard verdict.isSound else { return verdict }
      }
      let more = errors.errors.count > 1 ? " (and \(errors.errors.count - 1) more)" : ""
      return .rejected(position: first.location.description, message: first.message + more)
    default:
      return .finding("an error without a position, \(type(of: error)): \(error)")
    }
  }

  /// Judges one scenario error: a 1-based file position, inside the input when it points there.
  static func scenario(_ error: ScenarioError, path: String, lineLimit: Int) -> FuzzVerdict {
    switch error.location {
    case .override:
      return .finding("a --set location, but no --set was given: \(error)")
    case .file(let file, let line, let column):
      guard line >= 1, column >= 1 else {
        return .finding("position \(line):\(column) is not 1-based: \(error)")
      }
      if file == path && line > lineLimit {
        return .finding("line \(line) is past the end of the input (at most \(lineLimit)): \(error)")
      }
      return .rejected(position: error.location.description, message: error.message)
    }
  }

  /// Judges an error from the SWF reader given the file at `path`.
  static func workload(_ error: SWFError, path: String, lineLimit: Int) -> FuzzVerdict {
    guard case .badLine(let lineError) = error else {
      return .finding("an SWF error without a line: \(error)")
    }
    return traceLine(file: lineError.file, line: lineError.line, path: path, lineLimit: lineLimit,
                     message: "\(lineError.problem)")
  }

  /// Judges an error from an availability reader given the file at `path`; a whole-trace
  /// problem (no line) is positioned at the trace itself.
  static func availability(_ error: AvailabilityTraceError, path: String, lineLimit: Int) -> FuzzVerdict {
    guard let line = error.line else {
      guard error.file == path else { return .finding("an error naming another file: \(error)") }
      return .rejected(position: error.file, message: error.message)
    }
    return traceLine(file: error.file, line: line, path: path, lineLimit: lineLimit, message: error.message)
  }

  private static func traceLine(file: String, line: Int, path: String, lineLimit: Int,
                                message: String) -> FuzzVerdict {
    let position = "\(file):\(line)"
    guard file == path else { return .finding("an error naming another file: \(position): \(message)") }
    guard line >= 1, line <= lineLimit else {
      return .finding("line \(line) is outside the input (1...\(lineLimit)): \(position): \(message)")
    }
    return .rejected(position: position, message: message)
  }
}
