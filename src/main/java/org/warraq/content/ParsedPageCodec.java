package org.warraq.content;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.warraq.problem.Problem;
import org.warraq.problem.Severity;

/**
 * The parse cache's file format: each record written field by field, in declaration order.
 * Java serialization did the same job, but reading it back took 100 ms for a five-article site
 * (reflection warming up) and 1.5 s for 17,000 articles; this takes a fraction of either.
 *
 * <p>A file that does not start with {@link #MAGIC} (an older format) is not read at all; the
 * cache key, which names the generator, keeps files of other builds of the same format apart.
 */
final class ParsedPageCodec {
    /** Starts every cache file; change it when the layout below changes. */
    static final String MAGIC = "warraq-parse-cache-7";

    private ParsedPageCodec() {
    }

    static void writePage(DataOutputStream out, ParsedPage page) throws IOException {
        if (page == null) {
            out.writeBoolean(false);
            return;
        }
        out.writeBoolean(true);
        string(out, page.path());
        string(out, page.language());
        string(out, page.kind().name());
        string(out, page.name());
        frontMatter(out, page.frontMatter());
        body(out, page.body());
        out.writeInt(page.titleLine());
        out.writeInt(page.slugLine());
        links(out, page.images());
    }

    static ParsedPage readPage(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        return new ParsedPage(string(in), string(in), ContentKind.valueOf(string(in)), string(in), frontMatter(in), body(in),
                in.readInt(), in.readInt(), links(in));
    }

    static void writeProblems(DataOutputStream out, List<Problem> problems) throws IOException {
        out.writeInt(problems.size());
        for (Problem p : problems) {
            string(out, p.severity().name());
            string(out, p.path());
            out.writeInt(p.line());
            out.writeInt(p.column());
            string(out, p.message());
        }
    }

