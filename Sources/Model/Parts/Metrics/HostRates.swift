/// One PC's share of the lab-wide rates (``LabRates``).
struct HostRates: Equatable {
  /// Cores doing grid work (busy cores × their speed).
  var harvestedCores = 0.0
  /// Cores used by nobody.
  var idleCores = 0.0
  /// Power drawn.
  var watts = 0.0
  /// The owner's slowdown (VM profile `owner_impact` × the VM's share of the CPU).
  var ownerSlowdown = 0.0
  /// A student is logged in.
  var session = false
  /// A student is logged in while the VM computes.
  var ownerImpaired = false

  /// The share of a PC from its state.
  @inline(__always)
  static func of(isUp: Bool, owner: OwnerState, busyCores: Int32, speed: Double, cores: Int32, power: HostPower,
                 ownerImpact: Double) -> HostRates {
    let total = Double(cores)
    let present = owner.isPresent
    let harvested = isUp ? Double(busyCores) * speed : 0
    let load = isUp && present ? min(owner.load, total) : 0
    var rates = HostRates()
    rates.harvestedCores = harvested
    rates.idleCores = isUp ? max(0, total - load - harvested) : 0
    rates.watts = isUp ? power.idle + (power.busy - power.idle) * min(1, (load + harvested) / total) : power.off
    rates.session = present
    rates.ownerSlowdown = present ? ownerImpact * harvested / total : 0
    rates.ownerImpaired = present && harvested > 0
    return rates
  }
}
