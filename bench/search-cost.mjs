// What a reader's browser downloads for one search, measured by running the real runtime
// (static/js) in node against a built site: every file it fetches, gzip-compressed (level 6,
// as a web server would), plus the two scripts. Usage:
//   node bench/search-cost.mjs SITE_DIR LANG [--typing] QUERY...
// Prints one line per query: results, files fetched, KB gzip of index files and in total.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [site, lang, ...rest] = process.argv.slice(2);
const typing = rest.includes('--typing');
const queries = rest.filter((q) => q !== '--typing');
const js = site + '/js/';
const script = (prefix) => js + readdirSync(js).find((f) => f.startsWith(prefix) && f.endsWith('.js'));
for (const file of [script('warraq-analyzer.'), script('warraq-search.')]) {
  (0, eval)(readFileSync(file, 'utf8'));
}
const gz = (path) => gzipSync(readFileSync(path), { level: 6 }).length;
const scripts = gz(script('warraq-analyzer.')) + gz(script('warraq-search.'));
const dir = `${site}/${lang}/search/`;
const manifest = readdirSync(dir).find((f) => f.startsWith('manifest-'));
const kb = (n) => (n / 1024).toFixed(1);

console.log(`scripts ${kb(scripts)} KB gzip (search ${kb(gz(script('warraq-search.')))}, analyzer ${kb(gz(script('warraq-analyzer.')))})`);
for (const query of queries) {
  const fetched = new Set();
  // A fresh engine per query: nothing cached from the previous one, as on a first visit.
  const engine = globalThis.WarraqSearch.open({
    language: lang,
    manifestUrl: pathToFileURL(dir + manifest).href,
    fetchJson: async (url) => {
      fetched.add(fileURLToPath(url));
      return JSON.parse(readFileSync(fileURLToPath(url), 'utf8'));
    },
  });
  const found = await engine.search(query, { typing, limit: 10 });
  let index = 0;
  const kinds = {};
  for (const f of fetched) {
    const size = gz(f);
    index += size;
    const kind = f.replace(/.*\/([a-z-]+?)-[0-9a-f]{10}.*/, '$1');
    kinds[kind] = (kinds[kind] || 0) + size;
  }
  const parts = Object.entries(kinds).map(([k, v]) => `${k} ${kb(v)}`).join(', ');
  console.log(`${typing ? 'typing ' : ''}${query}: ${found.total} results, ${fetched.size} files, ` +
    `index ${kb(index)} KB (${parts}), total with scripts ${kb(index + scripts)} KB gzip`);
}
