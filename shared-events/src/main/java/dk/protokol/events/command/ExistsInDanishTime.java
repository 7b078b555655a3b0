package dk.protokol.events.command;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A meeting time is Danish local time; the hour skipped when summer time begins (e.g. 02:30 on the last
 * Sunday of March) does not exist there, and a meeting set to it would start at an unintended moment.
 */
@Documented
@Constraint(validatedBy = ExistsInDanishTime.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExistsInDanishTime {

    ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    String message() default "Tidspunktet findes ikke i dansk tid (det springes over, når sommertiden begynder).";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ExistsInDanishTime, LocalDateTime> {

        @Override
        public boolean isValid(LocalDateTime value, ConstraintValidatorContext context) {
            return value == null || !DANISH_TIME.getRules().getValidOffsets(value).isEmpty();
        }
    }
}
