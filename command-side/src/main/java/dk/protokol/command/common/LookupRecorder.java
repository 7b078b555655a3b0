package dk.protokol.command.common;

/**
 * One of the command side's lookups as {@link OrgLookupRebuilder} refills it: the change an event makes to it,
 * the same change its live event handlers make. Every lookup updater is one.
 */
public interface LookupRecorder {

    /** Whether events of this payload type change the lookup; the rebuilder deserialises only those. */
    boolean records(Class<?> payloadType);

    /** The change the event makes to the lookup; events it does not record are ignored. */
    void record(Object event);
}
