package dk.protokol.command.meeting;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** A body named for the meeting: one holding it jointly (fællesmøde). */
public record BodyRequest(
        @Schema(description = "Organet / the body")
        UUID bodyId) {
}
