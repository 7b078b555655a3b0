package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.words.Words;

/**
 * A recorded remark (protokolbemærkning) is a member's right: the member (or the substitute standing in) must
 * sit in the body and have been present when the item was decided.
 */
record RemarksOnlyFromMembersPresent(MemberRole role, boolean presentAtItem) implements DomainRule {

    @Override
    public boolean isBroken() {
        return !VotingMembers.mayRemark(role) || !presentAtItem;
    }

    @Override
    public String message() {
        if (!VotingMembers.mayRemark(role)) {
            String who = role == null ? "ikke medlem af organet" : Words.DANISH.label(role) + " i organet";
            return "Kun organets medlemmer kan få en bemærkning ført til protokol; personen er " + who + ".";
        }
        return "Personen var ikke til stede, da punktet blev behandlet. Registrér fremmødet først, hvis "
                + "personen deltog.";
    }
}
