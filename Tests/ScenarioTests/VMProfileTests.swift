import Foundation
import Model
import Testing

@testable import Scenario

@Suite("VM profiles")
struct VMProfileTests {
  /// The minimal scenario with `vm_profile: <text>` on its host group.
  static func scenario(profile text: String) -> String {
    Fixture.minimal.replacingOccurrences(of: "  - count: 4", with: "  - count: 4\n    vm_profile: \(text)")
  }

  @Test("built-in profiles are found by name", arguments: ["native", "vmware-player-2006"])
  func builtIn(_ name: String) throws {
    let profile = try Fixture.parse(Self.scenario(profile: name)).config.hostGroups[0].profile
    #expect(profile == VMProfile.builtIn[name])
    #expect(profile.name == name)
  }

  @Test("an unknown profile name suggests the closest built-in")
  func unknownName() throws {
    let yaml = Self.scenario(profile: "vmware-player-2007")
    let error = try #require(throws: ScenarioError.self) { try Fixture.parse(yaml) }
    #expect(error.path == "hosts[0].vm_profile")
    #expect(error.suggestion == "vmware-player-2006")
    #expect(error.location == Fixture.at(5, 17))
    #expect(error.message.contains("native, vmware-player-2006"))

    let typo = try #require(throws: ScenarioError.self) { try Fixture.parse(Self.scenario(profile: "nativ")) }
    #expect(typo.suggestion == "native")
  }

