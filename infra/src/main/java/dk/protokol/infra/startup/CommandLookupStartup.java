package dk.protokol.infra.startup;

import dk.protokol.command.body.OrgLookupRebuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command side's lookups are written in the append transaction, so they only need rebuilding when
 * their tables were emptied (restored database, dropped tables). Runs before the demo data.
 */
@Component
@Order(10)
class CommandLookupStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CommandLookupStartup.class);

    private final OrgLookupRebuilder orgLookupRebuilder;

    CommandLookupStartup(OrgLookupRebuilder orgLookupRebuilder) {
        this.orgLookupRebuilder = orgLookupRebuilder;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (orgLookupRebuilder.rebuildIfEmpty()) {
            log.info("Rebuilt the command side's organisation and meeting lookups from the event store");
        }
    }
}
