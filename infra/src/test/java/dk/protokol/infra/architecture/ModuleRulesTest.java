package dk.protokol.infra.architecture;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.protokol.events.caller.CallerAccess;
import dk.protokol.events.caller.Callers;
import org.junit.jupiter.api.BeforeAll;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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

    /**
     * Who the caller is lives in one place (issue 9, "One caller"): the published language's {@link Callers} and
     * {@link CallerAccess}, implemented once in infra's security package. Outside infra nothing reads the login
     * itself (no security context, no method of an {@link Authentication}, no authorities) and nothing asks the
     * policy by evaluating an expression against a bean's name; method security's {@code @PreAuthorize} is the
     * only other way to the policy.
     */
    @Test
    void outsideInfraWhoTheCallerIsIsAskedOfThePorts() {
        noClasses().that().resideOutsideOfPackage("dk.protokol.infra..")
                .should().dependOnClassesThat().belongToAnyOf(SecurityContextHolder.class, SecurityContext.class,
                        GrantedAuthority.class, AuthenticationTrustResolver.class)
                .orShould().accessTargetWhere(JavaAccess.Predicates.target(
                        HasOwner.Predicates.With.owner(assignableTo(Authentication.class))))
                .orShould().dependOnClassesThat().resideInAPackage("org.springframework.expression..")
                .check(classes);
    }

    @Test
    void theCallersPortsHaveOneImplementationInInfra() {
        classes().that().implement(Callers.class).or().implement(CallerAccess.class)
                .should().resideInAPackage("dk.protokol.infra.security")
                .check(classes);
        assertThat(classes.stream().filter(type -> !type.isInterface() && type.isAssignableTo(Callers.class)))
                .as("implementations of Callers").hasSize(1);
        assertThat(classes.stream().filter(type -> !type.isInterface() && type.isAssignableTo(CallerAccess.class)))
                .as("implementations of CallerAccess").hasSize(1);
    }

    /** The four ports and helpers that said who the caller is before {@link Callers} replaced them. */
    @Test
    void theFormerCallerPortsAreGone() {
        noClasses().should().haveSimpleName("CallerIdentity")
                .orShould().haveSimpleName("CallerPerson")
                .orShould().haveSimpleName("SecretaryAccess")
                .orShould().haveSimpleName("AccountCallerIdentity")
                .orShould().haveSimpleName("AccountCallerPerson")
                .orShould().haveSimpleName("BodyRoles")
                .check(classes);
    }
}
