// Placeholder; replaced as the layer is written.
