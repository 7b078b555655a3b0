package dk.protokol.web.home;

import dk.protokol.web.common.Queries;
import dk.protokol.web.common.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;

class HomeControllerTest {

    @Test
    void rendersTheHomeTemplate() {
        HomeController home = new HomeController(new StaticListableBeanFactory().getBeanProvider(Queries.class));
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(home.home(Viewer.SIGNED_OUT, model)).isEqualTo("home");
        // nobody signed in (no read side either): no work to list, and nothing asked
        assertThat(model.getAttribute("work")).asList().isEmpty();
    }
}
