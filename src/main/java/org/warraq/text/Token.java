package org.warraq.text;

/**
 * One analyzed word: its term and where its surface form sits in the input.
 *
 * @param term    the index term (normalized and stemmed)
 * @param surface the input text between {@code start} and {@code end}
 * @param start   first UTF-16 offset of the surface word in the input
 * @param end     offset just after the surface word
 */
public record Token(String term, String surface, int start, int end) {}
