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
const ar_ = () => globalThis.WarraqAnalyzer.forLanguage('ar');
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
  // Two passing mentions in a long report beat one strong match of either word alone.
  const both = await ar.search('ترامب الزراعة');
  assert.deepEqual(urls(both), ['/ar/articles/long-report/', '/ar/articles/trump/', '/ar/articles/farming/',
    '/ar/articles/title-only/']);
});

test('the last word is a prefix while typing, never stemmed', async () => {
  const typing = await ar.search('المجتم', { typing: true });
  assert.ok(urls(typing).includes('/ar/articles/society/'), urls(typing).join(' '));
  // Normalized and without clitics, but no suffix cut: المجتمعي as a stem would be مجتمع.
  assert.equal(globalThis.WarraqSearch.parse('الأمن المجتمعي', ar_(), true)[1].prefix, 'مجتمعي');
  assert.equal(globalThis.WarraqSearch.parse('الموص', ar_(), true)[0].prefix, 'موص');
  for (const partial of ['مراك', 'بمراك', 'الموص', 'والموص']) {
    const found = await ar.search(partial, { typing: true });
    assert.ok(found.total > 0 && found.results.every((r) => /مراكش|الموصل/.test(r.snippet + r.title)),
      partial + ': ' + urls(found).join(' '));
  }
});

test('a submitted word that matches nothing is tried as a prefix before close spellings', async () => {
  // انتخ is two edits from انتخاب: only the prefix finds الانتخابات.
  const found = await ar.search('الانتخ');
  assert.deepEqual(urls(found), ['/ar/articles/title-only/']);
  assert.deepEqual(marked(found.results[0]), ['الانتخابات']);
  const cut = await ar.search('الموص');
  assert.ok(cut.results.some((r) => marked(r).includes('الموصل')), cut.results.map(marked).join(' | '));
});

test('a common word in one title does not outrank an article about it (BM25F)', async () => {
  const found = await ar.search('الزراعة');
  assert.equal(found.results[0].url, '/ar/articles/farming/', urls(found).join(' '));
  assert.ok(urls(found).includes('/ar/articles/title-only/'), urls(found).join(' '));
});

test('results far below the best are left out', async () => {
  const found = await ar.search('الزراعة');
  assert.ok(!urls(found).includes('/ar/articles/long-report/'), urls(found).join(' '));
  const alone = await ar.search('الموانئ الزراعة');
  assert.equal(alone.results[0].url, '/ar/articles/long-report/', 'found when it is the best: ' + urls(alone).join(' '));
});

test('a spelling variant finds the articles that use another', async () => {
  const trump = await ar.search('ترمب');
  assert.equal(urls(trump)[0], '/ar/articles/trump/');
  assert.deepEqual(marked(trump.results[0]), ['ترامب']);
  const american = await ar.search('الأميركية');
  assert.ok(urls(american).includes('/ar/articles/trump/'), urls(american).join(' '));
  const daesh = await ar.search('داعش');
  assert.ok(urls(daesh).includes('/ar/articles/state-org/'), urls(daesh).join(' '));
  // A multi-word variant is a phrase, typed with or without quotes.
  for (const q of ['تنظيم الدولة', '"تنظيم الدولة"']) {
    const found = await ar.search(q);
    assert.ok(urls(found).includes('/ar/articles/daesh-only/'), q + ': ' + urls(found).join(' '));
    assert.ok(urls(found).includes('/ar/articles/state-org/'), q + ': ' + urls(found).join(' '));
  }
  const english = await en.search('daesh');
  assert.deepEqual(urls(english).sort(), ['/en/articles/africa/', '/en/articles/islamic-state/', '/en/articles/marrakesh/']);
});

test('without a synonym group, variants stay apart', async () => {
  const state = await ar.search('الدولة');
  assert.ok(!urls(state).includes('/ar/articles/daesh-only/'), urls(state).join(' '));
  const manifest = JSON.parse(readFileSync(root + manifests.ar, 'utf8'));
  assert.ok(manifest.synonyms.some((g) => JSON.stringify(g) === JSON.stringify([['ترامب'], ['ترمب']])), JSON.stringify(manifest.synonyms));
  assert.ok(!JSON.stringify(manifest.synonyms).includes('موجود'), 'a group found in no article stays out');
  assert.ok(!JSON.stringify(manifest.synonyms).includes('isi'), 'English groups stay out of the Arabic manifest');
});

test('the surface word is highlighted, clitics and all', async () => {
  const found = await ar.search('الهجوم');
  const r = found.results.find((x) => x.url === '/ar/articles/state-org/');
  assert.ok(r, urls(found).join(' '));
  assert.deepEqual(marked(r), ['والهجوم', 'هجوم']);
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

test('the scripts never turn strings into markup', () => {
  for (const name of ['warraq-search.js', 'warraq-analyzer.js']) {
    const source = readFileSync(fileURLToPath(new URL('../../static/js/' + name, import.meta.url)), 'utf8');
    const found = source.match(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|srcdoc/g);
    assert.equal(found, null, name + ' uses ' + found);
  }
});
