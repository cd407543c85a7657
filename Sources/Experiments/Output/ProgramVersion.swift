/// The program's version, written into every CSV file and `sweep.json`.
///
/// `0.2.0+1a2b3c4d5e6f`: the release, then the first 12 hex digits of a SHA-256
/// digest of the sources that determine results from a scenario (Sources/CGSL,
/// Stochastics, Kernel, Model, Traces, Scenario and Experiments/Runs). The digest is
/// made at build time by the ModelDigestPlugin build-tool plugin (docs/architecture.md),
/// so the version changes whenever those sources do; sweeps refuse to resume or merge
/// results of another version. (What the digest cannot see, such as the installed GSL or
/// the compiler, can still change results under one version.)
package enum ProgramVersion {
  /// The release number, changed by hand.
  package static let release = "0.2.0"

  /// `release+modelDigest`.
  package static let current = "\(release)+\(modelDigest)"
}
