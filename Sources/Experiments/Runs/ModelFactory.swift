import Model
import Scenario

/// Builds the model of one run, opening the workload trace when the scenario names one.
package enum ModelFactory {
  /// A model of `config` reporting to `observer`.
  ///
  /// - Throws: ``OutputError`` when the workload trace cannot be opened.
  package static func model(_ config: ModelConfig, observer: (any RunObserver)? = nil) throws -> LabModel {
    guard let trace = config.workload.trace else { return LabModel(config: config, observer: observer) }
    do {
      return LabModel(config: config, observer: observer,
                      jobSource: try SWFJobSource(trace, hostCores: config.maxCoresPerHost))
    } catch {
      throw OutputError(message: "cannot read the workload trace: \(error)")
    }
  }
}
