import Foundation

/// Renders a ``MeasuredProfile`` as a VM profile file in the format of `Scenarios/profiles/*.yaml`:
/// the keys name, cpu, memory, disk, network, owner_impact and source, with the spread in comments.
package enum ProfileText {
  /// The YAML text of `profile`.
  package static func yaml(_ profile: MeasuredProfile) -> String {
    let trimPercent = number(profile.cpu.trim * 100, digits: 3)
    var lines = [
      "# VM profile measured with harvestsim bench: relative performance, virtual / native (<= 1).",
      "# Written by: harvestsim profile \(profile.nativeOrigin.file) \(profile.virtualOrigin.file)",
      "#   native:  \(profile.nativeOrigin.summary)",
      "#   virtual: \(profile.virtualOrigin.summary)",
      "# Method (Descher & Baumgartner 2006): per subsystem, the \(trimPercent)% trimmed mean of the",
      "# virtual throughputs / that of the native ones (= native time / virtual time for equal work).",
      "# Spread: each virtual run / the native trimmed mean, 10-90% range and min-max.",
      "#",
    ]
    for comparison in profile.comparisons {
      let kind = comparison.benchmark
      let label = (kind.rawValue + ":").padding(toLength: 8, withPad: " ", startingAt: 0)
      lines.append("# \(label)\(value(comparison.relativePerformance))"
        + (comparison.isCapped ? " (capped; measured \(number(comparison.ratio, digits: 4)))" : "")
        + "  n = \(comparison.native.count) native, \(comparison.virtual.count) virtual;"
        + " trimmed means \(scientific(comparison.nativeTrimmedMean)) native,"
        + " \(scientific(comparison.virtualTrimmedMean)) virtual \(kind.workUnit)/s")
      lines.append("#         per-run ratios 10-90% \(number(comparison.runRatioQuantile(0.1), digits: 3))"
        + "-\(number(comparison.runRatioQuantile(0.9), digits: 3)),"
        + " min-max \(number(comparison.runRatioQuantile(0), digits: 3))"
        + "-\(number(comparison.runRatioQuantile(1), digits: 3))")
    }
    lines.append(profile.network == 1
      ? "# network: not measured by harvestsim bench; 1.0 means no network overhead. Set it from your own"
        + "\n#         network test (e.g. iperf natively and in the VM: virtual / native throughput)."
      : "# network: not measured by harvestsim bench; given with --network.")
    lines.append("# owner_impact: not measured by harvestsim bench; 0.2 sits inside the 10-35% slowdown a busy"
      + "\n#         hosted VM caused its host's user (Domingues, Araujo & Silva, IPDPS 2009). Measure it if you can.")
    for note in profile.notes { lines.append("# note: \(note)") }
    lines += [
      "name: \(plainOrQuoted(profile.name))",
      "cpu: \(value(profile.cpu.relativePerformance))",
      "memory: \(value(profile.memory.relativePerformance))",
      "disk: \(value(profile.disk.relativePerformance))",
      "network: \(value(profile.network))",
      "owner_impact: 0.2",
      "source: \(quoted(source(profile)))",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  /// The `source` string: method, sample sizes, hosts and dates.
  package static func source(_ profile: MeasuredProfile) -> String {
    let trimPercent = number(profile.cpu.trim * 100, digits: 3)
    let counts = profile.comparisons.map { "\($0.benchmark.rawValue) \($0.native.count)/\($0.virtual.count)" }
    return "harvestsim bench: ratio of \(trimPercent)% trimmed means of throughput, virtual / native "
      + "(Descher & Baumgartner 2006 method); runs native/virtual: \(counts.joined(separator: ", ")); "
      + "native: \(profile.nativeOrigin.summary); virtual: \(profile.virtualOrigin.summary); "
      + (profile.network == 1 ? "network not measured (1.0)" : "network given by hand")
  }

  /// A profile value: at most 4 significant digits, always with a decimal point (`0.96`, `1.0`).
  package static func value(_ x: Double) -> String {
    let text = number(x, digits: 4)
    return text.contains(".") || text.contains("e") ? text : text + ".0"
  }

  /// `x` with at most `digits` significant digits, no trailing zeros.
  package static func number(_ x: Double, digits: Int) -> String {
    String(format: "%.\(digits)g", x)
  }

  static func scientific(_ x: Double) -> String { String(format: "%.4g", x) }

  /// Names like `my-lab` or `vmware_7.1` stay plain, as in the shipped profiles; others are quoted.
  static func plainOrQuoted(_ text: String) -> String {
    let plain = !text.isEmpty && text.first!.isLetter
      && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
    return plain ? text : quoted(text)
  }

  /// A YAML double-quoted scalar.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for character in text {
      switch character {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default: out.append(character)
      }
    }
    return out + "\""
  }
}
