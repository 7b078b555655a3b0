package dk.protokol.infra.node;

import java.util.Locale;

/**
 * What a node does (issue 15, item 3), from {@code protokol.node.role}, set by the profiles {@code command-node} and
 * {@code query-node}; without either a node does everything ({@link #ALL}, the embedded and the single-node set-up).
 * <ul>
 *   <li>{@link #COMMAND}: takes commands and runs the command-side lookups (the subscribing groups, in the append's
 *   transaction) and the scheduled tacit approval; runs no view processor and sends no mail ({@link IdleProcessor}).
 *   Its reads wait for the views through the shared token store.</li>
 *   <li>{@link #QUERY}: runs every view processor and the mail, answers queries and pages, and refuses every command
 *   ({@link CommandsRefusedHere}, 503).</li>
 * </ul>
 */
public enum NodeRole {
    ALL, COMMAND, QUERY;

    public static final String PROPERTY = "protokol.node.role";

    public static NodeRole of(String value) {
        return value == null || value.isBlank() ? ALL : valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    public boolean runsViews() {
        return this != COMMAND;
    }

    public boolean takesCommands() {
        return this != QUERY;
    }
}
