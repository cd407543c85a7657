/// What a PC's share of the lab-wide rates depends on besides its state: its cores, its
/// power draw and how much its VM slows its owner. Computed once per PC.
struct HostRateConstants {
  /// Cores the VM offers.
  let cores: Double
  /// The PC's power draw.
  let power: HostPower
  /// Watts between idle and every core busy: busy − idle.
  let wattRange: Double
  /// VM profile `owner_impact`.
  let ownerImpact: Double

  init(cores: Int32, power: HostPower, ownerImpact: Double) {
    self.cores = Double(cores)
    self.power = power
    wattRange = power.busy - power.idle
    self.ownerImpact = ownerImpact
  }
}
