/// Rapid deployment: the VM image is copied from a server to every PC before the
/// first boot; the PCs share the server's bandwidth.
public struct DeploymentConfig: Sendable, Equatable {
  /// Size of the VM image in bytes.
  public var imageSize: Double
  /// The server's bandwidth in bytes per second, shared by all PCs.
  public var serverBandwidth: Double
  /// Each PC's own bandwidth (network or disk) in bytes per second.
  public var hostBandwidth: Double

  /// Creates a deployment model.
  public init(imageSize: Double, serverBandwidth: Double, hostBandwidth: Double) {
    self.imageSize = imageSize
    self.serverBandwidth = serverBandwidth
    self.hostBandwidth = hostBandwidth
  }

  /// Seconds to copy the image to `hosts` PCs at once: size ÷ min(host, server ÷ N).
  public func copyTime(hosts: Int) -> Double {
    imageSize / min(hostBandwidth, serverBandwidth / Double(max(1, hosts)))
  }
}
