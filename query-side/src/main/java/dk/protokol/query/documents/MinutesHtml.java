package dk.protokol.query.documents;

import dk.protokol.query.minutes.MinutesView;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The minutes as a well-formed XHTML document in the Danish referat layout, the input of the PDF renderer: the
 * template {@code documents/minutes.html}, rendered by Thymeleaf in XML mode. The template escapes every piece of
 * typed text; what XML 1.0 cannot hold at all (most control characters, lone surrogates) is dropped from the result,
 * so no input can break the document or inject markup. The expressions are SpEL, as on the pages (the Spring
 * engine needs no application context, and Spring Boot leaves OGNL out).
 */
final class MinutesHtml {

    /** The font family the PDF renderer embeds under this name; the template's style sheet uses it. */
    static final String FONT_FAMILY = "Liberation Sans";

    private static final String TEMPLATE = "minutes";
    private static final Pattern NOT_XML = Pattern.compile(
            "[^\\u0009\\u000A\\u000D\\u0020-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");
    private static final TemplateEngine TEMPLATES = templates();

    private MinutesHtml() {
    }

    static String render(MinutesView minutes) {
        Context context = new Context(MinutesText.DANISH,
                Map.of("minutes", minutes, "text", MinutesText.class, "font", FONT_FAMILY));
        return NOT_XML.matcher(TEMPLATES.process(TEMPLATE, context)).replaceAll("");
    }

    private static TemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MinutesHtml.class.getClassLoader());
        resolver.setPrefix("documents/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
