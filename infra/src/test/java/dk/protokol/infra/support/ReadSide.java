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
        return http.perform(request.param("minPosition", "" + position).with(user(user).roles(rolesOf(user))))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(ReadYourWrites.STALE_HEADER));
    }

    /**
     * A mock user's global roles by name, as the demo's accounts have them: "evaluator" reads everything (reads are
     * authorised per body, so a view test reads as the evaluator), "admin" administers; anyone else is a user.
     */
    static String[] rolesOf(String user) {
        return switch (user) {
            case "evaluator" -> new String[]{"USER", "EVALUATOR"};
            case "admin" -> new String[]{"USER", "ADMIN"};
            default -> new String[]{"USER"};
        };
    }

    /** The evaluator as a mock user: reads every body's meetings, minutes, actions and cases. */
    public static org.springframework.test.web.servlet.request.RequestPostProcessor reader() {
        return user("evaluator").roles(rolesOf("evaluator"));
    }
}
