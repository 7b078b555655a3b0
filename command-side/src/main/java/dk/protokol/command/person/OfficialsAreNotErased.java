package dk.protokol.command.person;

import dk.protokol.command.common.DomainRule;

/**
 * A person acting in an office (a chair, a kommunaldirektør) is not erased: what they did in the office is a public
 * record that offentlighedsloven and arkivloven require kept.
 */
record OfficialsAreNotErased(String office) implements DomainRule {

    @Override
    public boolean isBroken() {
        return office != null;
    }

    @Override
    public String message() {
        return "Personen handler i sit embede (" + office + "); oplysninger om embedspersoner skal bevares efter "
                + "offentlighedsloven og arkivloven og kan ikke slettes.";
    }
}
