package dk.protokol.web.organisation;

import dk.protokol.query.organisation.BodySummary;
import dk.protokol.events.query.organisation.FindBodies;
import dk.protokol.events.query.organisation.FindOrgChart;
import dk.protokol.query.organisation.OrgChart;
import dk.protokol.web.common.Queries;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The organisation chart as a tree of bodies on a date ({@code on}, today when absent), per partnership. */
@Controller
@PreAuthorize("@accessPolicy.canReadOrganisation(authentication)")
class OrgChartPageController {

    private final Queries queries;

    OrgChartPageController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/organisation")
    String chart(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                 @RequestParam(required = false) String organisation, Model model) {
        String chosen = organisation == null || organisation.isBlank() ? null : organisation;
        OrgChart chart = queries.one(new FindOrgChart(chosen, on, null), OrgChart.class);
        List<String> organisations = queries.list(new FindBodies(null, null, null, true), BodySummary.class)
                .stream().map(BodySummary::organisation).filter(Objects::nonNull).distinct().sorted().toList();
        model.addAttribute("chart", chart);
        model.addAttribute("organisations", organisations);
        model.addAttribute("organisation", chosen);
        return "organisation/chart";
    }
}
