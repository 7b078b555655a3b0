package dk.protokol.query.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read side is packaged by feature (DESIGN.md "Modules"); features may build on one another, but never
 * in a circle, and what all of them share (ports, the recorded event, errors) sits in {@code query.common},
 * which builds on no feature.
 */
class FeaturePackageRulesTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.protokol.query");
    }

    @Test
    void theImportIsNotEmpty() {
        // a rule over no classes passes vacuously
        assertThat(classes.stream().map(JavaClass::getPackageName).distinct().count()).isGreaterThan(5);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("dk.protokol.query.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses().that().resideInAPackage("dk.protokol.query.common..")
                .should().dependOnClassesThat(resideInAPackage("dk.protokol.query..")
                        .and(resideOutsideOfPackage("dk.protokol.query.common..")))
                .check(classes);
    }
}
