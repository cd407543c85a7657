/// The thresholds of HTCondor's DESKTOP (UWCS) startd policy (domain.md §2). The values are
/// those of `src/condor_utils/param_info.in` (the `[BackgroundLoad]` … `[MaxVacateTime]` entries
/// and the `$POLICY.DESKTOP` metaknob), unchanged since the 2007 UWCS configuration.
public struct DesktopThresholds: Sendable, Equatable {
  /// START needs the keyboard idle this long (`StartIdleTime` = 15 × `$(MINUTE)`).
  public var startIdleTime: Double = 900
  /// CONTINUE needs the keyboard idle this long (`ContinueIdleTime` = 5 × `$(MINUTE)`).
  public var continueIdleTime: Double = 300
  /// PREEMPT after a suspension this long (`MaxSuspendTime` = 10 × `$(MINUTE)`).
  public var maxSuspendTime: Double = 600
  /// KILL a vacating job after this long (`MachineMaxVacateTime` = `$(MaxVacateTime)` =
  /// 10 × `$(MINUTE)`): a checkpoint on vacate that would take longer is not saved.
  public var maxVacateTime: Double = 600
  /// The keyboard counts as busy when used within this time (`KeyboardBusy` =
  /// `KeyboardIdle < $(MINUTE)`, 60 s).
  public var keyboardBusyTime: Double = 60
  /// The owner's load (cores) below which the CPU counts as idle (`BackgroundLoad`, 0.3).
  public var backgroundLoad: Double = 0.3
  /// The owner's load (cores) at which the job is suspended (`HighLoad`, 0.5) …
  public var highLoad: Double = 0.5
  /// … once it has lasted this long (`CpuBusyTimer > 120` in DESKTOP's `SUSPEND`).
  public var cpuBusyTime: Double = 120

  /// The DESKTOP defaults.
  public init() {}
}
