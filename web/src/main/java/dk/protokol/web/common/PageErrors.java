package dk.protokol.web.common;

import dk.protokol.query.common.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page that cannot be shown answers with a page in the reader's language, not with the API's problem+json:
 * something that does not exist (404), and a request the page cannot answer (400: a date that is not a date,
 * a period that ends before it begins), with the reason. Ordered before the API's global handler and limited
 * to the page controllers. What never reaches a controller (no such page, no access, an expired form) is
 * {@link PageErrorViews}' job.
 */
@ControllerAdvice(basePackages = "dk.protokol.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private final MessageSource messages;
    private final Viewers viewers;

    PageErrors(MessageSource messages, Viewers viewers) {
        this.messages = messages;
        this.viewers = viewers;
    }

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(NotFound failure, HttpServletRequest request) {
        ModelAndView page = PageErrorViews.page(request, HttpStatus.NOT_FOUND, viewers.of(request));
        page.addObject("message", failure.getMessage());
        return page;
    }

    /**
     * A parameter the page cannot use. The reason a page controller or a query gave is shown as it is (they
     * are written in Danish for the reader); Spring's own reasons (a value of the wrong type, a missing
     * parameter) are replaced by a sentence of ours naming the parameter.
     */
    @ExceptionHandler({ErrorResponseException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ModelAndView badRequest(Exception failure, HttpServletRequest request) throws Exception {
        HttpStatusCode status = failure instanceof ErrorResponse answer ? answer.getStatusCode() : HttpStatus.BAD_REQUEST;
        if (!status.is4xxClientError()) {
            throw failure;
        }
        ModelAndView page = PageErrorViews.page(request, status, viewers.of(request));
        String reason = null;
        if (failure instanceof MethodArgumentTypeMismatchException mismatch) {
            reason = text("error.parameter.invalid", mismatch.getName(), String.valueOf(mismatch.getValue()));
        } else if (failure instanceof MissingServletRequestParameterException missing) {
            reason = text("error.parameter.missing", missing.getParameterName());
        } else if (failure instanceof ErrorResponse answer && answer.getBody().getDetail() != null) {
            reason = answer.getBody().getDetail();
        }
        if (reason != null) {
            page.addObject("message", reason);
        }
        return page;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
