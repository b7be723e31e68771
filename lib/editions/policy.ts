// Who may change an edition and its programme: organizers. Pure; unit-tested.
import { can as hasPermission, type Principal } from "@/lib/access/policy";

export type EditionAction = "create" | "update" | "transition" | "planNext" | "editProgramme";

export function can(actor: Principal, _action: EditionAction, _edition?: { id?: string; seriesId: string }): boolean {
  return hasPermission(actor, "editions.manage");
}
