package dk.protokol.query.cases;

import dk.protokol.events.query.cases.FindCase;
import dk.protokol.events.query.cases.FindReferrals;
import dk.protokol.events.query.cases.ReferralStatus;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.query.common.ReadYourWrites;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * Cases across bodies (API.md "Actions and cases"): the referrals waiting for or taken onto an agenda, and
 * one case's trail. {@code minPosition} waits for the "cases" view to include a command's events. For now
 * anyone signed in may read; per-body rules come later.
 */
@RestController
@RequestMapping("/api")
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
public class CaseQueryController {

    private final CaseQueries queries;
    private final ReadYourWrites readYourWrites;

    public CaseQueryController(CaseQueries queries, ReadYourWrites readYourWrites) {
        this.queries = queries;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping("/referrals")
    public ResponseEntity<List<ReferralSummary>> referrals(
            @RequestParam(required = false) UUID targetBodyId,
            @RequestParam(required = false) ReferralStatus status,
            @RequestParam(required = false) Long minPosition) {
        return readYourWrites.answer(minPosition, null, () -> queries.handle(new FindReferrals(
                BodyId.ofNullable(targetBodyId), status)), CaseProjection.PROCESSING_GROUP);
    }

    /** {@code id} is the referral's id: a case is named by the referral that sent it to another body. */
    @GetMapping("/cases/{id}")
    public ResponseEntity<CaseView> caseTrail(
            @PathVariable UUID id,
            @RequestParam(required = false) Long minPosition) {
        return readYourWrites.answer(minPosition, null,
                () -> queries.handle(new FindCase(ReferralId.of(id))), CaseProjection.PROCESSING_GROUP);
    }

}
