package org.warraq.check;

import java.util.ArrayList;
import java.util.List;
import org.warraq.links.UrlTarget;
import org.warraq.problem.Problem;

/**
 * Every internal {@code href} and {@code src} names a file of the output, and every fragment an id
 * in it. A finding in a page made from a content file names that file, which is where to fix it.
 */
final class ReferenceCheck {
    private ReferenceCheck() {
    }

    /** {@code sources}: output file → content file it was made from. */
    static List<Problem> check(BuiltSite site, java.util.Map<String, String> sources) {
        List<Problem> problems = new ArrayList<>();
        for (ScannedPage page : site.inOrder()) {
            String source = sources.get(page.path());
            String madeFrom = source == null ? "" : " (made from " + source + ")";
            for (ScannedPage.Reference ref : page.references()) {
                UrlTarget target = site.targets().of(page.path(), ref.url());
                String what = ref.attribute() + " '" + ref.url() + "'";
                if (target.kind() == UrlTarget.Kind.OUTSIDE) {
                    problems.add(Problem.error(page.path(), ref.line(), 0, what + madeFrom + " is outside the base path "
                            + target.file() + " — links must start with " + target.file()));
                } else if (target.kind() == UrlTarget.Kind.INTERNAL && target.file() == null) {
                    problems.add(Problem.error(page.path(), ref.line(), 0, what + madeFrom
                            + " points to a page or file the build did not produce — fix the link or add the page"));
                } else if (target.kind() == UrlTarget.Kind.INTERNAL && target.fragment() != null) {
                    ScannedPage linked = site.pages().get(target.file());
                    if (linked != null && !linked.ids().contains(target.fragment())) {
                        problems.add(Problem.error(page.path(), ref.line(), 0, what + madeFrom + ": " + target.file()
                                + " has no element with id '" + target.fragment() + "' — link to a heading that exists"));
                    }
                }
            }
        }
        return problems;
    }
}
