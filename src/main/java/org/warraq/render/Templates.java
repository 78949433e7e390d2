package org.warraq.render;

import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import org.warraq.theme.Theme;

/**
 * The Thymeleaf engine, set up once per build with its template cache on. Each page gets a fresh
 * {@link Context}, so pages can render in parallel without sharing state.
 */
public final class Templates {
    private final TemplateEngine engine;

    public Templates(Theme theme) {
        engine = newEngine();
        // The site's own templates first, file by file; what it lacks comes from the default theme.
        if (theme.templatesDir() != null) {
            FileTemplateResolver own = new FileTemplateResolver();
            own.setPrefix(theme.templatesDir().toAbsolutePath() + "/");
            own.setCheckExistence(true);
            own.setOrder(1);
            engine.addTemplateResolver(configured(own));
        }
        ClassLoaderTemplateResolver packaged = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
        packaged.setPrefix("theme/templates/");
        packaged.setOrder(2);
        engine.addTemplateResolver(configured(packaged));
    }

    /** An engine with the standard dialect, whose simple variable expressions skip OGNL (see {@link SimpleExpressions}). */
    private static TemplateEngine newEngine() {
        RecordProperties.install();
        TemplateEngine engine = new TemplateEngine();
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(new SimpleExpressions(dialect.getVariableExpressionEvaluator()));
        engine.setDialect(dialect);
        return engine;
    }

    private static AbstractConfigurableTemplateResolver configured(AbstractConfigurableTemplateResolver resolver) {
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        return resolver;
    }

    /** A card as the warm-up template reads it: a record, like every view. */
    private record WarmUpItem(String url, String title, boolean current) {
    }

    /**
     * Runs the template engine once on a small template that uses the attributes the theme's
     * templates use, with a throwaway engine: the classes it loads and the code it runs for the
     * first time are then loaded and compiled when the build's first page renders. Meant for a
     * background thread started while earlier stages run; safe to run beside real rendering.
     */
    public static void warmUp() {
        TemplateEngine engine = newEngine();
        org.thymeleaf.templateresolver.StringTemplateResolver resolver = new org.thymeleaf.templateresolver.StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(resolver);
        String template = "<!DOCTYPE html><html th:lang=\"${lang}\" th:dir=\"${dir}\"><head><meta name=\"d\" th:content=\"${title}\">"
                + "<link rel=\"alternate\" th:href=\"${url}\" th:hreflang=\"${lang}\"></head><body>"
                + "<nav th:aria-label=\"${title}\"><th:block th:each=\"item, stat : ${items}\">"
                + "<a th:href=\"${item.url}\" th:class=\"${item.current} ? 'current'\" th:text=\"${item.title}\" th:if=\"${item.url != null}\">x</a>"
                + "<span th:unless=\"${stat.last}\" th:utext=\"${item.title}\"></span></th:block></nav>"
                + "<div th:replace=\"~{::part}\"></div><section th:fragment=\"part\" th:with=\"n=${#lists.size(items)}\">"
                + "<time th:datetime=\"${title}\" th:attr=\"data-n=${n}\" th:text=\"${n}\"></time></section>"
                + "<script th:inline=\"javascript\">var t = /*[[${title}]]*/ '';</script></body></html>";
        java.util.List<WarmUpItem> items = java.util.List.of(new WarmUpItem("/ar/a/", "أ <b>", true),
                new WarmUpItem("/ar/b/", "ب", false));
        engine.process(template, new Context(Locale.ROOT, Map.of("lang", "ar", "dir", "rtl", "title", "عنوان",
                "url", "/ar/", "items", items)));
    }

    /** Characters a rendered page starts with room for: most pages of the 10k corpus fit. */
    private static final int PAGE_CHARACTERS = 1 << 14;

