import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { env, publicUrl } from "@/lib/env";
import { fail, ok } from "@/lib/errors";
import { defineUseCase, nothingToLoad } from "@/lib/use-case";
import { can } from "./policy";
import { createUserInput, signInLinkInput, type AccountReason } from "./schema";

/** Creates an account, or changes the role of an existing one (its sessions then end). */
export const createUser = defineUseCase({
  name: "accounts.createUser",
  input: createUserInput,
  allows: (actor) => can(actor, "create"),
  load: nothingToLoad,
  authorize: (actor) => can(actor, "create"),
  async run({ tx, input }) {
    const before = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, role: true } });
    const user = await tx.user.upsert({
      where: { email: input.email },
      create: { email: input.email, role: input.role, name: input.name, countryCode: input.countryCode },
      update: { role: input.role, ...(input.name ? { name: input.name } : {}), ...(input.countryCode ? { countryCode: input.countryCode } : {}) },
      select: { id: true, email: true, role: true },
    });
    const roleChanged = !!before && before.role !== user.role;
    // A new role starts with a new sign-in: every open session of the account ends.
    if (roleChanged) await tx.session.deleteMany({ where: { userId: user.id } });
    return ok({ ...user, created: !before, roleChanged });
  },
  audit: (_ctx, u) => ({ action: u.created ? "user.create" : "user.update", entityType: "User", entityId: u.email, data: { role: u.role } }),
});

/**
 * A one-time sign-in link for an existing account, made the way Auth.js makes its emailed
 * links (a verification token stored hashed with AUTH_SECRET). For the operator's console.
 */
export const issueSignInLink = defineUseCase({
  name: "accounts.issueSignInLink",
  input: signInLinkInput,
  allows: (actor) => can(actor, "issueSignInLink"),
  load: (tx, input) => tx.user.findUnique({ where: { email: input.email }, select: { id: true, email: true, disabledAt: true } }),
  authorize: (actor) => can(actor, "issueSignInLink"),
  async run({ tx, input, record: user, now }) {
    if (user.disabledAt) return fail<AccountReason>("USER_DISABLED");
    const secret = env().AUTH_SECRET;
    if (!secret) throw new Error("AUTH_SECRET is not set");
    const token = randomBytes(32).toString("hex");
    const expires = new Date(now.getTime() + input.minutes * 60_000);
    await tx.verificationToken.create({ data: { identifier: user.email, token: createHash("sha256").update(`${token}${secret}`).digest("hex"), expires } });
    const query = new URLSearchParams({ token, email: user.email, callbackUrl: `/${input.locale}/home` });
    return ok({ email: user.email, url: `${publicUrl()}/${input.locale}/sign-in/confirm?${query}`, expires });
  },
  audit: (_ctx, l) => ({ action: "user.signInLink", entityType: "User", entityId: l.email, data: { expires: l.expires.toISOString() } }),
});
