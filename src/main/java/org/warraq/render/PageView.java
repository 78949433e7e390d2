package org.warraq.render;

import org.warraq.config.Language;

/**
 * A page ready to render: its route, the template and the read-only view the template receives.
 * Building views is cheap; rendering them is the work, so the cache decides between the two.
 */
record PageView(Route route, String template, Language language, Object view) {
}
