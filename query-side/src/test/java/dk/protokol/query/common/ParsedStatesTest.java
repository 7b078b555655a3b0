package dk.protokol.query.common;

import dk.protokol.events.ids.PersonId;
import dk.protokol.query.organisation.PersonView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParsedStatesTest {

    private final PersonId anna = PersonId.random();
    private final String before = ViewJson.write(new PersonView(anna, "Anna", null, null, "AAB"));
    private final String after = ViewJson.write(new PersonView(anna, "Anna Ærø", null, null, "AAB"));

    @Test
    void theSameTextIsDecodedOnceAndOtherTextAgain() {
        ParsedStates<PersonView> parsed = new ParsedStates<>(PersonView.class, 10);
        PersonView first = parsed.read(anna.toString(), before);
        assertThat(parsed.read(anna.toString(), before)).isSameAs(first);
        // the row changed (a new name, a rebuild, a migration): its new text decides, never the state kept
        PersonView changed = parsed.read(anna.toString(), after);
        assertThat(changed.name()).isEqualTo("Anna Ærø");
        assertThat(parsed.read(anna.toString(), before).name()).isEqualTo("Anna");
    }

    @Test
    void pastItsLimitItForgetsAndDecodesAgain() {
        ParsedStates<PersonView> parsed = new ParsedStates<>(PersonView.class, 1);
        PersonView first = parsed.read(anna.toString(), before);
        PersonId bo = PersonId.random();
        parsed.read(bo.toString(), ViewJson.write(new PersonView(bo, "Bo", null, null, null)));
        PersonView again = parsed.read(anna.toString(), before);
        assertThat(again).isEqualTo(first).isNotSameAs(first);
    }
}
