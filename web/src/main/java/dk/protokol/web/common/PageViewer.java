package dk.protokol.web.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Gives every rendered page the model attribute {@code viewer} (the layout's "Logget ind som", "Log ud" and menu).
 * Added after the controller, and only when a whole page is rendered: a save that answers with a redirect or an
 * htmx block does not read the org chart for a header nobody sees, and a page whose controller already asked for
 * the viewer shares it ({@link Viewers} keeps it for the request). The error pages add it themselves ({@link PageErrorViews#page}).
 */
class PageViewer implements HandlerInterceptor {

    static final String ATTRIBUTE = "viewer";

    private final Viewers viewers;

    PageViewer(Viewers viewers) {
        this.viewers = viewers;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        if (page == null || isRedirect(page) || isPartial(request)) {
            return;
        }
        page.addObject(ATTRIBUTE, viewers.of(request));
    }

    /**
     * A form saved with htmx takes only its own block from the answer (the layout prints no header without a
     * viewer), so the org chart is not read for it; a restore of htmx's history is a whole page.
     */
    private static boolean isPartial(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }

    private static boolean isRedirect(ModelAndView page) {
        String name = page.getViewName();
        return name != null && (name.startsWith("redirect:") || name.startsWith("forward:"))
                || page.getView() instanceof RedirectView;
    }
}
