import Foundation
import Stochastics
import Testing

@testable import Benchmarks

/// The recorded files hold 14 runs per benchmark (throughputs in units of 10⁶ per second).
/// A 20% trim of 14 drops ⌊0.2·14⌋ = 2 runs per tail and averages the middle 10:
///
/// | benchmark | native sorted (middle 10 sum)                          | virtual sorted (middle 10 sum)                         | ratio       |
/// |-----------|--------------------------------------------------------|--------------------------------------------------------|-------------|
/// | cpu       | 80 97 ‖ 98 99 100×6 101 102 ‖ 103 104 (1000 → 100)      | 70 93 ‖ 94 95 96×6 97 98 ‖ 99 100 (960 → 96)            | 96/100 = 0.96 |
/// | memory    | 3500 3900 ‖ 3950 3980 4000×6 4020 4050 ‖ 4100 4150 (40000 → 4000) | 3000 3500 ‖ 3550 3580 3600×6 3620 3650 ‖ 3700 3750 (36000 → 3600) | 0.9 |
/// | disk      | 60 75 ‖ 76 78 80×6 82 84 ‖ 85 90 (800 → 80)             | 30 40 ‖ 41 42 44×6 46 47 ‖ 48 52 (440 → 44)             | 44/80 = 0.55 |
@Suite("Profile from recorded native and VMware files")
struct ProfileComputationTests {
  let native: [BenchmarkRecord]
  let virtual: [BenchmarkRecord]

  init() throws {
    native = try Fixture.records("native.csv")
    virtual = try Fixture.records("vmware.csv")
  }

  func profile(native: [BenchmarkRecord]? = nil, virtual: [BenchmarkRecord]? = nil, name: String? = nil)
    throws -> MeasuredProfile {
    try MeasuredProfile.compute(native: native ?? self.native, virtual: virtual ?? self.virtual,
                                nativeFile: "native.csv", virtualFile: "vmware.csv", name: name)
  }

  @Test("the recorded files hold 14 runs of each benchmark")
  func counts() {
    for kind in BenchmarkKind.allCases {
      #expect(native.filter { $0.benchmark == kind }.count == 14)
      #expect(virtual.filter { $0.benchmark == kind }.count == 14)
    }
  }

