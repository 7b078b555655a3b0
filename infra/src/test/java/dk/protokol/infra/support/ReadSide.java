package dk.protokol.infra.support;

import dk.protokol.query.common.ReadYourWrites;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reads the views through MockMvc, for the tests that write straight to the store. */
public final class ReadSide {

    private ReadSide() {
    }

    /**
     * Performs {@code request} as {@code user} asking for its own writes up to {@code position} of the store
     * ({@code minPosition}): the answer must be 200 and not marked stale. Answers the result for further
     * expectations.
     */
    public static ResultActions readUpTo(MockMvc http, long position, String user,
                                         MockHttpServletRequestBuilder request) throws Exception {
        return http.perform(request.param("minPosition", "" + position).with(user(user)))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(ReadYourWrites.STALE_HEADER));
    }
}
