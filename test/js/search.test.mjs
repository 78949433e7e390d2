// The search runtime against a small index built by the Java side (SearchFixture, written to
// target/search-fixture by JavaScriptTest before node runs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import '../../static/js/warraq-analyzer.js';
import '../../static/js/warraq-search.js';

const root = fileURLToPath(new URL('../../target/search-fixture/', import.meta.url));
const manifests = JSON.parse(readFileSync(root + 'fixture.json', 'utf8'));
const fetched = [];

function engine(language) {
  return globalThis.WarraqSearch.open({
    language,
    manifestUrl: pathToFileURL(root + manifests[language]).href,
    fetchJson: async (url) => {
      fetched.push(url);
      return JSON.parse(readFileSync(fileURLToPath(url), 'utf8'));
    },
  });
}
const ar = engine('ar');
const en = engine('en');
const urls = (found) => found.results.map((r) => r.url);
const marked = (r) => r.highlights.map(([s, e]) => r.snippet.substring(s, e));

test('a clitic-prefixed query finds the bare word and vice versa', async () => {
  const withClitic = await ar.search('لتوسع');
  const bare = await ar.search('توسع');
  assert.ok(urls(withClitic).includes('/ar/articles/expansion/'));
  assert.deepEqual(urls(withClitic), urls(bare));
});

test('results carry a snippet with the matched surface words highlighted', async () => {
  const found = await ar.search('التوسع');
  const r = found.results.find((x) => x.url === '/ar/articles/expansion/');
  assert.ok(r.titleHighlights.length > 0, 'title highlight');
  assert.deepEqual(r.title.substring(...r.titleHighlights[0]), 'لتوسع');
  assert.ok(marked(r).includes('التوسع'), marked(r).join('|'));
  assert.ok(marked(r).includes('توسعه'), marked(r).join('|'));
});

test('documents matching every word come first, partial matches still follow', async () => {
  const found = await ar.search('التوسع أفريقيا');
  assert.equal(found.results[0].url, '/ar/articles/expansion/', urls(found).join(' '));
  assert.ok(urls(found).includes('/ar/articles/seed-0/'), 'partial match shown: ' + urls(found).join(' '));
});

test('the last word is a prefix while typing, never stemmed', async () => {
  const typing = await ar.search('المجتم', { typing: true });
  assert.ok(urls(typing).includes('/ar/articles/society/'), urls(typing).join(' '));
  const submitted = await ar.search('المجتم');
  assert.ok(!urls(submitted).includes('/ar/articles/society/') || submitted.total > 0);
});

test('a misspelt word falls back to the closest terms', async () => {
  const found = await ar.search('مراكس');
  assert.ok(urls(found).includes('/ar/articles/seed-0/') || urls(found).includes('/ar/articles/seed-2/'),
    urls(found).join(' '));
});

test('quoted phrases match words in order only', async () => {
  const phrase = await ar.search('"التحالف الدولي"');
  assert.ok(phrase.total >= 3);
  assert.ok(!urls(phrase).includes('/ar/articles/order/'), urls(phrase).join(' '));
  const loose = await ar.search('التحالف الدولي');
  assert.ok(urls(loose).includes('/ar/articles/order/'));
});

test('English: stemming, stop words, prefix of a stem', async () => {
  const found = await en.search('the meetings');
  assert.deepEqual(urls(found).sort(), ['/en/articles/africa/', '/en/articles/marrakesh/']);
  const typing = await en.search('sanct', { typing: true });
  assert.deepEqual(urls(typing), ['/en/articles/finance/']);
  const pastStem = await en.search('expandi', { typing: true });
  assert.ok(urls(pastStem).includes('/en/articles/africa/'), urls(pastStem).join(' '));
});

test('an empty or stop-word-only query finds nothing without fetching', async () => {
  assert.deepEqual(await ar.search(''), { total: 0, results: [] });
  assert.deepEqual(await ar.search('في من'), { total: 0, results: [] });
});

test('only the metadata of shown results is fetched', async () => {
  fetched.length = 0;
  await ar.search('داعش', { limit: 2 });
  const docs = fetched.filter((u) => u.includes('/documents-'));
  assert.ok(docs.length <= 2, docs.join(' '));
});

test('the runtime never uses innerHTML', () => {
  const source = readFileSync(fileURLToPath(new URL('../../static/js/warraq-search.js', import.meta.url)), 'utf8');
  assert.ok(!/innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test(source));
});
