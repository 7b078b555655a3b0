package dk.protokol.web.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Gives every rendered page the model attribute {@code viewer} (the layout's "Logget ind som", "Log ud" and menu).
 * Added after the controller, and only when a page is rendered: a save that answers with a redirect does not read
 * the org chart for a header nobody sees, and a page whose controller already asked for the viewer shares it
 * ({@link Viewers} keeps it for the request). The error pages add it themselves ({@link PageErrorViews#page}).
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
        if (page == null || page.getModelMap().containsAttribute(ATTRIBUTE) || isRedirect(page)) {
            return;
        }
        page.addObject(ATTRIBUTE, viewers.of(request));
    }

    private static boolean isRedirect(ModelAndView page) {
        String name = page.getViewName();
        return name != null && (name.startsWith("redirect:") || name.startsWith("forward:"))
                || page.getView() instanceof RedirectView;
    }
}
