package dk.protokol.web.publication;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.query.publication.FindPublishedMinutes;
import dk.protokol.events.query.publication.FindPublishingBodies;
import dk.protokol.query.organisation.BodyRef;
import dk.protokol.query.publication.PublishedBody;
import dk.protokol.web.common.Queries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.UUID;

/**
 * The public pages (issue 14), read without login: the bodies that publish their approved minutes, and per body its
 * approved minutes with their decisions, the PDF and an Atom feed. A body that does not publish, or does not exist,
 * answers 404 (the read side's NotFound), so the pages say nothing of bodies that keep their minutes to themselves.
 */
@Controller
class PublicPagesController {

    private final Queries queries;

    PublicPagesController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/offentlig")
    String bodies(Model model) {
        model.addAttribute("bodies", queries.list(new FindPublishingBodies(), BodyRef.class));
        return "public/bodies";
    }

    @GetMapping("/offentlig/organer/{bodyId}")
    String body(@PathVariable UUID bodyId, Model model) {
        model.addAttribute("body", queries.one(new FindPublishedMinutes(BodyId.of(bodyId)), PublishedBody.class));
        return "public/body";
    }
}
