package dk.protokol.command.action;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record CompleteRequest(
        @Schema(example = "Handleplanen er sendt ud til alle afdelingsbestyrelser.")
        @Size(max = 4000, message = "Bemærkningen må højst være 4.000 tegn.")
        String note,
        @Schema(description = "Den dag, handlingen blev udført; udelades den, er det i dag / "
                + "the day it was done, default today")
        LocalDate completedOn) {
}
