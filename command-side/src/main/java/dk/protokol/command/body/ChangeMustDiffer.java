package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.words.Words;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A change says something new: the name, mandate, cadence, quorum or successor given differs from the one that
 * holds on the day it is to take effect. {@code field} is the command's field (name, mandate, meetingsPerYear,
 * quorum, successorId).
 */
record ChangeMustDiffer(String field, Object current, Object proposed, LocalDate on) implements DomainRule {

    @Override
    public boolean isBroken() {
        return Objects.equals(current, proposed);
    }

    @Override
    public String message() {
        String day = Words.DANISH.date(on);
        return switch (field) {
            case "name" -> "Organet hedder allerede sådan pr. " + day + ".";
            case "mandate" -> proposed == null ? "Organet har intet kommissorium pr. " + day + "."
                    : "Organet har allerede det kommissorium pr. " + day + ".";
            case "meetingsPerYear" -> proposed == null ? "Organet mødes allerede efter behov pr. " + day + "."
                    : "Organet holder allerede " + proposed + " møder om året pr. " + day + ".";
            case "quorum" -> proposed == null ? "Organet har ingen beslutningsdygtighed pr. " + day + "."
                    : "Organet er allerede beslutningsdygtigt med " + proposed + " fremmødte pr. " + day + ".";
            case "successorId" -> "Det organ er allerede navngivet som efterfølger.";
            default -> "Ændringen er den samme som det, der allerede gælder pr. " + day + ".";
        };
    }
}
