package org.warraq.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.warraq.text.TextAnalyzer;

/**
 * A document's terms per field, and each term's positions in one stream over all fields.
 * Title, each heading, each keyword, summary and body are segments of that stream with one
 * unused position between them, so a phrase never matches across two of them.
 *
 * @param fieldTerms the terms of each field, in order
 * @param stream     all terms in stream order; a term's index here is its position, null in gaps
 */
record AnalyzedDocument(Map<Field, List<String>> fieldTerms, List<String> stream) {

  AnalyzedDocument {
    fieldTerms = Map.copyOf(fieldTerms);
    stream = java.util.Collections.unmodifiableList(new ArrayList<>(stream));
  }

  /** Analyzes every field of {@code document}. */
  static AnalyzedDocument of(SearchDocument document, TextAnalyzer analyzer) {
    Map<Field, List<String>> fields = new EnumMap<>(Field.class);
    List<String> stream = new ArrayList<>();
    add(fields, stream, Field.TITLE, List.of(document.title()), analyzer);
    add(fields, stream, Field.HEADINGS, document.headings(), analyzer);
    List<String> keywords = new ArrayList<>(document.tags());
    keywords.addAll(document.topics());
    add(fields, stream, Field.KEYWORDS, keywords, analyzer);
    add(fields, stream, Field.SUMMARY, List.of(document.summary()), analyzer);
    add(fields, stream, Field.BODY, List.of(document.body()), analyzer);
    return new AnalyzedDocument(fields, stream);
  }

  private static void add(Map<Field, List<String>> fields, List<String> stream, Field field,
      List<String> segments, TextAnalyzer analyzer) {
    List<String> terms = new ArrayList<>();
    for (String segment : segments) {
      List<String> segmentTerms = analyzer.terms(segment);
      terms.addAll(segmentTerms);
      stream.addAll(segmentTerms);
      stream.add(null);
    }
    fields.put(field, terms);
  }
}
