/// One PC's share of the lab-wide rates (``LabRates``).
struct HostRates: Equatable {
  /// Cores doing grid work (busy cores × their speed).
  var harvestedCores = 0.0
  /// Cores held by executions, whatever their speed.
  var occupiedCores = 0.0
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

  /// The share of a PC from its state: up or not, its owner, its busy cores and their speed.
  @inline(__always)
  static func of(isUp: Bool, owner: OwnerState, busyCores: Int32, speed: Double,
                 _ constants: HostRateConstants) -> HostRates {
    var rates = HostRates()
    guard isUp else {
      rates.watts = constants.power.off
      return rates
    }
    let total = constants.cores
    let harvested = Double(busyCores) * speed
    rates.harvestedCores = harvested
    rates.occupiedCores = Double(busyCores)
    guard case .present(_, let ownerLoad, _) = owner else {
      rates.idleCores = max(0, total - harvested)
      rates.watts = constants.power.idle + constants.wattRange * min(1, harvested / total)
      return rates
    }
    let load = min(ownerLoad, total)
    rates.idleCores = max(0, total - load - harvested)
    rates.watts = constants.power.idle + constants.wattRange * min(1, (load + harvested) / total)
    rates.session = true
    rates.ownerSlowdown = constants.ownerImpact * harvested / total
    rates.ownerImpaired = harvested > 0
    return rates
  }
}
