// Parallax search benchmark, driven by `go run ./bench/search`: the Go engine (wasm) and Fuse.js
// search the same sentences with the same keystrokes in the same page.
import Fuse from "/fuse.mjs";

const fuseConfigs = {
  "Fuse.js (defaults)": { keys: ["text"] },
  "Fuse.js (threshold 0.3, ignoreLocation)": { keys: ["text"], threshold: 0.3, ignoreLocation: true },
};

function pct(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))];
}

function stats(xs) {
  return { n: xs.length, p50: pct(xs, 0.5), p95: pct(xs, 0.95), max: Math.max(...xs) };
}

function heapMB() {
  return performance.memory ? performance.memory.usedJSHeapSize / (1 << 20) : NaN;
}

// keystrokes lists every prefix of every probe, as typed character by character.
function keystrokes(probes) {
  const out = [];
  for (const p of probes) {
    const chars = [...p.text];
    for (let i = 1; i <= chars.length; i++) out.push(chars.slice(0, i).join(""));
  }
  return out;
}

// sample keeps every k-th keystroke (and every full query), for peers too slow to run them all.
function sample(keys, probes, k) {
  const full = new Set(probes.map((p) => p.text));
  return keys.map((q, i) => i).filter((i) => i % k === 0 || full.has(keys[i]));
}

function progress(msg) {
  console.log(`[${(performance.now() / 1000).toFixed(1)} s] ${msg}`);
}

window.runBench = async function (corpus, articles, probes, fuseEvery) {
  const out = { corpus, engines: {} };
  const t0 = performance.now();
  const go = new Go();
  const wasm = await WebAssembly.instantiateStreaming(fetch("/bench.wasm"), go.importObject);
  go.run(wasm.instance);
  out.wasmStartMs = performance.now() - t0;
  progress("wasm started; loading and indexing the corpus");
  const load = pxLoad(corpus, articles);
  if (load.error) throw new Error(load.error);
  out.load = load;

  const keys = keystrokes(probes);
  const accuracy = (top) => probes.filter((p) => top(p.text) === p.article + "#" + p.sentence).length;

  // Each engine first types a few keystrokes untimed, so that JIT compilation is not measured.
  const warm = keys.slice(0, 20);

  // Go engine: every keystroke.
  for (const q of warm) pxSearch(q);
  const lat = [];
  for (const q of keys) {
    const t = performance.now();
    pxSearch(q);
    lat.push(performance.now() - t);
  }
  out.engines["Parallax (Go, wasm)"] = {
    buildMs: load.buildMs, memMB: load.indexMB, keys: stats(lat),
    top1: accuracy((q) => pxSearch(q)),
  };
  // The same engine on only the keystrokes Fuse.js is timed on, for like-for-like ratios.
  out.oursOnSample = stats(sample(keys, probes, fuseEvery).map((i) => lat[i]));

  // Fuse.js over the same sentences.
  progress(`Parallax done: p95 ${out.engines["Parallax (Go, wasm)"].keys.p95} ms; handing sentences to Fuse.js`);
  const docs = pxSentences().split("\n").filter(Boolean).map((line) => {
    const tab = line.indexOf("\t");
    return { id: line.slice(0, tab), text: line.slice(tab + 1) };
  });
  for (const [name, opts] of Object.entries(fuseConfigs)) {
    if (globalThis.gc) globalThis.gc();
    const h0 = heapMB();
    const b0 = performance.now();
    const fuse = new Fuse(docs, opts);
    const buildMs = performance.now() - b0;
    const memMB = heapMB() - h0;
    for (const q of warm.slice(0, 3)) fuse.search(q, { limit: 20 });
    const fkeys = sample(keys, probes, fuseEvery).map((i) => keys[i]);
    progress(`${name}: index built in ${buildMs.toFixed(0)} ms; timing ${fkeys.length} keystrokes`);
    const flat = [];
    const tops = new Map(); // full query → top result, for accuracy without searching twice
    for (const q of fkeys) {
      const t = performance.now();
      const r = fuse.search(q, { limit: 20 });
      flat.push(performance.now() - t);
      tops.set(q, r.length ? r[0].item.id : "");
    }
    out.engines[name] = { buildMs, memMB, keys: stats(flat), top1: accuracy((q) => tops.get(q)) };
  }
  out.totalKeys = keys.length;
  return JSON.stringify(out);
};
document.getElementById("status").textContent = "ready";
