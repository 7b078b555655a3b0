package dk.protokol.web.common;

import dk.protokol.query.common.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page asked for something that does not exist gets a page, not the API's problem+json; ordered before the
 * API's global handler and limited to the page controllers.
 */
@ControllerAdvice(basePackages = "dk.protokol.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(NotFound failure, HttpServletRequest request) {
        // @ModelAttribute methods do not run for an exception handler's view
        ModelAndView page = new ModelAndView("not-found");
        page.addObject("section", PageModel.sectionOf(request));
        page.addObject("languageLinks", PageModel.linksOf(request));
        page.addObject("message", failure.getMessage());
        return page;
    }
}
