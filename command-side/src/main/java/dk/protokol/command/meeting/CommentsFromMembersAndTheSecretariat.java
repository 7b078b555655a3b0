package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/**
 * The minutes are sent out to the body's members (any role on the meeting's day, in any body holding the meeting)
 * and to the secretariat that serves the body: they, and only they, comment on them.
 */
record CommentsFromMembersAndTheSecretariat(boolean member, boolean secretariat) implements DomainRule {

    @Override
    public boolean isBroken() {
        return !member && !secretariat;
    }

    @Override
    public String message() {
        return "Kun organets medlemmer og sekretariatet kan give bemærkninger til referatet.";
    }

    @Override
    public String field() {
        return "authorId";
    }
}
