package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Members comment on circulated minutes until the objection period ends (indsigelsesfrist); minutes circulated before
 * bodies had one ({@code endsAt} null) take comments until they are approved.
 */
record CommentsOnlyWithinTheObjectionPeriod(Instant endsAt, Instant madeAt) implements DomainRule {

    private static final DateTimeFormatter DANISH = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm",
            Locale.forLanguageTag("da-DK")).withZone(ZoneId.of("Europe/Copenhagen"));

    @Override
    public boolean isBroken() {
        return endsAt != null && !madeAt.isBefore(endsAt);
    }

    @Override
    public String message() {
        return "Indsigelsesfristen udløb " + DANISH.format(endsAt)
                + ", så der kan ikke længere gives bemærkninger til referatet.";
    }
}
