// The closed list of audit actions. Each is stored as this code with its parameters and
// shown through audit.<code> in the six catalogues (a test checks every one has a message).
export const AUDIT_ACTIONS = [
  "series.create",
  "series.update",
  "edition.create",
  "edition.update",
  "edition.transition",
  "edition.planNext",
  "session.create",
  "session.update",
  "session.delete",
  "press.create",
  "press.save",
  "press.transition",
  "press.translation.approve",
  "outbox.retry",
  "auth.signInRefused",
  "auth.rateLimited",
  "user.create",
  "user.update",
  "user.signInLink",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
