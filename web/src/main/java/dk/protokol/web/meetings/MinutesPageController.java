package dk.protokol.web.meetings;

import dk.protokol.events.ids.MeetingId;
import dk.protokol.query.minutes.FindMinutes;
import dk.protokol.query.minutes.MinutesView;
import dk.protokol.web.common.Queries;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * The minutes of one meeting in the layout of a Danish referat, live or as they were registered at a moment
 * ({@code asOf}, a local Danish date and time as a {@code datetime-local} control sends it).
 */
@Controller
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
class MinutesPageController {

    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final Queries queries;

    MinutesPageController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/moeder/{id}")
    String minutes(@PathVariable UUID id, @RequestParam(required = false) String asOf, Model model) {
        LocalDateTime registeredBy = localDateTime(asOf);
        Instant instant = registeredBy == null ? null : registeredBy.atZone(DANISH_TIME).toInstant();
        MinutesView minutes = queries.one(new FindMinutes(MeetingId.of(id), instant), MinutesView.class);
        model.addAttribute("minutes", minutes);
        model.addAttribute("asOf", registeredBy);
        model.addAttribute("followUpUnderStandingItem",
                minutes.agenda().stream().anyMatch(item -> item.standing() && !item.withdrawn()));
        return "meetings/minutes";
    }

    private static LocalDateTime localDateTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "»" + value + "« er ikke et tidspunkt. Skriv dato og klokkeslæt, fx 2026-03-01T14:30.");
        }
    }
}
