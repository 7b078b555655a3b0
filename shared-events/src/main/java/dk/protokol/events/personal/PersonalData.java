package dk.protokol.events.personal;

import dk.protokol.events.ids.PersonId;

import java.util.Collection;
import java.util.Optional;

/**
 * The one port through which a private person's data (name, e-mail, phone) enters and leaves the events
 * (DESIGN.md principle 7, crypto-shredding). The command side seals a value before it applies the event; the read
 * side reveals it when a view, page, document, export or history is read, never when it is folded into a view.
 * Each person has a key of their own, kept apart from the events (infra's {@code person_key}); erasing the person
 * deletes the key, so every sealed value of theirs can no longer be revealed while the stored events stay as they
 * were, byte for byte.
 */
public interface PersonalData {

    /** The prefix of a sealed value: {@code pd1:<base64 of the 12-byte IV followed by the AES-GCM ciphertext>}. */
    String SEALED_PREFIX = "pd1:";

    /**
     * The value sealed under the person's key (the key is made on first use, in the caller's transaction);
     * null stays null.
     */
    String seal(PersonId person, String value);

    /**
     * The text of a value as stored in an event: a sealed value decrypted with the person's key, empty when the key
     * is gone (the person was erased) or the value is null. A value without {@link #SEALED_PREFIX} is plaintext of
     * an event recorded before personal data was sealed (revision 1), read as it is until the store's migration
     * seals it.
     */
    Optional<String> reveal(PersonId person, String stored);

    /** Deletes the person's key (erasure), in the caller's transaction. Nothing sealed for them opens again. */
    void forget(PersonId person);

    /** Whether the person's key has been deleted (erased), as opposed to never made. */
    boolean isForgotten(PersonId person);

    /**
     * This port with the keys of {@code people} read at once (one statement instead of one per value), for an answer
     * that reveals many people's data (a list, a chart, minutes). The keys are held only by the object answered, for
     * the one answer that asks; nothing is kept across answers, so the next answer sees an erasure as before. People
     * not among {@code people} are revealed as by this port. Default: this port itself.
     */
    default PersonalData forPeople(Collection<PersonId> people) {
        return this;
    }

    static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(SEALED_PREFIX);
    }
}
