package org.warraq.links;

import java.util.List;
import java.util.function.Function;
import org.warraq.model.Site;
import org.warraq.problem.Progress;

/**
 * The links stage for a process that builds one site again and again (the preview): it keeps
 * what its last build found in each page, and after edits that leave every link target as it
 * was (see {@link Linker#edited}) checks only the edited articles' links again. At 10,000
 * articles checking all 17,000 and gathering their backlinks and neighbours took some 180 ms of
 * the build's thread; the linked site is the one a full check makes.
 */
public final class RememberedLinks {
    private Linker.Checks last;

    /** Links the site as {@link Linker#link(Site, Function, RelatedArticles.Memo, SourceHistory, Progress)} does. */
    public LinkedSite link(Site site, Function<String, Function<String, List<String>>> analyzers,
            RelatedArticles.Memo related, SourceHistory history, Progress progress) {
        Linker.Checks before = last;
        last = null; // until this build's checks are made: a build stopped on the way keeps nothing half-made
        Linker.Linked linked = Linker.link(site, analyzers, related, history, progress, before);
        last = linked.checks();
        return linked.linked();
    }
}
