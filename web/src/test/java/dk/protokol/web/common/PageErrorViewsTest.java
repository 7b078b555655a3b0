package dk.protokol.web.common;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What an error page shows of a posted form that never reached its controller (an expired session's save). */
class PageErrorViewsTest {

    @Test
    void theTypedTextIsShownButNeverAPasswordNorIdsChoicesOrTheToken() {
        Map<String, String[]> posted = new LinkedHashMap<>();
        posted.put("_csrf", new String[]{"token"});
        posted.put("username", new String[]{"tove"});
        posted.put("password", new String[]{"toves-kodeord-1"});
        posted.put("personId", new String[]{"5e4a1c2d-0000-4000-8000-000000000001"});
        posted.put("roles", new String[]{"ADMIN", "EVALUATOR"});

        assertThat(PageErrorViews.typed(posted))
                .extracting(PageErrorViews.Typed::field, PageErrorViews.Typed::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("username", "tove"));
    }
}
