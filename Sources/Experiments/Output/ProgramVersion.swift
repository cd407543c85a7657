/// The program's version, written into every CSV file.
public enum ProgramVersion {
  /// Semantic version of harvestsim.
  public static let current = "0.1.0"
}
