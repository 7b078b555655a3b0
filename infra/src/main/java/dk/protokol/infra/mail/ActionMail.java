package dk.protokol.infra.mail;

import java.time.LocalDate;

/** What an action reminder tells: the action, its body, when it is due and the link to the owner's actions. */
public record ActionMail(String description, String bodyName, LocalDate dueDate, String link) {
}
