package dk.protokol.query.common;

import dk.protokol.events.caller.Readable;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ReadAccess}: one thing refused unless readable, lists narrowed to what is; an action read by its owner too. */
class ReadAccessTest {

    static final BodyId MINE = BodyId.random();
    static final BodyId OTHER = BodyId.random();
    static final PersonId ME = PersonId.random();

    private final ReadAccess reader = Readers.of(Readable.bodies(List.of(MINE)), ME);

    @Test
    void aBodyOrAMeetingOfNoReadableBodyIsRefusedInDanish() {
        assertThatCode(() -> reader.requireBody(MINE)).doesNotThrowAnyException();
        assertThatCode(() -> reader.requireBody(null)).as("a list of all bodies").doesNotThrowAnyException();
        assertThatThrownBy(() -> reader.requireBody(OTHER)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Du har ikke adgang til dette organs møder, referater og handlinger.");
        assertThatCode(() -> reader.requireAnyOf(List.of(OTHER, MINE))).as("a joint meeting")
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> reader.requireAnyOf(List.of(OTHER))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void listsHoldOnlyWhatIsReadable() {
        record Line(String name, BodyId body, PersonId owner) {
        }
        Line mine = new Line("mine", MINE, null);
        Line other = new Line("other", OTHER, null);
        Line owned = new Line("owned elsewhere", OTHER, ME);
        assertThat(reader.filter(List.of(mine, other), line -> List.of(line.body()))).containsExactly(mine);
        assertThat(reader.filterActions(List.of(mine, other, owned), Line::body, Line::owner))
                .containsExactly(mine, owned);
        assertThat(Readers.everything().filter(List.of(mine, other), line -> List.of(line.body())))
                .containsExactly(mine, other);
    }

    @Test
    void anActionIsReadByItsOwnerEvenOutsideTheirBodies() {
        assertThatCode(() -> reader.requireAction(OTHER, ME)).doesNotThrowAnyException();
        assertThatThrownBy(() -> reader.requireAction(OTHER, PersonId.random()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Readers.of(Readable.NOTHING, null).requireAction(OTHER, ME))
                .isInstanceOf(AccessDeniedException.class);
    }
}
