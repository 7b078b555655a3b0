package dk.protokol.infra.web;

import java.io.IOException;

/**
 * A request body grew beyond the limit while it was being read. An {@link IOException}, so that it travels
 * unchanged through whatever is reading the stream (Jackson, a filter) and can be answered as 413.
 */
public class PayloadTooLarge extends IOException {

    private final long limit;

    public PayloadTooLarge(long limit) {
        super("Request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
