// Accuracy of the eld and franc npm packages, both restricted to the product's 17 languages, on langid TSV files
// (lang<TAB>text). Usage: npm ci && node run.mjs FILE...   Prints a table, then one JSON line per file.
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { performance } from 'node:perf_hooks'
import { eld } from 'eld/large'
import { franc } from 'franc'

const languages = ['ar', 'de', 'en', 'es', 'fr', 'he', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'ru', 'th', 'tr', 'vi', 'zh']
// franc speaks ISO 639-3: Standard Arabic is arb, Mandarin cmn.
const toFranc = { ar: 'arb', de: 'deu', en: 'eng', es: 'spa', fr: 'fra', he: 'heb', it: 'ita', ja: 'jpn', ko: 'kor', nl: 'nld', pl: 'pol', pt: 'por', ru: 'rus', th: 'tha', tr: 'tur', vi: 'vie', zh: 'cmn' }
const fromFranc = Object.fromEntries(Object.entries(toFranc).map(([k, v]) => [v, k]))

eld.setLanguageSubset(languages)
const francOptions = { only: Object.values(toFranc), minLength: 1 } // default minLength 10 would answer 'und' for short texts

const detectors = {
  eld: text => eld.detect(text).language,
  franc: text => fromFranc[franc(text, francOptions)] ?? 'und',
}

const files = process.argv.slice(2)
if (files.length === 0) {
  console.error('usage: node run.mjs FILE.tsv...')
  process.exit(2)
}

for (const file of files) {
  const rows = readFileSync(file, 'utf8').split('\n').filter(l => l.length > 0).map(l => {
    const tab = l.indexOf('\t')
    return { language: l.slice(0, tab).trim(), text: l.slice(tab + 1) }
  })
  const result = { file: basename(file), n_test: rows.length }
  for (const [name, detect] of Object.entries(detectors)) {
    // Same method as our langid task: about two seconds of untimed passes, then the median of five timed passes.
    const warmUp = performance.now()
    do rows.forEach(r => detect(r.text)); while (performance.now() - warmUp < 2000)
    let predictions = []
    const rates = []
    for (let pass = 0; pass < 5; pass++) {
      const start = performance.now()
      predictions = rows.map(r => detect(r.text))
      rates.push(rows.length / ((performance.now() - start) / 1000))
    }
    const textsPerSecond = rates.sort((a, b) => a - b)[2]
    const correct = rows.filter((r, i) => predictions[i] === r.language).length
    const perLanguage = {}
    for (const language of languages) {
      const mine = rows.map((r, i) => [r, predictions[i]]).filter(([r]) => r.language === language)
      if (mine.length > 0) perLanguage[language] = +(mine.filter(([r, p]) => p === r.language).length / mine.length).toFixed(4)
    }
    result[name] = { accuracy: +(correct / rows.length).toFixed(4), texts_per_second: Math.round(textsPerSecond), per_language: perLanguage }
    console.log(`${basename(file)}  ${name.padEnd(6)} accuracy ${(correct / rows.length).toFixed(4)}  ${Math.round(textsPerSecond)} texts/s`)
  }
  console.log(JSON.stringify(result))
}
