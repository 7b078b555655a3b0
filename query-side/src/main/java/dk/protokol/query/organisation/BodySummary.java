package dk.protokol.query.organisation;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.BodyKind;

import java.time.LocalDate;

/** One line of {@code GET /api/bodies}: the body and its chair on the date asked. */
public record BodySummary(BodyId id, String name, BodyKind kind, String organisation, BodyId parentId,
                          LocalDate establishedOn, LocalDate dissolvedOn, PersonRef chair) {
}
