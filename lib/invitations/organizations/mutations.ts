// Organizations invited besides the States (the African Union, UNODC…): their acronym and
// their names in the six languages. An acronym is taken once (a unique index).
import "server-only";
import { ok } from "@/lib/errors";
import { can as hasPermission } from "@/lib/access/policy";
import { defineUseCase, nothingToLoad } from "@/lib/use-case";
import { refusals } from "../mutations";
import { organizationInput } from "../schema";

export const createOrganization = defineUseCase({
  name: "organizations.create",
  input: organizationInput,
  allows: (actor) => hasPermission(actor, "invitations.manage"),
  load: nothingToLoad,
  authorize: (actor) => hasPermission(actor, "invitations.manage"),
  refusals,
  async run({ tx, input }) {
    const o = await tx.organization.create({ data: { acronym: input.acronym, names: input.names } });
    return ok({ id: o.id, acronym: o.acronym });
  },
  audit: (_ctx, r) => ({ action: "organization.create", entityType: "Organization", entityId: r.id, data: { acronym: r.acronym } }),
});
