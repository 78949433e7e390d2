package org.warraq.render;

import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
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
        RecordProperties.install();
        engine = new TemplateEngine();
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

    private static AbstractConfigurableTemplateResolver configured(AbstractConfigurableTemplateResolver resolver) {
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        return resolver;
    }

    /** Renders {@code template} with the given variables; a template error names the template. */
    public String render(String template, Locale locale, Map<String, Object> variables) {
        Context context = new Context(locale, variables);
        try {
            return engine.process(template, context);
        } catch (TemplateEngineException e) {
            throw new TemplateFailure("templates/" + template + ".html", e);
        }
    }

    /** A template that could not be rendered: a theme error, reported with the template's path. */
    public static final class TemplateFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String template;

        TemplateFailure(String template, TemplateEngineException cause) {
            super(cause.getMessage(), cause);
            this.template = template;
        }

        public String template() {
            return template;
        }
    }
}
