package org.warraq.text;

/** Any language without rules of its own: NFKC and lower case only, no stop words, no stemming. */
final class GenericRules implements LanguageRules {

  @Override
  public String normalize(String word) {
    return word;
  }
}
