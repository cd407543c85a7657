import Model

/// What a scenario file decodes to: the model configuration and the output options.
struct ResolvedScenario {
  /// The model configuration.
  var config: ModelConfig
  /// Which files a run writes.
  var output: OutputOptions
}
