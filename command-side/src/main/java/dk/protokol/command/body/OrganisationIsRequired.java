package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;

/** Every body belongs to a partnership (BolivVejle, ByLivKolding); views and access are organised by it. */
record OrganisationIsRequired(String organisation) implements DomainRule {

    @Override
    public boolean isBroken() {
        return organisation == null || organisation.isBlank();
    }

    @Override
    public String message() {
        return "Organet skal høre til en organisation (fx BolivVejle eller ByLivKolding).";
    }
}