  @Test("an inline profile is read with the name 'custom' by default")
  func inline() throws {
    let yaml = Self.scenario(profile: "{cpu: 0.9, memory: 0.8, disk: 0.5, network: 0.6}")
    let profile = try Fixture.parse(yaml).config.hostGroups[0].profile
    #expect(profile == VMProfile(name: "custom", cpu: 0.9, memory: 0.8, disk: 0.5, network: 0.6, source: ""))

    let named = Self.scenario(profile: "{name: kvm, cpu: 1, memory: 1, disk: 0.9, network: 0.9, source: measured}")
    #expect(try Fixture.parse(named).config.hostGroups[0].profile
      == VMProfile(name: "kvm", cpu: 1, memory: 1, disk: 0.9, network: 0.9, source: "measured"))
  }

  @Test("an inline profile must give all four subsystems and no other keys")
  func inlineStrict() throws {
    let missing = Self.scenario(profile: "{cpu: 0.9, memory: 0.8, disk: 0.5}")
    let missingError = try #require(throws: ScenarioError.self) { try Fixture.parse(missing) }
    #expect(missingError.path == "hosts[0].vm_profile.network")
    #expect(missingError.location == Fixture.at(5, 17))

    let extra = Self.scenario(profile: "{cpu: 0.9, memory: 0.8, disk: 0.5, network: 1, dsk: 1}")
    let extraError = try #require(throws: ScenarioError.self) { try Fixture.parse(extra) }
    #expect(extraError.path == "hosts[0].vm_profile.dsk")
    #expect(extraError.suggestion == "disk")
  }

  @Test("a {file: ...} profile resolves relative to the scenario's directory")
  func fileRelativeToScenario() throws {
    let directory = try Fixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let profiles = directory.appendingPathComponent("profiles", isDirectory: true)
    try FileManager.default.createDirectory(at: profiles, withIntermediateDirectories: true)
    try "cpu: 0.9\nmemory: 0.85\ndisk: 0.4\nnetwork: 0.6\nsource: lab measurement\n"
      .write(to: profiles.appendingPathComponent("lab-pc.yaml"), atomically: true, encoding: .utf8)
    let scenarioURL = directory.appendingPathComponent("scenario.yaml")
    try Self.scenario(profile: "{file: profiles/lab-pc.yaml}").write(to: scenarioURL, atomically: true, encoding: .utf8)

    let scenario = try Scenario.load(path: scenarioURL.path)
    // The name defaults to the file's base name.
    #expect(scenario.config.hostGroups[0].profile
      == VMProfile(name: "lab-pc", cpu: 0.9, memory: 0.85, disk: 0.4, network: 0.6, source: "lab measurement"))
    #expect(scenario.path == scenarioURL.path)
  }

  @Test("an unreadable {file: ...} profile is reported at its file: key")
  func unreadableProfileFile() throws {
    let directory = try Fixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let yaml = Self.scenario(profile: "{file: missing.yaml}")
    let error = try #require(throws: ScenarioError.self) { try Fixture.parse(yaml, baseDirectory: directory) }
    #expect(error.location == Fixture.locate("missing.yaml", in: yaml))
    #expect(error.path == "hosts[0].vm_profile.file")
    let missing = directory.appendingPathComponent("missing.yaml").standardizedFileURL.path
    #expect(error.message.hasPrefix("cannot read VM profile file '\(missing)': "))
  }

  @Test("parse resolves {file: ...} against the given base directory")
  func fileRelativeToBaseDirectory() throws {
    let directory = try Fixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try "name: fast\ncpu: 1\nmemory: 1\ndisk: 1\nnetwork: 1\n"
      .write(to: directory.appendingPathComponent("fast.yaml"), atomically: true, encoding: .utf8)
    let scenario = try Fixture.parse(Self.scenario(profile: "{file: fast.yaml}"), baseDirectory: directory)
    #expect(scenario.config.hostGroups[0].profile.name == "fast")
    #expect(scenario.config.hostGroups[0].profile.disk == 1)
  }

  @Test("a base directory URL without a trailing slash still names the directory")
  func baseDirectoryWithoutSlash() throws {
    let directory = try Fixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try "name: fast\ncpu: 1\nmemory: 1\ndisk: 1\nnetwork: 1\n"
      .write(to: directory.appendingPathComponent("fast.yaml"), atomically: true, encoding: .utf8)
    var path = directory.path
    while path.hasSuffix("/") { path.removeLast() }
    let base = try #require(URL(string: "file://" + path))
    #expect(!base.absoluteString.hasSuffix("/"))
    let scenario = try Fixture.parse(Self.scenario(profile: "{file: fast.yaml}"), baseDirectory: base)
    #expect(scenario.config.hostGroups[0].profile.name == "fast")
  }

  @Test("an absolute {file: ...} path ignores the base directory")
  func absoluteFile() throws {
    let directory = try Fixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("abs.yaml")
    try "cpu: 0.5\nmemory: 0.5\ndisk: 0.5\nnetwork: 0.5\n".write(to: file, atomically: true, encoding: .utf8)
    let elsewhere = try Fixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: elsewhere) }
    let scenario = try Fixture.parse(Self.scenario(profile: "{file: \"\(file.path)\"}"), baseDirectory: elsewhere)
    #expect(scenario.config.hostGroups[0].profile.name == "abs")
    #expect(scenario.config.hostGroups[0].profile.cpu == 0.5)
  }

  @Test("a missing profile file is reported at the file value")
  func missingFile() throws {
    let directory = try Fixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let yaml = Self.scenario(profile: "{file: nowhere.yaml}")
    let error = try #require(throws: ScenarioError.self) { try Fixture.parse(yaml, baseDirectory: directory) }
    #expect(error.path == "hosts[0].vm_profile.file")
    #expect(error.location == Fixture.locate("nowhere.yaml", in: yaml))
    #expect(error.message.contains(directory.appendingPathComponent("nowhere.yaml").standardizedFileURL.path))
  }

  @Test("a {file: ...} mapping takes no other keys")
  func fileWithExtraKey() throws {
    let yaml = Self.scenario(profile: "{file: x.yaml, cpu: 1}")
    let error = try #require(throws: ScenarioError.self) { try Fixture.parse(yaml) }
    #expect(error.path == "hosts[0].vm_profile.cpu")
    #expect(error.message.contains("unknown key 'cpu'"))
  }

  @Test("an error inside a profile file points into that file")
  func errorInsideProfileFile() throws {
    let directory = try Fixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let profileURL = directory.appendingPathComponent("bad.yaml")
    try "cpu: 0.9\nmemory: 0.8\ndisk: fast\nnetwork: 0.6\n".write(to: profileURL, atomically: true, encoding: .utf8)
    let error = try #require(throws: ScenarioError.self) {
      try Fixture.parse(Self.scenario(profile: "{file: bad.yaml}"), baseDirectory: directory)
    }
    #expect(error.location == .file(path: profileURL.standardizedFileURL.path, line: 3, column: 7))
    #expect(error.message == "expected a finite number, got 'fast'")
  }

  @Test("a profile file out of range is reported at the scenario's vm_profile")
  func profileFileOutOfRange() throws {
    let directory = try Fixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try "cpu: 1.5\nmemory: 1\ndisk: 1\nnetwork: 1\n"
      .write(to: directory.appendingPathComponent("turbo.yaml"), atomically: true, encoding: .utf8)
    let yaml = Self.scenario(profile: "{file: turbo.yaml}")
    let errors = try #require(throws: ScenarioErrors.self) { try Fixture.parse(yaml, baseDirectory: directory) }.errors
    #expect(errors.map(\.path) == ["hosts[0].vm_profile.cpu"])
    #expect(errors.first?.location == Fixture.at(5, 17))
  }

  @Test("the shipped profile files equal the built-in profiles", arguments: ["native", "vmware-player-2006"])
  func shippedProfileFiles(_ name: String) throws {
    let scenarios = Fixture.packageRoot().appendingPathComponent("Scenarios", isDirectory: true)
    let yaml = Self.scenario(profile: "{file: profiles/\(name).yaml}")
    let profile = try Fixture.parse(yaml, baseDirectory: scenarios).config.hostGroups[0].profile
    #expect(profile == VMProfile.builtIn[name])
  }
}
