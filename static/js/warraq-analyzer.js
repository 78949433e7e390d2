/*
 * Warraq text analysis for search queries: the twin of org.warraq.text in Java, which is the
 * reference. Both must give identical output on target/analyzer-vectors.json (see
 * test/js/analyzer.test.mjs), so change a rule in both places or in neither.
 *
 * Plain script: sets globalThis.WarraqAnalyzer = { forLanguage(code) } with analyzers exposing
 * terms(text), tokens(text), normalize(word), prefix(partialWord). No dependencies.
 */
(function (root) {
  'use strict';

  var DIGIT = /\p{Nd}/u;
  var MARK = /\p{M}/u;
  var LETTER = /\p{L}/u;

  /** Word spans: maximal runs of letters or of digits; marks stay with the run they follow. */
  function segment(text) {
    var spans = [];
    var runStart = -1;
    var runKind = 0;
    for (var i = 0; i < text.length;) {
      var cp = text.codePointAt(i);
      var ch = String.fromCodePoint(cp);
      var kind = DIGIT.test(ch) ? 2 : MARK.test(ch) ? 3 : LETTER.test(ch) ? 1 : 0;
      var continues = runStart >= 0 && (kind === runKind || kind === 3);
      if (!continues) {
        if (runStart >= 0) spans.push([runStart, i]);
        runStart = kind === 0 ? -1 : i;
        runKind = kind === 3 ? 1 : kind;
      }
      i += cp > 0xffff ? 2 : 1;
    }
    if (runStart >= 0) spans.push([runStart, text.length]);
    return spans;
  }

  function setOf(words, normalize) {
    var set = Object.create(null);
    words.split(' ').forEach(function (w) { set[normalize ? normalize(w) : w] = true; });
    return set;
  }

  // ---- Arabic -------------------------------------------------------------------------------

  function arabicNormalize(word) {
    var out = '';
    for (var i = 0; i < word.length; i++) {
      var c = word.charCodeAt(i);
      if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) continue;
      if (c >= 0x0660 && c <= 0x0669) c = 0x30 + c - 0x0660;
      else if (c >= 0x06f0 && c <= 0x06f9) c = 0x30 + c - 0x06f0;
      else if (c === 0x0622 || c === 0x0623 || c === 0x0625 || c === 0x0671) c = 0x0627;
      else if (c === 0x0649 || c === 0x06cc) c = 0x064a;
      else if (c === 0x06a9) c = 0x0643;
      else if (c === 0x0629) c = 0x0647;
      out += String.fromCharCode(c);
    }
    return out;
  }

  // Proclitics after an optional conjunction و/ف, first match wins, with the shortest stem each
  // may leave (ArabicStemmer.java).
  var AR_PROCLITICS = [['بال', 2], ['كال', 2], ['لل', 2], ['ال', 2], ['ب', 4], ['ك', 4], ['ل', 4]];
  // Lucene's ArabicStemmer suffixes, in its order (ية and ة cannot occur after normalization).
  var AR_LUCENE_SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'];
  var AR_STOP = setOf(
    'في من على الى عن مع هذا هذه ذلك تلك هولاء هؤلاء ' +
    'التي الذي الذين اللذان اللتان اللواتي اللاتي ' +
    'و ف ب ل ك ان او ام ثم قد لقد لا لم لن ما ماذا ' +
    'كان كانت يكون تكون ليس ليست ' +
    'هو هي هم هما هن انا نحن انت انتم ' +
    'كل بين حتى عند عندما منذ اذا اذ لكن بل غير اي ضمن ' +
    'كما اما الا لدى لدي له لها لهم به بها بهم ' +
    'فيه فيها فيهم منه منها منهم عليه عليها عليهم اليه اليها ' +
    'عنه عنها هناك هنا ايضا كذلك لذلك بذلك لهذا بهذا لكل يا', arabicNormalize);

  function startsWithConjunction(word) {
    return word.startsWith('و') || word.startsWith('ف');
  }

  function arabicStripProclitics(word) {
    var start = startsWithConjunction(word) ? 1 : 0;
    for (var i = 0; i < AR_PROCLITICS.length; i++) {
      var p = AR_PROCLITICS[i][0];
      if (word.startsWith(p, start) && word.length - start - p.length >= AR_PROCLITICS[i][1]) {
        return word.substring(start + p.length);
      }
    }
    return start === 1 && word.length - 1 >= 3 ? word.substring(1) : word;
  }

  /** Proclitics stripped once; what follows is parsed again only if it starts with و, ف or ال. */
  function arabicStripPrefixes(word) {
    var stem = arabicStripProclitics(word);
    if (stem.length < word.length && (startsWithConjunction(stem) || stem.startsWith('ال'))) {
      stem = arabicStripProclitics(stem);
    }
    return stem;
  }

  function canStrip(stem, suffix) {
    return stem.endsWith(suffix) && stem.length - suffix.length >= 3;
  }

  /** Lucene's ArabicStemmer.stemSuffix, given the stem minus its first letter (so 3 letters stay). */
  function luceneSuffixes(stem) {
    if (stem.length < 2) return stem;
    var rest = stem.substring(1);
    for (var i = 0; i < AR_LUCENE_SUFFIXES.length; i++) {
      var s = AR_LUCENE_SUFFIXES[i];
      if (rest.length >= s.length + 2 && rest.endsWith(s)) rest = rest.substring(0, rest.length - s.length);
    }
    return stem.charAt(0) + rest;
  }

  var arabic = {
    normalize: arabicNormalize,
    isStopWord: function (w) {
      if (AR_STOP[w]) return true;
      return (w.startsWith('و') || w.startsWith('ف')) && AR_STOP[w.substring(1)] === true;
    },
    stem: function (word) {
      var stem = arabicStripPrefixes(word);
      if (canStrip(stem, 'ها')) stem = stem.substring(0, stem.length - 2);
      else if (canStrip(stem, 'ه')) stem = stem.substring(0, stem.length - 1);
      if (canStrip(stem, 'ا')) stem = stem.substring(0, stem.length - 1);
      return luceneSuffixes(stem);
    },
    stripPrefix: arabicStripPrefixes
  };

  // ---- English: Porter (1980), following the reference implementation ------------------------

  var STEP2 = [['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'],
    ['izer', 'ize'], ['bli', 'ble'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'],
    ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate'], ['alism', 'al'],
    ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
    ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log']];
  var STEP3 = [['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'],
    ['ful', ''], ['ness', '']];
  var STEP4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent',
    'ion', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize'];

  function porter(word) {
    if (word.length <= 2) return word;
    var b = word.split('');
    var k = b.length - 1;
    var j = 0;

    function cons(i) {
      var c = b[i];
      if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return false;
      if (c === 'y') return i === 0 || !cons(i - 1);
      return true;
    }
    function m() {
      var n = 0;
      var i = 0;
      for (;;) { if (i > j) return n; if (!cons(i)) break; i++; }
      i++;
      for (;;) {
        for (;;) { if (i > j) return n; if (cons(i)) break; i++; }
        i++;
        n++;
        for (;;) { if (i > j) return n; if (!cons(i)) break; i++; }
        i++;
      }
    }
    function vowelInStem() {
      for (var i = 0; i <= j; i++) if (!cons(i)) return true;
      return false;
    }
    function doubleC(at) { return at >= 1 && b[at] === b[at - 1] && cons(at); }
    function cvc(i) {
      if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) return false;
      var c = b[i];
      return c !== 'w' && c !== 'x' && c !== 'y';
    }
    function ends(s) {
      var l = s.length;
      var o = k - l + 1;
      if (o < 0) return false;
      for (var i = 0; i < l; i++) if (b[o + i] !== s[i]) return false;
      j = k - l;
      return true;
    }
    function setTo(s) {
      for (var i = 0; i < s.length; i++) b[j + 1 + i] = s[i];
      k = j + s.length;
    }
    function r(s) { if (m() > 0) setTo(s); }
    function replaceFirst(table) {
      if (k === 0) return;
      for (var i = 0; i < table.length; i++) {
        if (ends(table[i][0])) { r(table[i][1]); return; }
      }
    }

    // step 1ab
    if (b[k] === 's') {
      if (ends('sses')) k -= 2;
      else if (ends('ies')) setTo('i');
      else if (b[k - 1] !== 's') k--;
    }
    if (ends('eed')) {
      if (m() > 0) k--;
    } else if ((ends('ed') || ends('ing')) && vowelInStem()) {
      k = j;
      if (ends('at')) setTo('ate');
      else if (ends('bl')) setTo('ble');
      else if (ends('iz')) setTo('ize');
      else if (doubleC(k)) {
        k--;
        var ch = b[k];
        if (ch === 'l' || ch === 's' || ch === 'z') k++;
      } else if (m() === 1 && cvc(k)) setTo('e');
    }
    // step 1c
    if (ends('y') && vowelInStem()) b[k] = 'i';
    replaceFirst(STEP2);
    replaceFirst(STEP3);
    // step 4
    if (k !== 0) {
      for (var i = 0; i < STEP4.length; i++) {
        if (ends(STEP4[i])) {
          if (STEP4[i] === 'ion' && !(j >= 0 && (b[j] === 's' || b[j] === 't'))) continue;
          if (m() > 1) k = j;
          break;
        }
      }
    }
    // step 5
    j = k;
    if (b[k] === 'e') {
      var a = m();
      if (a > 1 || (a === 1 && !cvc(k - 1))) k--;
    }
    if (b[k] === 'l' && doubleC(k) && m() > 1) k--;
    return b.slice(0, k + 1).join('');
  }

  var EN_STOP = setOf(
    'a an and are as at be but by for if in into is it no not of on or such that the their ' +
    'then there these they this to was will with from has have had its were been which who ' +
    'he she we his her s t');

  var english = {
    normalize: function (w) { return w; },
    isStopWord: function (w) { return EN_STOP[w] === true; },
    stem: function (w) { return /^[a-z]+$/.test(w) ? porter(w) : w; },
    stripPrefix: function (w) { return w; }
  };

  var generic = {
    normalize: function (w) { return w; },
    isStopWord: function () { return false; },
    stem: function (w) { return w; },
    stripPrefix: function (w) { return w; }
  };

  // ---- Persian, Urdu and the rest of the Perso-Arabic script (PersoArabicRules.java) ---------

  var persoArabic = {
    normalize: function (w) {
      return arabicNormalize(w).replace(/[\u06c0\u06c1]/g, '\u0647').replace(/\u06d2/g, '\u064a');
    },
    isStopWord: function () { return false; },
    stem: function (w) { return w; },
    stripPrefix: function (w) { return w; }
  };

  // ---- The pipeline ---------------------------------------------------------------------------

  function analyzer(rules) {
    function normalize(word) {
      return rules.normalize(String(word).normalize('NFKC').toLowerCase());
    }
    function tokens(text) {
      var out = [];
      if (text == null) return out;
      segment(text).forEach(function (span) {
        var surface = text.substring(span[0], span[1]);
        var normalized = normalize(surface);
        segment(normalized).forEach(function (part) {
          var word = normalized.substring(part[0], part[1]);
          if (!rules.isStopWord(word)) {
            out.push({ term: rules.stem(word), surface: surface, start: span[0], end: span[1] });
          }
        });
      });
      return out;
    }
    return {
      tokens: tokens,
      terms: function (text) { return tokens(text).map(function (t) { return t.term; }); },
      normalize: normalize,
      prefix: function (partialWord) {
        var normalized = normalize(partialWord);
        var words = segment(normalized);
        if (words.length === 0) return '';
        var last = words[words.length - 1];
        return rules.stripPrefix(normalized.substring(last[0], last[1]));
      }
    };
  }

  var PERSO_ARABIC = analyzer(persoArabic);
  var ANALYZERS = { ar: analyzer(arabic), en: analyzer(english), fa: PERSO_ARABIC, ur: PERSO_ARABIC, ps: PERSO_ARABIC,
    ckb: PERSO_ARABIC, sd: PERSO_ARABIC, '': analyzer(generic) };

  root.WarraqAnalyzer = {
    /** The analyzer for a BCP 47 code ("ar", "ar-EG", "en", "fa"); others get the generic one. */
    forLanguage: function (code) {
      var primary = String(code || '').toLowerCase().split(/[-_]/)[0];
      return Object.prototype.hasOwnProperty.call(ANALYZERS, primary) ? ANALYZERS[primary] : ANALYZERS[''];
    }
  };
})(typeof globalThis !== 'undefined' ? globalThis : this);
