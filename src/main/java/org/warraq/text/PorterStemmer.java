package org.warraq.text;

/**
 * Martin Porter's 1980 stemming algorithm, as in his reference implementation (tartarus.org).
 * Written out here rather than taken from Lucene so the JavaScript twin can follow it line by line.
 */
final class PorterStemmer {

  private final char[] b;
  private int k;
  private int j;

  private PorterStemmer(String word) {
    this.b = word.toCharArray();
    this.k = b.length - 1;
  }

  /** The stem of a lower-case word of ASCII letters. */
  static String stem(String word) {
    if (word.length() <= 2) {
      return word;
    }
    PorterStemmer s = new PorterStemmer(word);
    s.step1ab();
    s.step1c();
    s.step2();
    s.step3();
    s.step4();
    s.step5();
    return new String(s.b, 0, s.k + 1);
  }

  private boolean cons(int i) {
    switch (b[i]) {
      case 'a': case 'e': case 'i': case 'o': case 'u':
        return false;
      case 'y':
        return i == 0 || !cons(i - 1);
      default:
        return true;
    }
  }

  /** The number of consonant-vowel sequences between the start and j. */
  private int m() {
    int n = 0;
    int i = 0;
    while (true) {
      if (i > j) return n;
      if (!cons(i)) break;
      i++;
    }
    i++;
    while (true) {
      while (true) {
        if (i > j) return n;
        if (cons(i)) break;
        i++;
      }
      i++;
      n++;
      while (true) {
        if (i > j) return n;
        if (!cons(i)) break;
        i++;
      }
      i++;
    }
  }

  private boolean vowelInStem() {
    for (int i = 0; i <= j; i++) {
      if (!cons(i)) return true;
    }
    return false;
  }

  private boolean doubleC(int at) {
    return at >= 1 && b[at] == b[at - 1] && cons(at);
  }

  private boolean cvc(int i) {
    if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) return false;
    char ch = b[i];
    return ch != 'w' && ch != 'x' && ch != 'y';
  }

  private boolean ends(String s) {
    int l = s.length();
    int o = k - l + 1;
    if (o < 0) return false;
    for (int i = 0; i < l; i++) {
      if (b[o + i] != s.charAt(i)) return false;
    }
    j = k - l;
    return true;
  }

  private void setTo(String s) {
    int l = s.length();
    int o = j + 1;
    for (int i = 0; i < l; i++) {
      b[o + i] = s.charAt(i);
    }
    k = j + l;
  }

  private void r(String s) {
    if (m() > 0) setTo(s);
  }

  private void step1ab() {
    if (b[k] == 's') {
      if (ends("sses")) k -= 2;
      else if (ends("ies")) setTo("i");
      else if (b[k - 1] != 's') k--;
    }
    if (ends("eed")) {
      if (m() > 0) k--;
    } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
      k = j;
      if (ends("at")) setTo("ate");
      else if (ends("bl")) setTo("ble");
      else if (ends("iz")) setTo("ize");
      else if (doubleC(k)) {
        k--;
        char ch = b[k];
        if (ch == 'l' || ch == 's' || ch == 'z') k++;
      } else if (m() == 1 && cvc(k)) setTo("e");
    }
  }

  private void step1c() {
    if (ends("y") && vowelInStem()) b[k] = 'i';
  }

  private static final String[][] STEP2 = {
    {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
    {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
    {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
    {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
    {"logi", "log"}
  };

  private static final String[][] STEP3 = {
    {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"},
    {"ful", ""}, {"ness", ""}
  };

  private static final String[] STEP4 = {
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent",
    "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize"
  };

  // The reference switches on the penultimate letter first; since the suffixes within each case
  // are tried in table order and no suffix of one case ends like one of another, trying the whole
  // table in order and stopping at the first ending that matches is the same thing.
  private void replaceFirst(String[][] table) {
    if (k == 0) return;
    for (String[] rule : table) {
      if (ends(rule[0])) {
        r(rule[1]);
        return;
      }
    }
  }

  private void step2() {
    replaceFirst(STEP2);
  }

  private void step3() {
    replaceFirst(STEP3);
  }

  private void step4() {
    if (k == 0) return;
    for (String suffix : STEP4) {
      if (ends(suffix)) {
        if (suffix.equals("ion") && !(j >= 0 && (b[j] == 's' || b[j] == 't'))) {
          continue;
        }
        if (m() > 1) k = j;
        return;
      }
    }
  }

  private void step5() {
    j = k;
    if (b[k] == 'e') {
      int a = m();
      if (a > 1 || (a == 1 && !cvc(k - 1))) k--;
    }
    if (b[k] == 'l' && doubleC(k) && m() > 1) k--;
  }
}
