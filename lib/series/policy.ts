// Who may change a series: organizers. Pure; unit-tested.
import { can as hasPermission, type Principal } from "@/lib/access/policy";

export type SeriesAction = "create" | "update";

export function can(actor: Principal, _action: SeriesAction, _series?: { id: string }): boolean {
  return hasPermission(actor, "series.manage");
}
