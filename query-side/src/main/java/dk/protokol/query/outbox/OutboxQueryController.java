package dk.protokol.query.outbox;

import dk.protokol.events.ids.MeetingId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** {@code GET /api/outbox}: the mails derived from events (issue 14), for administrators and bodies' secretaries. */
@RestController
@Tag(name = "Mail", description = "Udbakken / the mail outbox")
public class OutboxQueryController {

    private final OutboxQueries outbox;

    public OutboxQueryController(OutboxQueries outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/api/outbox")
    @Operation(summary = "Udbakken: mails afledt af hændelser / the outbox: mails derived from events",
            description = "Modtager, emne, tilstand (QUEUED, SENT, FAILED) og forsøg, nyeste først. to: en persons id "
                    + "eller en e-mailadresse. Administratorer ser alt, et organs sekretærer organets mails.")
    public List<OutboxMail> outbox(@RequestParam(required = false) String to,
                                   @RequestParam(required = false) UUID meetingId) {
        return outbox.find(to, meetingId == null ? null : MeetingId.of(meetingId));
    }
}
