// Regenerates TraditionalScriptTable.cs (run offline: `npm install opencc-js@1.4.2 && node TraditionalScriptTable.gen.js`).
// Converts every CJK run of the corpus sources and the schema YAML with OpenCC (cn → tw) and keeps what the corpus needs:
// each character whose own conversion differs, and each two-character word whose conversion as a word gives another
// character than character-by-character conversion (复议 → 複議).
const OpenCC = require('opencc-js');
const fs = require('fs');
const path = require('path');
const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });
const corpus = path.join(__dirname, '..');
const repository = path.join(corpus, '..', '..');
const target = path.join(__dirname, 'TraditionalScriptTable.cs');

const files = [];
(function walk(dir) {
  for (const name of fs.readdirSync(dir)) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isDirectory()) { if (name !== 'bin' && name !== 'obj') walk(full); }
    else if (name.endsWith('.cs') && full !== target) files.push(full);
  }
})(corpus);
for (const name of fs.readdirSync(path.join(repository, 'schema'))) if (name.endsWith('.yaml')) files.push(path.join(repository, 'schema', name));

const runs = new Set();
for (const file of files) for (const m of fs.readFileSync(file, 'utf8').matchAll(/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”]+/g)) runs.add(m[0]);
const isCjk = c => c >= '\u3400' && c <= '\u9fff';
const characters = new Map();
for (const run of runs) for (const c of run) if (isCjk(c)) { const t = convert(c); if (t !== c && t.length === 1) characters.set(c, t); }
const phrases = new Map();
for (const run of runs) {
  const whole = convert(run);
  if (whole.length !== run.length) continue;
  for (let i = 0; i < run.length; i++) {
    if (whole[i] === (characters.get(run[i]) || run[i])) continue;
    for (const [from, to] of [[i, i + 2], [i - 1, i + 1]]) {
      if (from < 0 || to > run.length) continue;
      const word = run.slice(from, to);
      if (convert(word)[i - from] === whole[i]) { phrases.set(word, convert(word)); break; }
    }
  }
}
const simplified = [...characters.keys()].sort();
const lines = (text, indent) => text.match(/.{1,60}/gu).map((chunk, i, all) => `${indent}"${chunk}"${i < all.length - 1 ? ' +' : ';'}`).join('\n');
fs.writeFileSync(target, `namespace SchemaGen.Corpus.Layout
{
    /// <summary>
    /// The Simplified → Traditional table behind <see cref="TraditionalScript"/>: position i of <see cref="Simplified"/> maps to
    /// position i of <see cref="Traditional"/>, and <see cref="Phrases"/> lists the words whose character depends on the word.
    /// </summary>
    /// <remarks>
    /// Written by TraditionalScriptTable.gen.js (next to this file) with the npm package opencc-js 1.4.2, converter cn → tw (the
    /// character forms mainland sites' 繁體 pages show: 為, 臺), over every CJK run of the corpus sources and the schema YAML.
    /// Rerun it after adding words with new characters; nothing at build or test time depends on npm.
    /// </remarks>
    internal static class TraditionalScriptTable
    {
        public const string Simplified =
${lines(simplified.join(''), '            ')}

        public const string Traditional =
${lines(simplified.map(c => characters.get(c)).join(''), '            ')}

        public static readonly (string Simplified, string Traditional)[] Phrases =
        {
${[...phrases].sort().map(([s, t]) => `            ("${s}", "${t}"),`).join('\n')}
        };
    }
}
`);
console.log(`${simplified.length} characters, ${phrases.size} words`);
