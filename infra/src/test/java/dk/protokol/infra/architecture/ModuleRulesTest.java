package dk.protokol.infra.architecture;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the rooms of DESIGN.md "Modules" apart. Imported from the whole class path of the application. */
class ModuleRulesTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.protokol");
    }

    @Test
    void theImportIsNotEmpty() {
        // a rule over no classes passes vacuously; make sure every module was seen
        for (String module : new String[]{"events", "command", "query", "web", "infra"}) {
            org.assertj.core.api.Assertions.assertThat(classes.stream()
                            .anyMatch(c -> c.getPackageName().startsWith("dk.protokol." + module)))
                    .as("classes of module %s imported", module).isTrue();
        }
    }

    @Test
    void eventsDependOnNothingOfOursAndNoSpring() {
        noClasses().that().resideInAPackage("dk.protokol.events..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dk.protokol.command..", "dk.protokol.query..", "dk.protokol.web..", "dk.protokol.infra..",
                        "org.springframework..")
                .check(classes);
    }

    @Test
    void queryNeverImportsCommand() {
        noClasses().that().resideInAPackage("dk.protokol.query..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.protokol.command..", "dk.protokol.infra..",
                        "dk.protokol.web..")
                .check(classes);
    }

    @Test
    void commandNeverImportsQueryWebOrInfra() {
        noClasses().that().resideInAPackage("dk.protokol.command..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.protokol.query..", "dk.protokol.infra..",
                        "dk.protokol.web..")
                .check(classes);
    }

    @Test
    void webNeverReachesIntoTheWriteModelOrInfra() {
        noClasses().that().resideInAPackage("dk.protokol.web..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.protokol.command..", "dk.protokol.infra..")
                .check(classes);
    }

    /** Commands and events are the published language: Axon may only route them and give them a revision. */
    @Test
    void thePublishedLanguageCarriesNoFrameworkAnnotationsButRoutingAndRevision() {
        Set<String> allowed = Set.of(Revision.class.getName(), TargetAggregateIdentifier.class.getName());
        List<String> found = new ArrayList<>();
        for (JavaClass type : classes) {
            if (!type.getPackageName().startsWith("dk.protokol.events")) {
                continue;
            }
            List<JavaAnnotation<?>> annotations = new ArrayList<>(type.getAnnotations());
            type.getFields().forEach(field -> annotations.addAll(field.getAnnotations()));
            type.getMethods().forEach(method -> annotations.addAll(method.getAnnotations()));
            type.getConstructors().forEach(constructor -> constructor.getParameters()
                    .forEach(parameter -> annotations.addAll(parameter.getAnnotations())));
            for (JavaAnnotation<?> annotation : annotations) {
                String name = annotation.getRawType().getName();
                if ((name.startsWith("org.axonframework.") || name.startsWith("org.springframework."))
                        && !allowed.contains(name)) {
                    found.add(type.getName() + ": @" + name);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void pagePackagesAreFreeOfCycles() {
        // web has no ArchUnit of its own; query-side, command-side and shared-events check their packages themselves
        slices().matching("dk.protokol.web.(*)..").should().beFreeOfCycles().check(classes);
    }
}
