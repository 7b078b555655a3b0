package dk.protokol.infra.mail;

/** A rendered mail: its subject, its plain text and its HTML (the same content). */
public record MailText(String subject, String text, String html) {
}
