package dk.protokol.command.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** The write model is packaged by aggregate (DESIGN.md "Modules"); its packages never depend on one another in a circle. */
class AggregatePackageRulesTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.protokol.command");
    }

    @Test
    void theImportIsNotEmpty() {
        // a rule over no classes passes vacuously
        assertThat(classes.stream().anyMatch(c -> c.getPackageName().equals("dk.protokol.command.meeting"))).isTrue();
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dk.protokol.command.(*)..").should().beFreeOfCycles().check(classes);
    }
}
