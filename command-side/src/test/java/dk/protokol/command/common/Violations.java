package dk.protokol.command.common;

import dk.protokol.events.command.RuleViolation;
import dk.protokol.events.command.UnknownReference;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matchers for fixture tests: which rule refused the command, which reference was unknown. */
public final class Violations {

    private Violations() {
    }

    public static Matcher<RuleViolation> violationOf(String rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.rule().equals(rule);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation of rule ").appendValue(rule);
            }

            @Override
            protected void describeMismatchSafely(RuleViolation violation, Description mismatch) {
                mismatch.appendText("was rule ").appendValue(violation.rule()).appendText(": ")
                        .appendValue(violation.getMessage());
            }
        };
    }

    /** A RuleViolation of {@code rule} about the command's {@code field}. */
    public static Matcher<RuleViolation> violationOf(String rule, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.rule().equals(rule) && field.equals(violation.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation of rule ").appendValue(rule).appendText(" about field ")
                        .appendValue(field);
            }

            @Override
            protected void describeMismatchSafely(RuleViolation violation, Description mismatch) {
                mismatch.appendText("was rule ").appendValue(violation.rule()).appendText(" about field ")
                        .appendValue(violation.field()).appendText(": ").appendValue(violation.getMessage());
            }
        };
    }

    public static Matcher<UnknownReference> unknownReferenceIn(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(UnknownReference reference) {
                return reference.field().equals(field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("an UnknownReference in field ").appendValue(field);
            }
        };
    }
}
