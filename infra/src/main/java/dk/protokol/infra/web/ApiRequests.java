package dk.protokol.infra.web;

import jakarta.servlet.http.HttpServletRequest;

/** Which requests are the HTTP API's ({@code /api/**}), as opposed to the pages people use. */
public final class ApiRequests {

    private ApiRequests() {
    }

    public static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
