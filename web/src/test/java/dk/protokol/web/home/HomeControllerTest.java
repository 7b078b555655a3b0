package dk.protokol.web.home;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HomeControllerTest {

    @Test
    void rendersTheHomeTemplate() {
        assertThat(new HomeController().home()).isEqualTo("home");
    }
}
