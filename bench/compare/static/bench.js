// Starts the benchmark wasm; it sets window.parallaxCompareReady once it can be timed.
(async () => {
  try {
    const go = new Go();
    const { instance } = await WebAssembly.instantiateStreaming(fetch("/build/bench.wasm"), go.importObject);
    go.run(instance);
  } catch (err) {
    window.parallaxCompareError = String(err);
  }
})();
