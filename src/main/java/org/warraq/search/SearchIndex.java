package org.warraq.search;

import java.util.List;

/**
 * A language's search index: its files, and which of them the search page must load first.
 *
 * @param manifestPath the manifest's path among {@code files}, for the search page to reference
 * @param files        every file written now, sorted by path
 * @param unchanged    paths of files an earlier index wrote with the same bytes, left in place (an
 *                     update's), sorted; a file is in one list or the other
 * @param synonymUses  what became of each spelling-variant group the index was built with
 * @param state        what a later build needs to update this index rather than build it again
 */
public record SearchIndex(String manifestPath, List<IndexFile> files, List<String> unchanged,
    List<SynonymTable.Use> synonymUses, IndexState state) {

  /** Copies the lists. */
  public SearchIndex {
    files = List.copyOf(files);
    unchanged = List.copyOf(unchanged);
    synonymUses = List.copyOf(synonymUses);
  }
}
