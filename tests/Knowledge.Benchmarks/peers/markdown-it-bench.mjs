// Renders a Markdown file repeatedly with markdown-it and prints the median throughput as JSON.
// Usage: node markdown-it-bench.mjs <file> <iterations>
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';

const [file, iterationsText] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const bytes = Buffer.byteLength(text, 'utf8');
const md = new MarkdownIt({ html: true, linkify: true });
for (let i = 0; i < 200; i++) md.render(text); // warm up the JIT as for ours
const samples = [];
for (let i = 0; i < Number(iterationsText ?? 50); i++) {
  const start = process.hrtime.bigint();
  md.render(text);
  samples.push(Number(process.hrtime.bigint() - start) / 1e9);
}
samples.sort((a, b) => a - b);
const median = samples[Math.floor(samples.length / 2)];
console.log(JSON.stringify({ peer: 'markdown-it', bytes, medianSeconds: median, mbPerSecond: bytes / 1e6 / median }));
