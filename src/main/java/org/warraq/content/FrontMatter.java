package org.warraq.content;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;

/** Front matter of a content file; which keys are allowed depends on the kind of file. */
public sealed interface FrontMatter permits FrontMatter.Article, FrontMatter.Topic, FrontMatter.Page {

    /** The headline or title. */
    String title();

    /** Original publisher of an article. */
    record Source(String name, String url) {
    }

    /** Front matter of {@code content/<lang>/articles/<name>.md}; one tag or topic may be written without a list ({@code tags: أخبار}). */
    record Article(String title, ContentDate date, String slug, String author, Source source,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> topics,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> tags,
            String summary, Boolean draft, ContentDate updated,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> aliases,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> images) implements FrontMatter {
        public Article {
            topics = topics == null ? List.of() : List.copyOf(topics);
            tags = tags == null ? List.of() : List.copyOf(tags);
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            images = images == null ? List.of() : images.stream().map(i -> i == null ? "" : i).toList();
        }

        public boolean isDraft() {
            return Boolean.TRUE.equals(draft);
        }

        /** This front matter with another summary. */
        public Article withSummary(String newSummary) {
            return new Article(title, date, slug, author, source, topics, tags, newSummary, draft, updated, aliases, images);
        }

        /** This front matter with another source. */
        public Article withSource(Source newSource) {
            return new Article(title, date, slug, author, newSource, topics, tags, summary, draft, updated, aliases, images);
        }
    }

    /** Front matter of {@code content/<lang>/topics/<id>.md}. */
    record Topic(String title, String description) implements FrontMatter {
    }

    /** Front matter of {@code content/<lang>/pages/<name>.md}. */
    record Page(String title, String summary, String slug) implements FrontMatter {
        /** This front matter with another summary. */
        public Page withSummary(String newSummary) {
            return new Page(title, newSummary, slug);
        }
    }
}