    /** Renders {@code template} with the given variables; a template error names the template. */
    public String render(String template, Locale locale, Map<String, Object> variables) {
        Context context = new Context(locale, variables);
        // Sized for a whole page: the engine's own writer starts at 100 characters, and a page of the
        // 10k corpus has 10,000-14,400, so it was copied at each doubling (0.39 s of a cold 10k build's CPU).
        org.thymeleaf.util.FastStringWriter out = new org.thymeleaf.util.FastStringWriter(PAGE_CHARACTERS);
        try {
            engine.process(template, context, out);
            return out.toString();
        } catch (TemplateEngineException e) {
            throw new TemplateFailure(template, e);
        }
    }

    /**
     * A template that could not be rendered: a theme error, reported where it is (the template
     * Thymeleaf names, which may be a fragment's, its line and column) with what went wrong, down
     * to the root cause ("no property 'titel'" under "Exception evaluating OGNL expression").
     */
    public static final class TemplateFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        /** Thymeleaf's own "(template: "x" - line 3, col 7)", given as line and column instead. */
        private static final java.util.regex.Pattern WHERE = java.util.regex.Pattern.compile(" \\(template: \"[^\"]*\"( - line \\d+, col \\d+)?\\)$");
        /** The template's path in the site ("templates/layout.html"). */
        private final String template;
        private final int line;
        private final int column;

        TemplateFailure(String template, TemplateEngineException cause) {
            super(describe(cause), cause);
            String name = template;
            int line = 0;
            int column = 0;
            if (missingTemplate(cause) != null) {
                // Thymeleaf places this at the include's line and column but names the missing
                // template as where they are; what is known is the template being rendered.
                name = template;
            } else if (cause instanceof org.thymeleaf.exceptions.TemplateProcessingException located) {
                name = located.getTemplateName() != null ? located.getTemplateName() : template;
                line = located.getLine() != null ? located.getLine() : 0;
                column = located.getCol() != null ? located.getCol() : 0;
            }
            this.template = sitePath(name);
            this.line = line;
            this.column = column;
        }

        /**
         * The site path of the template Thymeleaf names: by its name ("layout") where it could
         * parse it, by its resource (an absolute file, a class-path path) where it could not.
         */
        static String sitePath(String name) {
            String path = name.replace('\\', '/');
            int folder = path.lastIndexOf("templates/");
            if (folder >= 0) {
                path = path.substring(folder + "templates/".length());
            }
            return "templates/" + (path.endsWith(".html") ? path : path + ".html");
        }

        /** The site path of the template an include names, when no such template exists; else null. */
        private static String missingTemplate(TemplateEngineException e) {
            if (e instanceof org.thymeleaf.exceptions.TemplateInputException input && input.getTemplateName() != null
                    && input.getCause() instanceof java.io.FileNotFoundException) {
                return sitePath(input.getTemplateName());
            }
            return null;
        }

        private static String describe(TemplateEngineException e) {
            String missing = missingTemplate(e);
            if (missing != null) {
                return "it includes " + missing + " (th:replace, th:insert), itself or through a template it includes,"
                        + " but neither the site nor the default theme has that template";
            }
            String message = WHERE.matcher(String.valueOf(e.getMessage())).replaceFirst("");
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            if (root != e && root.getMessage() != null && !message.contains(root.getMessage())) {
                String detail = WHERE.matcher(root.getMessage()).replaceFirst("");
                // OGNL says only "org.warraq.render.View$ArticlePage.titel" for a property that is not there.
                if (root.getClass().getSimpleName().equals("NoSuchPropertyException") && detail.lastIndexOf('.') >= 0) {
                    detail = "no property '" + detail.substring(detail.lastIndexOf('.') + 1) + "'";
                }
                message += ": " + detail;
            }
            return message;
        }

        /** The failure as a problem at its place in the template (line and column 0 where Thymeleaf gave none). */
        public org.warraq.problem.Problem problem() {
            return org.warraq.problem.Problem.error(template, line, column, getMessage() + " — fix the template");
        }
    }
}
