package dk.protokol.command.action;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

public record CompleteRequest(
        @Schema(example = "Handleplanen er sendt ud til alle afdelingsbestyrelser.")
        String note,
        @Schema(description = "Den dag, handlingen blev udført; udelades den, er det i dag / "
                + "the day it was done, default today")
        LocalDate completedOn) {
}
