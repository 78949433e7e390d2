package org.warraq.search;

import java.util.List;

/**
 * A language's search index: its files, and which of them the search page must load first.
 *
 * @param manifestPath the manifest's path among {@code files}, for the search page to reference
 * @param files        every file, sorted by path
 * @param synonymUses  what became of each spelling-variant group the index was built with
 * @param state        what a later build needs to update this index rather than build it again
 */
public record SearchIndex(String manifestPath, List<IndexFile> files, List<SynonymTable.Use> synonymUses,
    IndexState state) {

  /** Copies the lists. */
  public SearchIndex {
    files = List.copyOf(files);
    synonymUses = List.copyOf(synonymUses);
  }
}
