package org.warraq.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** The simple expressions give what OGNL gives, and everything else is still OGNL's. */
class SimpleExpressionsTest {
    public record Link(String label, String href) {
    }

    public record Page(String title, List<String> tags, Link source, boolean current, int count, Map<String, String> extra) {
    }

    /** Like the localizer: an overloaded name with two arities, and a method taking an int. */
    public static final class Strings {
        public String msg(String key) {
            return "[" + key + "]";
        }

        public String msg(String key, Object argument) {
            return key + "=" + argument;
        }

        public String form(String key, String category) {
            return key + "." + category;
        }

        public String times(int n) {
            return "x" + n;
        }
    }

    private final AtomicInteger delegated = new AtomicInteger();
    private final TemplateEngine ognl = engine(false);
    private final TemplateEngine simple = engine(true);

    private TemplateEngine engine(boolean withSimple) {
        RecordProperties.install();
        TemplateEngine engine = new TemplateEngine();
        StandardDialect dialect = new StandardDialect();
        IStandardVariableExpressionEvaluator standard = dialect.getVariableExpressionEvaluator();
        if (withSimple) {
            dialect.setVariableExpressionEvaluator(new SimpleExpressions((context, expression, mode) -> {
                delegated.incrementAndGet();
                return standard.evaluate(context, expression, mode);
            }));
        }
        engine.setDialect(dialect);
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(resolver);
        return engine;
    }

    private static Context variables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("view", new Page("عنوان <b>", List.of("a", "b"), null, true, 3, Map.of("k", "v")));
        variables.put("empty", new Page("", List.of(), new Link("Outlet", "https://example.org/"), false, 0, Map.of()));
        variables.put("t", new Strings());
        variables.put("level", 2);
        return new Context(Locale.ROOT, variables);
    }

    /** The expression as text (normal mode), as unescaped text (restricted mode), converted, and as a condition. */
    private String both(String expression) {
        String template = "<p th:text=\"${" + expression + "}\"></p><p th:utext=\"${" + expression + "}\"></p>"
                + "<p th:text=\"${{" + expression + "}}\"></p><p th:if=\"${" + expression + "}\">yes</p>";
        String expected = ognl.process(template, variables());
        String actual = simple.process(template, variables());
        assertEquals(expected, actual, expression);
        return actual;
    }

    @Test
    void simpleFormsGiveOgnlsResultsWithoutOgnl() {
        List<String> expressions = List.of("view.title", "view.tags", "view.source", "empty.source.href", "view.current",
                "view.count", "!view.tags.isEmpty()", "!empty.tags.isEmpty()", "view.tags.size() > 1", "empty.tags.size() > 1",
                "level == 2", "level == 3", "level != 3", "level >= 2", "level <= 1", "level < 3", "!view.current",
                "!empty.source", "!view.source", "view.current ? 'page' : null", "empty.current ? 'page' : null",
                "t.msg('nav.home')", "t.msg('list.onlyIn', 'English')", "t.form('search.count','few')", "t.times(12)",
                " view.title ", "view.source == null", "empty.source != null", "!view.count", "view.title == 'x y'",
                "view.tags.get(1)", "view.title.length()", "!view.tags.isEmpty() == false");
        expressions.forEach(this::both);
        assertEquals(0, delegated.get(), "every one of these was evaluated without OGNL");
        assertTrue(both("t.msg('nav.home')").startsWith("<p>[nav.home]</p>"));
    }

    @Test
    void everythingElseGoesToOgnl() {
        List<String> expressions = List.of("view.extra.k", "#lists.size(view.tags)", "view.title + '!'", "view.tags[0]",
                "view.count * 2", "t.msg('x')", "t.times(12L)", "view.count > 1 and view.current", "not view.current",
                "view.tags.contains('a')", "view . title");
        for (String expression : expressions) {
            int before = delegated.get();
            both(expression);
            assertEquals(before + 4, delegated.get(), expression + " went to OGNL each time");
        }
    }

    @Test
    void aNullOnTheWayIsOgnlsErrorAndAFailingMethodIsReported() {
        String template = "<p th:text=\"${view.source.href}\"></p>";
        var fromOgnl = assertThrows(TemplateProcessingException.class, () -> ognl.process(template, variables()));
        var fromSimple = assertThrows(TemplateProcessingException.class, () -> simple.process(template, variables()));
        assertEquals(fromOgnl.getMessage(), fromSimple.getMessage());
        var failing = assertThrows(TemplateProcessingException.class,
                () -> simple.process("<p th:text=\"${view.tags.get(5)}\"></p>", variables()));
        assertTrue(failing.getMessage().contains("view.tags.get(5)"), failing.getMessage());
    }

    @Test
    void requestParametersStayForbiddenWhereThymeleafRestrictsThem() {
        String template = "<p th:utext=\"${param.x}\"></p>";
        var fromOgnl = assertThrows(TemplateProcessingException.class, () -> ognl.process(template, variables()));
        var fromSimple = assertThrows(TemplateProcessingException.class, () -> simple.process(template, variables()));
        assertEquals(fromOgnl.getMessage(), fromSimple.getMessage());
    }
}
