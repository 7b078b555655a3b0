package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.AmendAgendaItem;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AgendaItemKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.UUID;

/**
 * Fields left out stay as they are; an empty description removes it. The presenter changes to the one
 * {@code presenterId} names; {@code clearPresenter: true} (without a presenterId) removes it.
 */
@AmendAgendaItemRequest.OnePresenterChoice
public record AmendAgendaItemRequest(
        String title,
        AgendaItemKind kind,
        @Schema(description = "Tom tekst fjerner beskrivelsen / empty removes the description")
        String description,
        @Schema(description = "Ny oplægsholder; udeladt: uændret / new presenter; left out: unchanged")
        UUID presenterId,
        @Schema(description = "true fjerner oplægsholderen / true removes the presenter")
        Boolean clearPresenter) {

    AmendAgendaItem toCommand(MeetingId meeting, AgendaItemId item) {
        AmendAgendaItem.PresenterChange presenter;
        if (Boolean.TRUE.equals(clearPresenter)) {
            presenter = AmendAgendaItem.PresenterChange.none();
        } else if (presenterId != null) {
            presenter = AmendAgendaItem.PresenterChange.to(PersonId.of(presenterId));
        } else {
            presenter = null;
        }
        return new AmendAgendaItem(meeting, item, title, kind, description, presenter);
    }

    /** A presenter both named and removed is a contradiction: refused on {@code clearPresenter}. */
    @Constraint(validatedBy = OnePresenterChoice.Validator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface OnePresenterChoice {

        String message() default "Fjern oplægsholderen (clearPresenter) eller angiv en ny (presenterId), ikke begge.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<OnePresenterChoice, AmendAgendaItemRequest> {

            @Override
            public boolean isValid(AmendAgendaItemRequest request, ConstraintValidatorContext context) {
                if (request == null || request.presenterId() == null || !Boolean.TRUE.equals(request.clearPresenter())) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("clearPresenter").addConstraintViolation();
                return false;
            }
        }
    }
}
