// Who may create accounts and issue one-time sign-in links: only the operator, through the
// command line (npm run user:create), acting as Plenary itself. No page can do it, so no
// organizer can sign in as someone else. Pure; unit-tested.
import { can as hasPermission, type Principal } from "@/lib/access/policy";

export type AccountAction = "create" | "issueSignInLink";

export function can(actor: Principal, _action: AccountAction): boolean {
  return hasPermission(actor, "users.manage");
}
