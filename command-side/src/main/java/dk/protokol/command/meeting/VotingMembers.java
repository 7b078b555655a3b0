package dk.protokol.command.meeting;

import dk.protokol.events.organisation.MemberRole;

import java.util.Set;

/** Which roles vote, and which may have a remark recorded. Observers and the secretary do neither. */
final class VotingMembers {

    private static final Set<MemberRole> VOTING = Set.of(MemberRole.CHAIR, MemberRole.VICE_CHAIR, MemberRole.MEMBER);

    private VotingMembers() {
    }

    /** Chair, vice-chair and members vote in their own right; a substitute only when standing in for one. */
    static boolean isVoting(MemberRole role) {
        return role != null && VOTING.contains(role);
    }

    static boolean mayRemark(MemberRole role) {
        return isVoting(role) || role == MemberRole.SUBSTITUTE;
    }
}
