// The JavaScript analyzer must reproduce the Java reference exactly: every vector in
// target/analyzer-vectors.json (written by AnalyzerTwinTest) is checked here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import '../../static/js/warraq-analyzer.js';

const vectorsFile = fileURLToPath(new URL('../../target/analyzer-vectors.json', import.meta.url));
const vectors = JSON.parse(readFileSync(vectorsFile, 'utf8'));
const { WarraqAnalyzer } = globalThis;

for (const [language, cases] of Object.entries(vectors)) {
  test(`${language}: ${cases.length} vectors`, () => {
    const analyzer = WarraqAnalyzer.forLanguage(language);
    const failures = [];
    for (const c of cases) {
      const actual = {
        text: c.text,
        terms: analyzer.terms(c.text),
        tokens: analyzer.tokens(c.text).map((t) => [t.term, t.surface, t.start, t.end]),
        normalize: analyzer.normalize(c.text),
        prefix: analyzer.prefix(c.text),
      };
      try {
        assert.deepEqual(actual, c);
      } catch (e) {
        failures.push(e.message);
      }
    }
    assert.equal(failures.length, 0, `${failures.length} mismatches:\n${failures.slice(0, 5).join('\n')}`);
  });
}
