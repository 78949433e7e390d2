package org.warraq.check;

import java.util.ArrayList;
import java.util.List;
import org.warraq.problem.Problem;

/** Every image has a text alternative (screen readers, broken images, search engines). */
final class ImageCheck {
    private ImageCheck() {
    }

    static List<Problem> check(BuiltSite site) {
        List<Problem> problems = new ArrayList<>();
        for (ScannedPage page : site.inOrder()) {
            for (ScannedPage.Reference image : page.imagesWithoutAlt()) {
                problems.add(Problem.warning(page.path(), image.line(), 0, "image '" + image.url()
                        + "' has no alt text — describe it: ![description](…) in Markdown, alt=\"…\" in HTML"));
            }
        }
        return problems;
    }
}
