package dk.protokol.command.common;

/**
 * One of the command side's lookups as the rebuilder ({@code command.body.OrgLookupRebuilder}) refills it: the change an event makes to it,
 * the same change its live event handlers make. Every lookup updater is one.
 */
public interface LookupRecorder {

    /**
     * The one subscribing processing group of every lookup updater: it runs in the publishing transaction, so a
     * command's lookups are written with its events (infra's {@code protokol.processing.subscribing}).
     */
    String PROCESSING_GROUP = "org-lookup";

    /** Whether events of this payload type change the lookup; the rebuilder deserialises only those. */
    boolean records(Class<?> payloadType);

    /** The change the event makes to the lookup; events it does not record are ignored. */
    void record(Object event);
}
