package dk.protokol.command;

import dk.protokol.events.caller.Caller;
import dk.protokol.events.caller.Callers;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.MemberRole;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/**
 * The configuration that {@code @WebMvcTest}s of the command controllers find. The real application is in
 * infra; this gives the controllers what infra would: method security, the clock, an access policy.
 */
@SpringBootApplication
@EnableMethodSecurity
public class CommandWebTestApplication {

    /** 15 September 2025, 12:00 in Copenhagen: "today" for requests that leave a date out. */
    public static final Instant NOW = Instant.parse("2025-09-15T10:00:00Z");
    /** The person every signed-in test user acts as, except the user named {@value #UNLINKED}. */
    public static final PersonId CALLER = PersonId.of(UUID.fromString("6f1d3c2a-0b7e-4c55-9a43-2f5d8e1b9c70"));
    public static final String UNLINKED = "unlinked";

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneId.of("Europe/Copenhagen"));
    }

    @Bean
    TestAccessPolicy accessPolicy() {
        return new TestAccessPolicy();
    }

    /** Stands in for infra's Callers: the test user acts as {@link #CALLER}, or as nobody if {@value #UNLINKED}. */
    @Bean
    Callers callers() {
        return new Callers() {
            @Override
            public Caller current() {
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                if (authentication == null) {
                    return Caller.NOBODY;
                }
                String name = authentication.getName();
                return Caller.account(name, UNLINKED.equals(name) ? null : CALLER, Set.of());
            }

            @Override
            public Set<MemberRole> rolesIn(BodyId body, LocalDate on) {
                return Set.of();
            }
        };
    }

    /** Stands in for infra's policy bean of the same name; a test may refuse everyone. */
    public static class TestAccessPolicy {

        private boolean allowed = true;
        /** The body or meeting id of the latest per-body or per-meeting check, to prove what the check was given. */
        private UUID lastChecked;
        private String lastWork;
        private UUID ownedAction;

        public boolean canChangeOrganisation(Authentication authentication) {
            return allowed && authentication != null;
        }

        public boolean canRecordFor(Authentication authentication, UUID bodyId) {
            lastChecked = bodyId;
            return allowed && authentication != null;
        }

        public boolean canRecordForEach(Authentication authentication, java.util.Collection<UUID> bodyIds) {
            if (bodyIds == null || bodyIds.isEmpty()) {
                return true; // none named: nothing to guard, as infra's policy answers
            }
            lastChecked = bodyIds.iterator().next();
            return allowed && authentication != null;
        }

        public boolean canRecordForMeeting(Authentication authentication, UUID meetingId) {
            lastChecked = meetingId;
            return allowed && authentication != null;
        }

        public boolean canCommentOnMeeting(Authentication authentication, UUID meetingId) {
            lastChecked = meetingId;
            return allowed && authentication != null;
        }

        public boolean canApproveForMeeting(Authentication authentication, UUID meetingId) {
            lastChecked = meetingId;
            return allowed && authentication != null;
        }

        /**
         * Stands in for the owner rule of infra's policy: while {@link #callerOnlyOwns} names an action, the caller
         * may only report progress on and complete that one.
         */
        public boolean canWorkOnAction(Authentication authentication, UUID actionId, String what) {
            lastChecked = actionId;
            lastWork = what;
            if (ownedAction != null) {
                return authentication != null && ownedAction.equals(actionId)
                        && ("PROGRESS".equals(what) || "COMPLETE".equals(what));
            }
            return allowed && authentication != null;
        }

        public boolean canAcceptReferral(Authentication authentication, UUID referralId) {
            lastChecked = referralId;
            return allowed && authentication != null;
        }

        public UUID lastChecked() {
            return lastChecked;
        }

        /** What the latest action check asked for (PROGRESS, COMPLETE, ...). */
        public String lastWork() {
            return lastWork;
        }

        public void refuseEveryone() {
            allowed = false;
        }

        /** The caller has no role in any body and owns only this action. */
        public void callerOnlyOwns(UUID actionId) {
            ownedAction = actionId;
        }

        public void allowEveryone() {
            allowed = true;
            lastChecked = null;
            lastWork = null;
            ownedAction = null;
        }
    }
}
