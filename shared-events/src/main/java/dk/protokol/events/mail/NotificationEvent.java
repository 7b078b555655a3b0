package dk.protokol.events.mail;

/**
 * What Protokol told people by mail (issue 14, item 2): the record of notification. Recorded as events without an
 * aggregate, like the operators' events, so they stand in the event log and the audit chain.
 */
public sealed interface NotificationEvent permits MailDelivered {
}
