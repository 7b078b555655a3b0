package dk.protokol.query.organisation;

import dk.protokol.events.ids.PersonId;
import dk.protokol.events.personal.PersonalData;

import java.util.Optional;

/**
 * Reads values as they are and seals nothing: for views built in tests from plaintext events. Never the
 * application's port (infra's JdbcPersonalData is); a sealed value it cannot open reads as absent.
 */
final class PlaintextPersonalData implements PersonalData {

    static final PlaintextPersonalData INSTANCE = new PlaintextPersonalData();

    private PlaintextPersonalData() {
    }

    @Override
    public String seal(PersonId person, String value) {
        throw new UnsupportedOperationException("the read side seals nothing");
    }

    @Override
    public Optional<String> reveal(PersonId person, String stored) {
        return stored == null || PersonalData.isSealed(stored) ? Optional.empty() : Optional.of(stored);
    }

    @Override
    public void forget(PersonId person) {
        throw new UnsupportedOperationException("the read side forgets nothing");
    }

    @Override
    public boolean isForgotten(PersonId person) {
        return false;
    }
}