  @Test("ratios of 20% trimmed means match the hand arithmetic")
  func exactRatios() throws {
    let profile = try profile()
    #expect(abs(profile.cpu.nativeTrimmedMean - 100e6) < 1e-6)
    #expect(abs(profile.cpu.virtualTrimmedMean - 96e6) < 1e-6)
    #expect(abs(profile.memory.nativeTrimmedMean - 4000e6) < 1e-4)
    #expect(abs(profile.memory.virtualTrimmedMean - 3600e6) < 1e-4)
    #expect(abs(profile.disk.nativeTrimmedMean - 80e6) < 1e-6)
    #expect(abs(profile.disk.virtualTrimmedMean - 44e6) < 1e-6)
    #expect(abs(profile.cpu.relativePerformance - 0.96) < 1e-12)
    #expect(abs(profile.memory.relativePerformance - 0.9) < 1e-12)
    #expect(abs(profile.disk.relativePerformance - 0.55) < 1e-12)
    #expect(profile.network == 1)
    #expect(profile.comparisons.allSatisfy { !$0.isCapped })
    // The recorded files predate the buffer size column, so the memory setting cannot be checked.
    #expect(profile.notes == [
      "memory: native.csv does not record the memory buffer; make sure both sides ran with the same --memory-bytes"
    ])
    #expect(profile.name == "vmware-player")  // the VM file's label
  }

  @Test("the spread: each virtual run over the native trimmed mean, GSL quantiles")
  func spread() throws {
    let cpu = try profile().cpu
    // Sorted virtual/100, indices 0…13: 0.70 0.93 0.94 0.95 0.96×6 (4…9) 0.97 0.98 0.99 1.00.
    // 10%: r = 13·0.1 = 1.3 → x₁ + 0.3·(x₂ − x₁) = 0.93 + 0.003 = 0.933;
    // 90%: r = 13·0.9 = 11.7 → x₁₁ + 0.7·(x₁₂ − x₁₁) = 0.98 + 0.007 = 0.987.
    #expect(abs(cpu.runRatioQuantile(0.1) - 0.933) < 1e-12)
    #expect(abs(cpu.runRatioQuantile(0.9) - 0.987) < 1e-12)
    #expect(abs(cpu.runRatioQuantile(0) - 0.70) < 1e-12)
    #expect(abs(cpu.runRatioQuantile(1) - 1.00) < 1e-12)
  }

  @Test("one slow outlier run barely moves the trimmed-mean ratio but drags the plain mean")
  func outlierRobustness() throws {
    // Virtual cpu run 1 (96) becomes 9.6, a run ten times slower (say a virus scan started).
    // Sorted: 9.6 70 ‖ 93 94 95 96×5 97 98 ‖ 99 100; middle 10 sum 957 → 95.7 → ratio 0.957.
    // Plain means: 1322/14 = 94.43 before, 1235.6/14 = 88.26 after (ratios 0.944 → 0.883).
    var slowed = virtual
    let index = try #require(slowed.firstIndex { $0.benchmark == .cpu && $0.run == 1 })
    #expect(slowed[index].throughput == 96e6)
    slowed[index].throughput = 9.6e6
    slowed[index].seconds = slowed[index].work / 9.6e6
    let before = try profile().cpu
    let after = try profile(virtual: slowed).cpu
    #expect(abs(after.relativePerformance - 0.957) < 1e-12)
    #expect(abs(after.relativePerformance - before.relativePerformance) < 0.0031)
    let plainBefore = Statistics.mean(before.virtual) / Statistics.mean(before.native)
    let plainAfter = Statistics.mean(after.virtual) / Statistics.mean(after.native)
    #expect(plainBefore - plainAfter > 0.06)
    // An outlier among the two fastest or slowest runs is trimmed away completely.
    var fast = virtual
    let top = try #require(fast.firstIndex { $0.benchmark == .cpu && $0.throughput == 100e6 })
    fast[top].throughput = 1e12
    fast[top].seconds = fast[top].work / 1e12
    #expect(try profile(virtual: fast).cpu.relativePerformance == before.relativePerformance)
  }

  @Test("a VM measurably faster than native is refused, naming the subsystem and --cap")
  func fasterThanNativeIsRefused() throws {
    // Swapping the files: cpu 100/96 = 1.0417. Each side's winsorized sample (2 values per tail
    // pulled in) has s²_w = 26/13 = 2 (units of 10¹²), so d = 13·2/(10·9) = 0.2889 on both
    // sides; relative variances 0.2889/96² and 0.2889/100² sum to 6.0236e-5 (√ = 0.0077612) on
    // ν = 17.97 Welch–Satterthwaite degrees of freedom, t₀.₉₇₅ = 2.1012: 1.0417·(1 ± 0.016308)
    // = 1.0247 to 1.0587, wholly above 1.
    let swapped = { (cap: Bool) throws(BenchmarkError) in
      try MeasuredProfile.compute(native: self.virtual, virtual: self.native, nativeFile: "vmware.csv",
                                  virtualFile: "native.csv", capFaster: cap)
    }
    #expect(throws: BenchmarkError.self) { try swapped(false) }
    do {
      _ = try swapped(false)
    } catch {
      guard case let .fasterThanNative(benchmark, ratio, lower, upper) = error else {
        Issue.record("expected fasterThanNative, got \(error)")
        return
      }
      #expect(benchmark == .cpu)
      #expect(abs(ratio - 100.0 / 96) < 1e-12)
      #expect(abs(lower - 1.02468) < 1e-5)
      #expect(abs(upper - 1.05865) < 1e-5)
      #expect(error.description.hasPrefix(
        "cpu: the VM measured 1.042 times native (95% interval 1.025-1.059), faster than its host beyond the "
          + "run-to-run spread, but a profile value is at most 1."))
      #expect(error.description.hasSuffix("or pass --cap to write 1.0 and keep the measured ratio in a comment."))
    }
    // With --cap: every subsystem is written as 1.0, and each note gives the measured ratio and its cause.
    let capped = try swapped(true)
    #expect(capped.comparisons.allSatisfy { $0.isCapped && $0.relativePerformance == 1 })
    let faster = capped.notes.filter { $0.contains("because of --cap") }
    #expect(faster.count == 3)
    #expect(faster[0].hasPrefix("cpu: the VM measured 1.042 times native (95% interval 1.025-1.059), faster than "
      + "native beyond the run-to-run spread; written as 1.0 because of --cap."))
    #expect(faster[2].hasSuffix("make --disk-bytes larger than the host's free RAM (docs/vm-profiles.md)."))
    #expect(capped.name == "measured")  // the 'virtual' file's label is native
    let yaml = ProfileText.yaml(capped)
    #expect(yaml.contains("\ncpu: 1.0\n"))
    #expect(yaml.contains("# cpu:    1.0 (capped; measured 1.042)"))
  }

  @Test("a VM faster than native within the run-to-run spread is written as 1.0 with its interval")
  func fasterWithinNoise() throws {
    // Virtual cpu = native cpu × 1.002: both sides have the relative variance 0.2889/100² = 2.8889e-5,
    // so √(2 · 2.8889e-5) = 0.0076012 on ν = 18, t₀.₉₇₅ = 2.1009: 1.002·(1 ± 0.015969) = 0.98600 to 1.01800.
    let faster = virtual.map { record -> BenchmarkRecord in
      guard record.benchmark == .cpu else { return record }
      var record = record
      let nativeRun = native.first { $0.benchmark == .cpu && $0.run == record.run }!
      record.throughput = nativeRun.throughput * 1.002
      record.seconds = record.work / record.throughput
      return record
    }
    let profile = try profile(virtual: faster)
    #expect(profile.cpu.relativePerformance == 1)
    let (lower, upper) = profile.cpu.ratioInterval95
    #expect(abs(lower - 0.98600) < 1e-5)
    #expect(abs(upper - 1.01800) < 1e-5)
    #expect(profile.notes.contains(
      "cpu: the VM measured 1.002 times native (95% interval 0.986-1.018), not measurably faster than native; "
        + "written as 1.0"))
  }

  @Test("the trimmed mean's standard error from the winsorized variance")
  func trimmedMeanError() {
    // 14 values, g = ⌊0.2·14⌋ = 2, h = 10. Sorted 1…14: winsorized 3 3 3 4 … 12 12 12 12,
    // mean 7.5; squared deviations 3·4.5² + 3.5² + … : sum 2·(3·20.25 + 12.25 + 6.25 + 2.25 + 0.25) = 163.5,
    // s²_w = 163.5/13; d = 13·(163.5/13)/(10·9) = 163.5/90.
    let error = TrimmedMeanError((1...14).map(Double.init).shuffled(), trim: 0.2)
    #expect(abs(error.variance - 163.5 / 90) < 1e-12)
    #expect(error.degreesOfFreedom == 9)
    #expect(TrimmedMeanError([5], trim: 0.2).variance.isNaN)
  }

  @Test("the YAML has the keys of the shipped profiles in their order, values and spread comments")
  func yaml() throws {
    let text = ProfileText.yaml(try profile(name: "my-lab"))
    let keys = { (text: String) in
      text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { String($0.prefix { $0 != ":" }) }
    }
    let shipped = try String(
      contentsOf: Fixture.packageRoot().appendingPathComponent("Scenarios/profiles/vmware-player-2006.yaml"),
      encoding: .utf8)
    #expect(keys(text) == keys(shipped))
    #expect(keys(text) == ["name", "cpu", "memory", "disk", "network", "owner_impact", "source"])
    for line in ["name: my-lab", "cpu: 0.96", "memory: 0.9", "disk: 0.55", "network: 1.0"] {
      #expect(text.contains("\n" + line + "\n"), "missing line \(line)")
    }
    #expect(text.contains("# cpu:    0.96  n = 14 native, 14 virtual; trimmed means 1e+08 native, 9.6e+07 virtual iterations/s"))
    #expect(text.contains("#         per-run ratios 10-90% 0.933-0.987, min-max 0.7-1"))
    #expect(text.contains("# network: not measured by harvestsim bench"))
    #expect(text.contains("#   virtual: vmware-player on grid-vm07, 2006-05-02T14:00:00Z to "))
    let source = try #require(text.split(separator: "\n").last)
    #expect(source.hasPrefix("source: \"harvestsim bench: ratio of 20% trimmed means of throughput"))
    #expect(source.contains("runs native/virtual: cpu 14/14, memory 14/14, disk 14/14"))
    #expect(source.hasSuffix("network not measured (1.0)\""))
  }

  @Test("value formatting keeps a decimal point and at most four significant digits")
  func values() {
    #expect(ProfileText.value(1) == "1.0")
    #expect(ProfileText.value(0.96) == "0.96")
    #expect(ProfileText.value(0.123456) == "0.1235")
    #expect(ProfileText.plainOrQuoted("my-lab") == "my-lab")
    #expect(ProfileText.plainOrQuoted("lab: 7 \"new\"") == "\"lab: 7 \\\"new\\\"\"")
  }

  @Test("a network value from the planner's own test is written and marked as given by hand")
  func network() throws {
    let profile = try MeasuredProfile.compute(native: native, virtual: virtual, nativeFile: "n", virtualFile: "v",
                                              network: 0.7)
    let text = ProfileText.yaml(profile)
    #expect(text.contains("\nnetwork: 0.7\n"))
    #expect(text.contains("network given by hand"))
  }
}
