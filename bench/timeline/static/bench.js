// Starts the benchmark wasm; it sets window.parallaxTimelineReady once it can be timed.
(async () => {
  try {
    const go = new Go();
    const { instance } = await WebAssembly.instantiateStreaming(fetch("/build/bench.wasm"), go.importObject);
    go.run(instance);
  } catch (err) {
    window.parallaxTimelineError = String(err);
  }
})();
