package dk.protokol.infra.mail;

import dk.protokol.events.ids.PersonId;

/**
 * Who a mail goes to: the person, their address (revealed from the sealed events; null: none given) and the language
 * they read ({@code da} or {@code en}). An erased person is never a recipient.
 */
public record Recipient(PersonId personId, String address, String language) {

    public boolean english() {
        return "en".equals(language);
    }
}
