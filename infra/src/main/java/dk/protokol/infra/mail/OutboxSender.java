package dk.protokol.infra.mail;

import dk.protokol.events.mail.MailDelivered;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Delivers the outbox over SMTP ({@code spring.mail.*} from {@code PROTOKOL_MAIL_*}); runs only when a host is
 * configured. Each row in a transaction of its own: claimed ({@code FOR UPDATE SKIP LOCKED}, so only one node sends
 * it), handed to the server, marked SENT and its {@link MailDelivered} event appended, all committed together. A
 * failure counts the attempt and waits (exponential backoff, {@code protokol.mail.initial-backoff} doubled per
 * attempt up to {@code max-backoff}) until {@code max-attempts}, then FAILED. Each row has one Message-ID, the same on
 * every attempt ({@code <outbox-ID@protokol>}), so a mail sent again after a crash between the server's acceptance
 * and the commit is recognisable as the same mail.
 */
@Component
// not on a command node (issue 15): mail is the query nodes' work
@ConditionalOnExpression("'${protokol.mail.host:}'.trim().length() > 0 and '${protokol.node.role:all}' != 'command'")
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxStore outbox;
    private final JavaMailSender mailSender;
    private final EventBus events;
    private final TransactionTemplate transactions;
    private final MailSettings settings;
    private final Clock clock;

    public OutboxSender(OutboxStore outbox, JavaMailSender mailSender, EventBus events, PlatformTransactionManager transactions,
                      MailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${protokol.mail.send-interval:PT10S}",
            initialDelayString = "${protokol.mail.send-interval:PT10S}")
    public void sendDue() {
        int batch = 0;
        while (batch++ < 200 && Boolean.TRUE.equals(transactions.execute(status -> sendNext()))) {
            // one row a transaction, until none is due
        }
    }

    /** Sends the next due row; answers whether there was one. */
    boolean sendNext() {
        Instant now = clock.instant();
        Optional<OutboxStore.Row> claimed = outbox.claimNext(now);
        if (claimed.isEmpty()) {
            return false;
        }
        OutboxStore.Row row = claimed.get();
        try {
            mailSender.send(message(row));
        } catch (MailException | MessagingException failure) {
            int attempts = row.attempts() + 1;
            boolean giveUp = attempts >= settings.maxAttempts();
            outbox.markAttemptFailed(row.id(), failure.getMessage(), now.plus(settings.backoffAfter(attempts)),
                    giveUp);
            // the server's message may name the address: it stays in the row (redacted on erasure), not in the log
            log.warn("Mail {} ({}) not sent, attempt {} of {}: {}", row.id(), row.kind(), attempts,
                    settings.maxAttempts(), failure.getClass().getSimpleName());
            return true;
        }
        Instant sentAt = clock.instant();
        outbox.markSent(row.id(), sentAt);
        events.publish(GenericEventMessage.asEventMessage(new MailDelivered(row.id(), row.personId(),
                        row.kind().name(), row.meetingId(), row.actionId(), row.subject(), row.messageId(), sentAt))
                .andMetaData(Map.of("userId", "protokol-mail")));
        return true;
    }

    MimeMessage message(OutboxStore.Row row) throws MessagingException {
        MimeMessage message = new FixedIdMessage(session(), row.messageId());
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(row.address()));
        message.setSubject(row.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(row.text() == null ? "" : row.text(), StandardCharsets.UTF_8.name(), "plain");
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(row.html() == null ? "" : row.html(), StandardCharsets.UTF_8.name(), "html");
        alternative.addBodyPart(html);
        if (row.calendar() != null) {
            // in the alternative, as calendar programs look for it, and as a file for the others
            String type = "text/calendar; charset=UTF-8; method=" + row.calendarMethod();
            MimeBodyPart inline = new MimeBodyPart();
            inline.setContent(row.calendar(), type);
            alternative.addBodyPart(inline);
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            MimeBodyPart file = new MimeBodyPart();
            file.setContent(row.calendar(), type);
            file.setFileName("CANCEL".equals(row.calendarMethod()) ? "aflysning.ics" : "moede.ics");
            mixed.addBodyPart(file);
            message.setContent(mixed);
        } else {
            message.setContent(alternative);
        }
        message.saveChanges();
        return message;
    }

    private Session session() {
        return mailSender instanceof JavaMailSenderImpl impl ? impl.getSession()
                : Session.getInstance(new Properties());
    }

    /** A message whose Message-ID is the outbox row's, not a fresh one per attempt. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
