package dk.protokol.web.outbox;

import dk.protokol.events.ids.MeetingId;
import dk.protokol.query.outbox.OutboxMail;
import dk.protokol.query.outbox.OutboxQueries;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.UUID;

/**
 * {@code /udbakke}: the mail outbox (issue 14) for the caller's bodies (an administrator's: all), newest first, each
 * mail readable as it was or will be sent. Without an SMTP server the mails stay here (QUEUED), so the whole flow can
 * be tried without one. The same query as {@code GET /api/outbox}, refused the same way.
 */
@Controller
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
class OutboxPageController {

    private final ObjectProvider<OutboxQueries> outbox;

    OutboxPageController(ObjectProvider<OutboxQueries> outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/udbakke")
    String outbox(@RequestParam(required = false) UUID meetingId, @RequestParam(required = false) String to,
                  Model model) {
        List<OutboxMail> mails = outbox.getObject().find(to, meetingId == null ? null : MeetingId.of(meetingId));
        model.addAttribute("section", "udbakke");
        model.addAttribute("mails", mails);
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("to", to);
        model.addAttribute("zone", java.time.ZoneId.of("Europe/Copenhagen"));
        return "outbox/list";
    }
}
