package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;

/** A comment is answered once: by a correction or by noting it. */
record CommentAnsweredOnlyOnce(boolean answered) implements DomainRule {

    @Override
    public boolean isBroken() {
        return answered;
    }

    @Override
    public String message() {
        return "Bemærkningen er allerede besvaret.";
    }

    @Override
    public String field() {
        return "commentId";
    }
}