    static List<Problem> readProblems(DataInputStream in) throws IOException {
        int n = count(in);
        List<Problem> problems = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            problems.add(new Problem(Severity.valueOf(string(in)), string(in), in.readInt(), in.readInt(), string(in)));
        }
        return problems;
    }

    static void writeStamp(DataOutputStream out, ParseCache.Stamp stamp) throws IOException {
        out.writeBoolean(stamp != null);
        if (stamp != null) {
            out.writeLong(stamp.size());
            out.writeLong(stamp.modifiedNanos());
            string(out, stamp.identity());
        }
    }

    static ParseCache.Stamp readStamp(DataInputStream in) throws IOException {
        return in.readBoolean() ? new ParseCache.Stamp(in.readLong(), in.readLong(), string(in)) : null;
    }

    private static void frontMatter(DataOutputStream out, FrontMatter frontMatter) throws IOException {
        if (frontMatter instanceof FrontMatter.Article a) {
            out.writeByte('A');
            string(out, a.title());
            date(out, a.date());
            string(out, a.slug());
            string(out, a.author());
            out.writeBoolean(a.source() != null);
            if (a.source() != null) {
                string(out, a.source().name());
                string(out, a.source().url());
            }
            strings(out, a.topics());
            strings(out, a.tags());
            string(out, a.summary());
            out.writeByte(a.draft() == null ? -1 : a.draft() ? 1 : 0);
            date(out, a.updated());
            strings(out, a.aliases());
            strings(out, a.images());
        } else if (frontMatter instanceof FrontMatter.Topic t) {
            out.writeByte('T');
            string(out, t.title());
            string(out, t.description());
        } else if (frontMatter instanceof FrontMatter.Page p) {
            out.writeByte('P');
            string(out, p.title());
            string(out, p.summary());
            string(out, p.slug());
        } else {
            throw new IllegalArgumentException("unknown front matter " + frontMatter.getClass().getName());
        }
    }

    private static FrontMatter frontMatter(DataInputStream in) throws IOException {
        byte kind = in.readByte();
        return switch (kind) {
            case 'A' -> {
                String title = string(in);
                ContentDate date = date(in);
                String slug = string(in);
                String author = string(in);
                FrontMatter.Source source = in.readBoolean() ? new FrontMatter.Source(string(in), string(in)) : null;
                List<String> topics = strings(in);
                List<String> tags = strings(in);
                String summary = string(in);
                byte draft = in.readByte();
                Boolean isDraft = draft < 0 ? null : draft == 1;
                ContentDate updated = date(in);
                List<String> aliases = strings(in);
                yield new FrontMatter.Article(title, date, slug, author, source, topics, tags, summary, isDraft, updated, aliases,
                        strings(in));
            }
            case 'T' -> new FrontMatter.Topic(string(in), string(in));
            case 'P' -> new FrontMatter.Page(string(in), string(in), string(in));
            default -> throw new IOException("unknown front matter kind " + kind);
        };
    }

    private static void body(DataOutputStream out, RenderedMarkdown body) throws IOException {
        body.writeHtml(out);
        out.writeInt(body.headings().size());
        for (Heading h : body.headings()) {
            out.writeInt(h.level());
            string(out, h.id());
            string(out, h.text());
        }
        links(out, body.links());
        strings(out, body.externalLinks());
        links(out, body.refusedLinks());
        links(out, body.sitePathLinks());
        body.writePlainText(out);
        string(out, body.plainTextDigest()); // a rebuild's search stage keys every document by it
    }

    private static RenderedMarkdown body(DataInputStream in) throws IOException {
        Object html = text(in);
        int n = count(in);
        List<Heading> headings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            headings.add(new Heading(in.readInt(), string(in), string(in)));
        }
        List<LinkRef> links = links(in);
        List<String> external = strings(in);
        List<LinkRef> refused = links(in);
        List<LinkRef> sitePaths = links(in);
        Object plainText = text(in);
        return new RenderedMarkdown(html, headings, links, external, refused, sitePaths, plainText, string(in));
    }

    private static void links(DataOutputStream out, List<LinkRef> links) throws IOException {
        out.writeInt(links.size());
        for (LinkRef link : links) {
            out.writeInt(link.index());
            string(out, link.target());
            out.writeBoolean(link.image());
            out.writeInt(link.line());
            out.writeInt(link.column());
        }
    }

    private static List<LinkRef> links(DataInputStream in) throws IOException {
        int n = count(in);
        List<LinkRef> links = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            links.add(new LinkRef(in.readInt(), string(in), in.readBoolean(), in.readInt(), in.readInt()));
        }
        return links;
    }

    /** A long text: from an {@link ArrayInput}, a slice of its array; otherwise decoded. */
    private static Object text(DataInputStream in) throws IOException {
        return in instanceof ArrayInput array ? array.slice() : string(in);
    }

    /**
     * Input from an array held whole, whose long texts (bodies) are kept as slices of it rather
     * than decoded: the array stays alive as long as any of them does.
     */
    static final class ArrayInput extends DataInputStream {
        private final Positioned source;

        ArrayInput(byte[] bytes) {
            this(new Positioned(bytes));
        }

        private ArrayInput(Positioned source) {
            super(source);
            this.source = source;
        }

        /** A string as {@link #string(DataInputStream)} reads it, as a slice; null for -1. */
        Object slice() throws IOException {
            int n = readInt();
            if (n < 0) {
                return null;
            }
            return source.slice(checked(n));
        }

        private static final class Positioned extends ByteInput {
            Positioned(byte[] bytes) {
                super(bytes);
            }

            Utf8Slice slice(int length) throws IOException {
                if (length > count - pos) {
                    throw new java.io.EOFException("damaged cache: text runs past the end");
                }
                Utf8Slice slice = new Utf8Slice(buf, pos, length);
                pos += length;
                return slice;
            }
        }
    }

    /** Day, instant and text as they were: re-parsing the text would give the same, more slowly. */
    private static void date(DataOutputStream out, ContentDate date) throws IOException {
        out.writeBoolean(date != null);
        if (date != null) {
            out.writeLong(date.day().toEpochDay());
            out.writeLong(date.instant().getEpochSecond());
            out.writeInt(date.instant().getNano());
            string(out, date.iso());
        }
    }

    private static ContentDate date(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        return new ContentDate(LocalDate.ofEpochDay(in.readLong()), Instant.ofEpochSecond(in.readLong(), in.readInt()), string(in));
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            string(out, s);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = count(in);
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(string(in));
        }
        return list;
    }

    /** UTF-8 with an int length (bodies exceed writeUTF's 64 KB); -1 for null. */
    static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] bytes = new byte[checked(n)];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int count(DataInputStream in) throws IOException {
        return checked(in.readInt());
    }

    /** A damaged file must not make the reader allocate gigabytes. */
    private static int checked(int n) throws IOException {
        if (n < 0 || n > 1 << 28) {
            throw new IOException("damaged cache: length " + n);
        }
        return n;
    }
}
