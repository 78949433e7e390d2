/*
 * Warraq search runtime: queries the static index written by org.warraq.search.SearchIndexBuilder.
 * Needs warraq-analyzer.js loaded first (globalThis.WarraqAnalyzer).
 *
 * Index: manifest -> postings shards (term -> [doc delta, pseudo tf ...]; a synonym variant of
 * several words is one term, its words joined by a space), lexicon shards
 * (term -> document frequency), positions shards (for "quoted phrases"), document shards
 * (what a result shows). Ranking: BM25F; the per-field part is in the pseudo tf, this adds idf
 * and saturation. Documents matching every query word come first. The manifest's synonyms
 * (analyzed spelling-variant groups from site.yaml) widen a query word or phrase to its variants.
 *
 * API: WarraqSearch.open({manifestUrl, language, fetchJson?}) -> {search(query, {typing, offset,
 * limit}) -> Promise<{total, results}>}. On a page with <ol id="search-results"
 * data-manifest="..."> it also wires the search box itself, building DOM nodes only (no HTML
 * strings, so nothing from the index can become markup).
 */
(function (root) {
  'use strict';

  var QUOTES = { '"': '"', '\u201c': '\u201d', '\u201d': '\u201d', '\u00ab': '\u00bb', '\u00bb': '\u00ab' };
  var CUTOFF = 0.1;        // results scoring under this share of the best are left out
  var PREFIX_TERMS = 8;    // expansions of a word being typed
  var FUZZY_TERMS = 3;     // corrections of a word matching nothing
  var SNIPPET_TOKENS = 24;

  function open(options) {
    var analyzer = root.WarraqAnalyzer.forLanguage(options.language);
    var base = options.manifestUrl;
    var getJson = options.fetchJson || function (url) {
      return fetch(url).then(function (r) {
        if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
        return r.json();
      });
    };
    var cache = Object.create(null);
    function load(name) {
      var url = new URL(name, base).href;
      if (!cache[url]) cache[url] = getJson(url);
      return cache[url];
    }
    var manifest = load(base);

    // The shard of a sorted directory [[first term, file], ...] that would hold `term`.
    function shardIndex(dir, term) {
      var lo = 0, hi = dir.length - 1, found = 0;
      while (lo <= hi) {
        var mid = (lo + hi) >> 1;
        if (dir[mid][0] <= term) { found = mid; lo = mid + 1; } else hi = mid - 1;
      }
      return found;
    }
    function directory(kind) {
      return manifest.then(function (m) {
        // Only phrases need positions, so their directory is a file of its own.
        return kind === 'positions' ? load(m.positionsDirectory) : m[kind];
      });
    }
    function lookup(kind, term) {
      return directory(kind).then(function (dir) {
        if (!dir.length) return undefined;
        return load(dir[shardIndex(dir, term)][1]).then(function (shard) {
          return Object.prototype.hasOwnProperty.call(shard, term) ? shard[term] : undefined;
        });
      });
    }
    // Lexicon entries [term, df] from `from` to `to` (inclusive), from at most `max` shards.
    function lexiconRange(from, to, max) {
      return manifest.then(function (m) {
        var dir = m.lexicon;
        if (!dir.length) return [];
        var first = shardIndex(dir, from), last = Math.min(shardIndex(dir, to), first + max - 1);
        var loads = [];
        for (var i = first; i <= last; i++) loads.push(load(dir[i][1]));
        return Promise.all(loads).then(function (shards) {
          var out = [];
          shards.forEach(function (s) {
            Object.keys(s).forEach(function (t) { if (t >= from && t <= to) out.push([t, s[t]]); });
          });
          return out;
        });
      });
    }

    function postingsOf(term) {
      return lookup('postings', term).then(function (flat) {
        if (!flat) return null;
        var docs = new Map(), id = 0;
        for (var i = 0; i < flat.length; i += 2) { id += flat[i]; docs.set(id, flat[i + 1]); }
        return docs;
      });
    }
    function positionsOf(term) {
      return lookup('positions', term).then(function (flat) {
        var docs = new Map(), id = 0;
        for (var i = 0; flat && i < flat.length;) {
          id += flat[i];
          var n = flat[i + 1], set = new Set(), p = 0;
          for (var k = 0; k < n; k++) { p += flat[i + 2 + k]; set.add(p); }
          docs.set(id, set);
          i += 2 + n;
        }
        return docs;
      });
    }

    // Alternatives of one query word: [{term, weight, docs}], exact term first. A word that
    // matches nothing may be cut short (مراك) or misspelt: its prefix, then close spellings.
    function wordAlternatives(clause, exactOnly) {
      return postingsOf(clause.term).then(function (docs) {
        var alts = docs ? [{ term: clause.term, weight: 1, docs: docs }] : [];
        if (clause.prefix && clause.prefix.length >= 2) return withPrefix(clause, alts);
        if (alts.length || exactOnly) return alts;
        var partial = clause.partial && clause.partial.length >= 3 ?
            withPrefix({ term: clause.term, prefix: clause.partial }, []) : Promise.resolve([]);
        return partial.then(function (found) { return found.length ? found : fuzzy(clause.term); });
      });
    }
    // A word or phrase with spelling variants: the typed form as usual, the others exactly,
    // scored as one term (summed frequencies, the union's idf) so that no spelling ranks above
    // another for being rarer.
    function variantAlternatives(clause) {
      return Promise.all(clause.variants.map(function (v, i) {
        if (i === clause.typed && clause.word) return wordAlternatives(clause.word, true);
        // A multi-word variant is indexed as one term, its words joined by a space.
        return v.length === 1 ? wordAlternatives({ term: v[0] }, true) : postingsOf(v.join(' ')).then(function (docs) {
          return docs ? [{ term: v.join(' '), terms: v, weight: 1, docs: docs, phrase: true }] : [];
        });
      })).then(function (lists) {
        var docs = new Map(), parts = [].concat.apply([], lists);
        parts.forEach(function (a) {
          a.docs.forEach(function (v, id) { docs.set(id, (docs.get(id) || 0) + v * a.weight); });
        });
        return [{ term: '', parts: parts, weight: 1, docs: docs }];
      });
    }
    function withPrefix(clause, alts) {
      var p = clause.prefix;
      // A typed word may run past its stem (meeti -> meet), so stems it starts with count too.
      var from = p.substring(0, Math.max(2, p.length - 3));
      return Promise.all([manifest, lexiconRange(from, p + '\uffff', 2)]).then(function (loaded) {
        var dir = loaded[0].postings;
        // Expansions from at most two postings shards (the exact term's and one more): each
        // further shard would cost a download for ever rarer words.
        var shards = [shardIndex(dir, clause.term)];
        var candidates = loaded[1].filter(function (e) {
          return e[0] !== clause.term && e[0].indexOf(' ') < 0 && (e[0].startsWith(p) || (p.startsWith(e[0]) && e[0].length >= from.length + 1));
        }).sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); }).filter(function (e) {
          var s = shardIndex(dir, e[0]);
          if (shards.indexOf(s) < 0 && shards.length < 2) shards.push(s);
          return shards.indexOf(s) >= 0;
        }).slice(0, PREFIX_TERMS);
        return Promise.all(candidates.map(function (e) { return postingsOf(e[0]); })).then(function (lists) {
          lists.forEach(function (docs, i) { if (docs) alts.push({ term: candidates[i][0], weight: 0.8, docs: docs }); });
          return alts;
        });
      });
    }
    function fuzzy(term) {
      var max = term.length <= 4 ? 1 : 2;
      var first = term.charAt(0);
      return lexiconRange(first, first + '\uffff', 3).then(function (entries) {
        var scored = [];
        entries.forEach(function (e) {
          if (Math.abs(e[0].length - term.length) > max || e[0].indexOf(' ') >= 0) return;
          var d = distance(term, e[0], max);
          if (d <= max) scored.push([e[0], d, e[1]]);
        });
        scored.sort(function (a, b) { return a[1] - b[1] || b[2] - a[2] || (a[0] < b[0] ? -1 : 1); });
        scored = scored.slice(0, FUZZY_TERMS);
        return Promise.all(scored.map(function (s) { return postingsOf(s[0]); })).then(function (lists) {
          return lists.map(function (docs, i) {
            return { term: scored[i][0], weight: scored[i][1] === 1 ? 0.6 : 0.4, docs: docs || new Map() };
          });
        });
      });
    }
    function phraseAlternatives(clause) {
      return Promise.all(clause.terms.map(postingsOf)).then(function (lists) {
        if (lists.some(function (l) { return !l; })) return [];
        return Promise.all(clause.terms.map(positionsOf)).then(function (positions) {
          var docs = new Map();
          lists[0].forEach(function (v, id) {
            var starts = positions[0].get(id);
            if (!starts) return;
            var found = Array.from(starts).some(function (p) {
              return positions.every(function (pos, i) { var s = pos.get(id); return s && s.has(p + i); });
            });
            if (found) {
              var tf = 0;
              lists.forEach(function (l) { tf += l.get(id) || 0; });
              docs.set(id, tf / lists.length);
            }
          });
          return [{ term: clause.terms.join(' '), terms: clause.terms, weight: 1, docs: docs, phrase: true }];
        });
      });
    }

    function rank(m, clauses, alternatives) {
      var n = m.documents, scores = new Map();
      alternatives.forEach(function (alts, c) {
        var best = new Map();
        alts.forEach(function (a) {
          var idf = Math.log(1 + (n - a.docs.size + 0.5) / (a.docs.size + 0.5)) * (a.phrase ? a.terms.length : 1);
          a.docs.forEach(function (v, id) {
            var tf = v / m.scale, s = a.weight * idf * tf / (m.k1 + tf);
            if (s > (best.get(id) || 0)) best.set(id, s);
          });
        });
        best.forEach(function (s, id) {
          var e = scores.get(id) || { id: id, score: 0, matched: 0 };
          e.score += s;
          e.matched++;
          scores.set(id, e);
        });
      });
      // A result is measured against the best of those matching as many query words or more,
      // so a document matching every word is never cut for scoring below a one-word match.
      var all = Array.from(scores.values()), top = [];
      all.forEach(function (e) {
        for (var k = 1; k <= e.matched; k++) top[k] = Math.max(top[k] || 0, e.score);
      });
      return all.filter(function (e) { return e.score >= CUTOFF * top[e.matched]; }).sort(function (a, b) {
        return b.matched - a.matched || b.score - a.score || a.id - b.id;
      });
    }

    function search(query, opts) {
      opts = opts || {};
      var clauses = parse(query, analyzer, !!opts.typing);
      if (!clauses.length) return Promise.resolve({ total: 0, results: [] });
      return manifest.then(function (m) {
        clauses = withSynonyms(clauses, m.synonyms || []);
        return Promise.all(clauses.map(function (c) {
          return c.variants ? variantAlternatives(c) : c.terms ? phraseAlternatives(c) : wordAlternatives(c);
        })).then(function (alternatives) {
          var ranked = rank(m, clauses, alternatives);
          var offset = opts.offset || 0, limit = opts.limit || 10;
          var page = ranked.slice(offset, offset + limit);
          // What to highlight: words anywhere, phrases only where their words stand in order.
          var matched = { words: new Set(), phrases: [] };
          (function collect(alts) {
            alts.forEach(function (a) {
              if (a.parts) collect(a.parts);
              else if (a.phrase) matched.phrases.push(a.terms);
              else matched.words.add(a.term);
            });
          })([].concat.apply([], alternatives));
          return Promise.all(page.map(function (e) {
            var shard = Math.floor(e.id / m.documentsPerShard);
            var name = 'documents-' + m.documentGroups[Math.floor(shard / m.shardsPerGroup)] + '-' +
                (shard % m.shardsPerGroup) + '.json';
            return load(name).then(function (docs) {
              return present(docs[e.id % m.documentsPerShard], e, matched, analyzer);
            });
          })).then(function (results) { return { total: ranked.length, results: results }; });
        });
      });
    }

    return { search: search };
  }

  // Replaces query words or phrases that spell a variant of a synonym group by one clause
  // {variants, typed, word?}; the longest variant wins where several fit.
  function withSynonyms(clauses, table) {
    var out = [];
    for (var i = 0; i < clauses.length;) {
      var best = null;
      table.forEach(function (group) {
        group.forEach(function (variant, v) {
          var n = spelled(clauses, i, variant);
          if (n && (!best || variant.length > best.length)) best = { group: group, typed: v, length: variant.length, used: n };
        });
      });
      if (!best) { out.push(clauses[i++]); continue; }
      out.push({ variants: best.group, typed: best.typed, word: best.length === 1 && !clauses[i].terms ? clauses[i] : null });
      i += best.used;
    }
    return out;
  }
  // How many clauses from i spell `variant`: one quoted phrase, or that many single words.
  function spelled(clauses, i, variant) {
    var c = clauses[i];
    if (c.terms) return same(c.terms, variant) ? 1 : 0;
    if (i + variant.length > clauses.length) return 0;
    for (var k = 0; k < variant.length; k++) {
      if (clauses[i + k].terms || clauses[i + k].term !== variant[k]) return 0;
    }
    return variant.length;
  }
  function same(a, b) {
    return a.length === b.length && a.every(function (x, i) { return x === b[i]; });
  }

  // Query text -> clauses: {term, partial, prefix?} per word, {terms} per "quoted phrase".
  // `partial` is the word as a prefix (normalized, clitics off, never stemmed); while typing,
  // the last word also matches as `prefix`.
  function parse(query, analyzer, typing) {
    var clauses = [], i = 0, q = String(query);
    var lastWord = null;
    while (i < q.length) {
      var ch = q.charAt(i);
      if (QUOTES[ch]) {
        var close = q.indexOf(QUOTES[ch], i + 1);
        var end = close < 0 ? q.length : close;
        var terms = analyzer.terms(q.substring(i + 1, end));
        if (terms.length > 1) clauses.push({ terms: terms });
        else if (terms.length === 1) clauses.push({ term: terms[0] });
        i = end + 1;
        lastWord = null;
      } else if (/\s/.test(ch)) {
        i++;
        lastWord = null;
      } else {
        var j = i;
        while (j < q.length && !/\s/.test(q.charAt(j)) && !QUOTES[q.charAt(j)]) j++;
        var word = q.substring(i, j);
        lastWord = { word: word, from: clauses.length };
        analyzer.terms(word).forEach(function (t) { clauses.push({ term: t }); });
        if (clauses.length > lastWord.from) clauses[clauses.length - 1].partial = analyzer.prefix(word);
        i = j;
      }
    }
    // The word under the cursor may be unfinished: match it as a prefix too.
    if (typing && lastWord && clauses.length > lastWord.from) {
      clauses[clauses.length - 1].prefix = clauses[clauses.length - 1].partial;
    }
    return clauses;
  }

  // A result as the page shows it: snippet and title with the ranges of matched words.
  function present(doc, entry, matched, analyzer) {
    var source = doc.text, tokens = analyzer.tokens(source), marks = marking(tokens, matched);
    if (marks.indexOf(true) < 0 && doc.summary) {
      source = doc.summary;
      tokens = analyzer.tokens(source);
      marks = marking(tokens, matched);
    }
    var best = 0, bestCount = -1;
    for (var s = 0; s < Math.max(1, tokens.length - SNIPPET_TOKENS + 1); s++) {
      var seen = new Set();
      for (var k = s; k < Math.min(tokens.length, s + SNIPPET_TOKENS); k++) {
        if (marks[k]) seen.add(tokens[k].term);
      }
      if (seen.size > bestCount) { bestCount = seen.size; best = s; }
    }
    // Lead in with a few words of context rather than starting at the first match.
    while (best < tokens.length && bestCount > 0 && !marks[best]) best++;
    best = Math.max(0, Math.min(best - 6, tokens.length - SNIPPET_TOKENS));
    var window = tokens.slice(best, best + SNIPPET_TOKENS);
    var start = best === 0 ? 0 : window.length ? window[0].start : 0;
    var last = best + SNIPPET_TOKENS >= tokens.length;
    var end = last ? source.length : window[window.length - 1].end;
    var lead = start > 0 ? '\u2026 ' : '';
    var snippet = lead + source.substring(start, end) + (last ? '' : ' \u2026');
    var titleTokens = analyzer.tokens(doc.title);
    return {
      url: doc.url, title: doc.title, date: doc.date, displayDate: doc.displayDate,
      topics: doc.topics, score: entry.score,
      titleHighlights: highlights(titleTokens, marking(titleTokens, matched), 0, 0),
      snippet: snippet,
      highlights: highlights(window, marks.slice(best, best + SNIPPET_TOKENS), start, lead.length)
    };
  }

  // Per token, whether it shows a match: a matched word, or part of a matched phrase in order.
  function marking(tokens, matched) {
    var marks = tokens.map(function (t) { return matched.words.has(t.term); });
    matched.phrases.forEach(function (p) {
      for (var i = 0; i + p.length <= tokens.length; i++) {
        var k = 0;
        while (k < p.length && tokens[i + k].term === p[k]) k++;
        if (k === p.length) for (k = 0; k < p.length; k++) marks[i + k] = true;
      }
    });
    return marks;
  }

  function highlights(tokens, marks, from, shift) {
    var out = [];
    tokens.forEach(function (t, i) {
      if (!marks[i]) return;
      var r = [t.start - from + shift, t.end - from + shift], prev = out[out.length - 1];
      if (!prev || prev[0] !== r[0]) out.push(r);
    });
    return out;
  }

  // Levenshtein distance, giving up (returning max + 1) once it must exceed max.
  function distance(a, b, max) {
    var prev = [], cur;
    for (var j = 0; j <= b.length; j++) prev[j] = j;
    for (var i = 1; i <= a.length; i++) {
      cur = [i];
      var rowMin = i;
      for (j = 1; j <= b.length; j++) {
        cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > max) return max + 1;
      prev = cur;
    }
    return prev[b.length];
  }

  // ---- The search page ----------------------------------------------------------------------

  function appendMarked(parent, text, ranges) {
    var at = 0;
    ranges.forEach(function (r) {
      if (r[0] > at) parent.appendChild(document.createTextNode(text.substring(at, r[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.substring(r[0], r[1]);
      parent.appendChild(mark);
      at = r[1];
    });
    if (at < text.length) parent.appendChild(document.createTextNode(text.substring(at)));
  }

  function renderResult(r) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = r.url;
    appendMarked(a, r.title, r.titleHighlights);
    li.appendChild(a);
    var meta = document.createElement('p');
    meta.className = 'result__meta';
    if (r.date) {
      var time = document.createElement('time');
      time.dateTime = r.date;
      time.textContent = r.displayDate || r.date;
      meta.appendChild(time);
    }
    (r.topics || []).forEach(function (topic) {
      if (meta.firstChild) meta.appendChild(document.createTextNode(' \u00b7 '));
      meta.appendChild(document.createTextNode(topic));
    });
    li.appendChild(meta);
    var snippet = document.createElement('p');
    snippet.className = 'result__snippet';
    appendMarked(snippet, r.snippet, r.highlights);
    li.appendChild(snippet);
    return li;
  }

  function wire() {
    var list = document.getElementById('search-results');
    if (!list || !list.dataset.manifest) return;
    var input = document.querySelector('[data-search-input]') || document.querySelector('input[type=search]');
    var status = document.querySelector('[data-search-status]');
    var engine = open({
      manifestUrl: new URL(list.dataset.manifest, location.href).href,
      language: list.dataset.language || document.documentElement.lang
    });
    var sequence = 0, timer = 0;
    function run(query, typing) {
      var mine = ++sequence;
      list.setAttribute('aria-busy', 'true');
      engine.search(query, { typing: typing, limit: 10 }).then(function (found) {
        if (mine !== sequence) return;
        while (list.firstChild) list.removeChild(list.firstChild);
        found.results.forEach(function (r) { list.appendChild(renderResult(r)); });
        if (status) {
          var key = !query.trim() ? 'empty' : found.total ? 'count' : 'none';
          var text = status.getAttribute('data-' + key) || '';
          if (key === 'count') {
            // The page's language picks the plural form (Arabic has six) and its digits.
            var form = new Intl.PluralRules(document.documentElement.lang || 'en').select(found.total);
            text = status.getAttribute('data-count-' + form) || status.getAttribute('data-count-other') || text;
          }
          var n = String(found.total);
          var zero = { arab: 0x0660, arabext: 0x06F0 }[status.getAttribute('data-digits')];
          if (zero) {
            n = n.replace(/[0-9]/g, function (d) { return String.fromCharCode(zero + Number(d)); });
          }
          status.textContent = text.replace('{0}', n).replace('{n}', n);
        }
      }, function (err) {
        if (mine !== sequence) return;
        if (status) status.textContent = status.getAttribute('data-error') || String(err);
      }).then(function () {
        if (mine === sequence) list.setAttribute('aria-busy', 'false');
      });
    }
    var initial = new URLSearchParams(location.search).get('q') || '';
    if (input) {
      input.value = initial;
      input.addEventListener('input', function () {
        clearTimeout(timer);
        list.setAttribute('aria-busy', 'true');
        timer = setTimeout(function () {
          var url = new URL(location.href);
          if (input.value) url.searchParams.set('q', input.value); else url.searchParams.delete('q');
          history.replaceState(null, '', url.href);
          run(input.value, true);
        }, 120);
      });
      if (input.form) input.form.addEventListener('submit', function (e) { e.preventDefault(); run(input.value, false); });
      keyboard(input, list);
    }
    run(initial, false);
  }

  // Arrow keys move from the box through the results' links and back; Escape returns to the box.
  function keyboard(input, list) {
    function links() { return Array.prototype.slice.call(list.querySelectorAll('li > a:first-child')); }
    function move(e, step) {
      var all = links(), at = all.indexOf(document.activeElement);
      var next = document.activeElement === input ? (step > 0 ? all[0] : null) : at < 0 ? null : at + step < 0 ? input : all[at + step];
      if (!next) return;
      e.preventDefault();
      next.focus();
    }
    function onKey(e) {
      if (e.key === 'ArrowDown') move(e, 1);
      else if (e.key === 'ArrowUp') move(e, -1);
      else if (e.key === 'Escape' && document.activeElement !== input) { e.preventDefault(); input.focus(); }
    }
    input.addEventListener('keydown', onKey);
    list.addEventListener('keydown', onKey);
  }

  root.WarraqSearch = { open: open, parse: parse, withSynonyms: withSynonyms };
  if (typeof document !== 'undefined') {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire);
    else wire();
  }
})(typeof globalThis !== 'undefined' ? globalThis : this);
