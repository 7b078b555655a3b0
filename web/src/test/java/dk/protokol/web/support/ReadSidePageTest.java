package dk.protokol.web.support;

import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.List;

/**
 * A read-only page test: MockMvc, and the query gateway mocked to answer from {@link #answer(Object)} (see
 * {@link ReadSide}); {@code asked} holds the queries the request asked, in order.
 */
public abstract class ReadSidePageTest {

    @Autowired
    protected MockMvc mvc;

    @MockitoBean
    protected QueryGateway gateway;

    /** The queries the pages asked, in order. */
    protected final List<Object> asked = new ArrayList<>();

    @BeforeEach
    void readSideAnswers() {
        ReadSide.answers(gateway, asked, this::answer);
    }

    /** What the read side answers to a query; a NotFound comes back as the failed future. */
    protected abstract Object answer(Object query);
}
