package dk.protokol.infra.mail;

import dk.protokol.events.query.actions.ActionFilter;
import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.query.actions.ActionProjection;
import dk.protokol.query.actions.ActionState;
import dk.protokol.query.organisation.BodyProjection;
import dk.protokol.query.organisation.BodyView;
import dk.protokol.infra.web.PublicBaseUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The daily action reminders (issue 14, item 2): each open action due within {@code protokol.mail.reminders
 * .days-before} days (ACTION_DUE) or past its due date (ACTION_OVERDUE) reminds its owner, once per action, kind and
 * due date (the outbox's key {@code <actionId>/<dueDate>}): a second run the same day, or the next day, queues nothing;
 * a changed due date reminds again. When: {@code protokol.mail.reminders.cron} (Copenhagen time, 07:00 by default);
 * today from the Clock. Runs on every node; the outbox's unique key keeps two nodes from queueing one reminder twice.
 */
@Component
// not on a command node (issue 15): mail is the query nodes' work
@ConditionalOnExpression("'${protokol.node.role:all}' != 'command'")
public class ActionReminders {

    private static final Logger log = LoggerFactory.getLogger(ActionReminders.class);

    private final ActionProjection actions;
    private final BodyProjection bodies;
    private final MailProcessor recipients;
    private final OutboxStore outbox;
    private final MailSettings settings;
    private final PublicBaseUrl baseUrl;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public ActionReminders(ActionProjection actions, BodyProjection bodies, MailProcessor recipients,
                           OutboxStore outbox, MailSettings settings, PublicBaseUrl baseUrl,
                           PlatformTransactionManager transactions, Clock clock) {
        this.actions = actions;
        this.bodies = bodies;
        this.recipients = recipients;
        this.outbox = outbox;
        this.settings = settings;
        this.baseUrl = baseUrl;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${protokol.mail.reminders.cron:0 0 7 * * *}", zone = "Europe/Copenhagen")
    public void daily() {
        remind();
    }

    /** Queues today's reminders; answers how many were added. */
    public int remind() {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = today.plusDays(settings.reminderDaysBefore());
        Instant now = clock.instant();
        List<ActionState> open = actions.candidates(
                new ActionFilter(ActionStatus.OPEN, null, null, null, last.plusDays(1), today), true);
        int queued = 0;
        for (ActionState action : open) {
            if (action.status() != ActionStatus.OPEN || action.dueDate() == null || action.ownerId() == null
                    || action.dueDate().isAfter(last)) {
                continue;
            }
            MailKind kind = action.dueDate().isBefore(today) ? MailKind.ACTION_OVERDUE : MailKind.ACTION_DUE;
            Optional<Recipient> owner = recipients.recipient(action.ownerId(), now);
            if (owner.isEmpty()) {
                continue; // unknown or erased: nothing
            }
            String bodyName = bodies.find(action.bodyId()).map(BodyView::name).orElse(null);
            ActionMail mail = new ActionMail(action.description(), bodyName, action.dueDate(),
                    link("/mine-handlinger"));
            MailText text = MailTexts.reminder(kind, owner.get().english(), mail);
            OutboxStore.NewMail row = new OutboxStore.NewMail(action.actionId() + "/" + action.dueDate(), kind,
                    owner.get(), null, action.actionId(), List.of(action.bodyId()), text, null, null);
            try {
                if (Boolean.TRUE.equals(transactions.execute(status -> outbox.queue(row, now)))) {
                    queued++;
                }
            } catch (DuplicateKeyException anotherNode) {
                // queued by another node in the same minute
            }
        }
        if (queued > 0) {
            log.info("Queued {} action reminders", queued);
        }
        return queued;
    }

    private String link(String path) {
        String base = baseUrl.uri().toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
