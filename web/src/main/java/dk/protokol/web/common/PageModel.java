package dk.protokol.web.common;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the shared layout needs on every page: which section is open, and the same page in each language. Who is
 * looking (the model attribute {@code viewer}: name, menu, "Log ud") is added by {@link PageViewer} once the
 * controller has answered, so that a save answered with a redirect does not read the org chart for nothing.
 */
@ControllerAdvice(basePackages = "dk.protokol.web")
class PageModel {

    /** The first path segment ("organisation", "moeder", ...), "" on the front page; the layout marks its link. */
    @ModelAttribute("section")
    String section(HttpServletRequest request) {
        return sectionOf(request);
    }

    @ModelAttribute("languageLinks")
    LanguageLinks languageLinks(HttpServletRequest request) {
        return linksOf(request);
    }

    static String sectionOf(HttpServletRequest request) {
        return sectionOf(request.getContextPath(), request.getRequestURI());
    }

    static String sectionOf(String contextPath, String uri) {
        String[] segments = uri.substring(Math.min(contextPath.length(), uri.length())).split("/");
        return segments.length > 1 ? segments[1] : "";
    }

    static LanguageLinks linksOf(HttpServletRequest request) {
        return linksOf(request.getRequestURI(), request.getQueryString());
    }

    static LanguageLinks linksOf(String path, String query) {
        return new LanguageLinks(inLanguage(path, query, "da"), inLanguage(path, query, "en"));
    }

    private static String inLanguage(String path, String query, String language) {
        return UriComponentsBuilder.fromPath(path)
                .query(query)
                .replaceQueryParam("lang", language)
                .build()
                .toUriString();
    }

    /** The current page with {@code ?lang=da} and with {@code ?lang=en}. */
    public record LanguageLinks(String da, String en) {
    }
}
