package dk.protokol.events.query.minutes;

import dk.protokol.events.ids.BodyId;

/** A body's settings for its minutes (objection period, tacit approval, publication), for those who read the body. */
public record FindMinutesSettings(BodyId bodyId) {
}
