package org.warraq.build;

import java.util.Map;
import org.warraq.i18n.MessageCatalog;
import org.warraq.links.LinkedSite;
import org.warraq.render.ListOrders;
import org.warraq.render.Templates;
import org.warraq.theme.Assets;

/**
 * What the preview keeps of a good build so that it can apply the next article edit without
 * building everything ({@link ArticleEdits}): the linked site (bodies resolved again on demand),
 * the template engine with its parsed templates, the order of its lists, UI strings, assets, and
 * the key of every file the build wrote (path → view key for pages, content hash for other files):
 * an unmodifiable map, kept as given (a view of the build's manifest, not a copy of it).
 */
public record LastBuild(BuildOptions options, Templates templates, ListOrders orders, MessageCatalog messages,
        Assets assets, LinkedSite linked, Map<String, String> keys) {
}
