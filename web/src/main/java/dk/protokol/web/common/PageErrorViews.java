package dk.protokol.web.common;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The error page for whatever never reached a page controller or left it unanswered: an address that does
 * not exist (404), a page or save the user may not use (403), a form that came back after its session ended
 * (403 from the CSRF check), a method the address does not take (405), and our own failures (500).
 * <p>
 * A secretary must never lose what she typed: when a posted form fails here, the page shows the text that was
 * sent, in read-only fields she can copy from, because it has not been saved.
 */
@Component
public class PageErrorViews implements ErrorViewResolver {

    /**
     * Form fields that carry no typed text: the CSRF token, the language switch, which form was sent; and a password,
     * which is never written back into a page (PageForms).
     */
    private static final Set<String> NOT_TYPED = Set.of("_csrf", "lang", "form", "password");
    private static final Pattern ID_OR_CHOICE = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Z_]+|-?\\d+");

    private final Viewers viewers;

    public PageErrorViews(Viewers viewers) {
        this.viewers = viewers;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        ModelAndView page = page(request, status, viewers.of(request));
        if (status == HttpStatus.FORBIDDEN && request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException) {
            page.addObject("reason", "expired");
        }
        if ("POST".equalsIgnoreCase(request.getMethod())) {
            page.addObject("typed", typed(request.getParameterMap()));
        }
        return page;
    }

    /**
     * The error page's view with what the layout needs (the {@code viewer} for the header and menu included);
     * {@code message} may be added for the reader.
     */
    static ModelAndView page(HttpServletRequest request, HttpStatusCode status, Viewer viewer) {
        String path = originalPath(request);
        int code = status.value();
        String kind = switch (code) {
            case 400, 403, 404, 405, 413 -> String.valueOf(code);
            default -> code >= 500 ? "500" : "400";
        };
        ModelAndView page = new ModelAndView("error-page", status);
        page.addObject("status", code);
        page.addObject("kind", kind);
        page.addObject("section", PageModel.sectionOf(request.getContextPath(), path));
        boolean showable = "GET".equalsIgnoreCase(request.getMethod());
        page.addObject("languageLinks", PageModel.linksOf(showable ? path : request.getContextPath() + "/",
                showable ? request.getQueryString() : null));
        page.addObject(PageViewer.ATTRIBUTE, viewer);
        return page;
    }

    /** The typed text of a posted form, field by field; ids, choices and numbers are not typed text. */
    static List<Typed> typed(Map<String, String[]> parameters) {
        List<Typed> typed = new ArrayList<>();
        parameters.forEach((name, values) -> {
            if (NOT_TYPED.contains(name)) {
                return;
            }
            for (String value : values) {
                if (value != null && !value.isBlank() && !ID_OR_CHOICE.matcher(value.strip()).matches()) {
                    typed.add(new Typed(name, value));
                }
            }
        });
        return typed;
    }

    private static String originalPath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return original instanceof String uri ? uri : request.getRequestURI();
    }

    /** One posted field: its name (the page shows a label for the known ones) and what was typed. */
    public record Typed(String field, String value) {
    }
}
