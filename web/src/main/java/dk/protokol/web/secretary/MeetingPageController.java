package dk.protokol.web.secretary;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.UUID;

/** The secretary's working surface for one meeting ({@link MeetingPage}); its forms post to the controllers beside it. */
@Controller
@Import(SecretaryPages.class)
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
class MeetingPageController {

    private final MeetingPage page;

    MeetingPageController(MeetingPage page) {
        this.page = page;
    }

    /** The working surface is the recorder's: those who record for a body holding the meeting (reads are per body). */
    @GetMapping("/sekretaer/moeder/{id}")
    @PreAuthorize("@accessPolicy.canRecordForMeeting(authentication, #id)")
    String meeting(@PathVariable UUID id, @RequestParam(required = false) Long minPosition,
                   @RequestParam(required = false) String saved, @RequestParam(required = false) String item,
                   Model model) {
        return page.show(id, minPosition, saved, item, model);
    }
}
