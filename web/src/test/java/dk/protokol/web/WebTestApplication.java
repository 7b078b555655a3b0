package dk.protokol.web;

import dk.protokol.events.caller.CallerAccess;
import dk.protokol.events.caller.Readable;
import dk.protokol.events.caller.Callers;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.web.support.ContextCallers;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The configuration the web slice tests start from; the running application lives in infra. It stands in for
 * infra's ports of who the caller is: the signed-in test user, acting as no person ({@link ContextCallers}; a test
 * that needs a person mocks {@link Callers}), and may record for nobody (a test that records gives its own,
 * {@code @Primary}, {@link CallerAccess}).
 */
@SpringBootApplication
public class WebTestApplication {

    @Bean
    Callers callers() {
        return new ContextCallers();
    }

    @Bean
    CallerAccess nobodyRecords() {
        return new CallerAccess() {
            @Override
            public boolean canRecordFor(BodyId body) {
                return false;
            }

            @Override
            public boolean canRecordForMeeting(MeetingId meeting) {
                return false;
            }

            @Override
            public Readable readable() {
                return Readable.NOTHING; // the read side is stubbed at the query gateway in the page tests
            }
        };
    }
}
