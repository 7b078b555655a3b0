package dk.protokol.command.common;

import dk.protokol.events.ids.BodyId;

import java.time.LocalDate;

/** What the command side knows of a body outside its own aggregate: that it exists, and whether it is dissolved. */
public record KnownBody(BodyId id, LocalDate establishedOn, LocalDate dissolvedOn) {

    public boolean dissolved() {
        return dissolvedOn != null;
    }
}
