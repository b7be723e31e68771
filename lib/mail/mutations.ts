import "server-only";
import { z } from "zod";
import { fail, ok } from "@/lib/errors";
import { can } from "@/lib/access/policy";
import { defineUseCase, lockRow } from "@/lib/use-case";

import type { OutboxReason } from "./reasons";

/** Puts a failed or waiting message back at the front of the queue (organizers). */
export const retryMessage = defineUseCase({
  name: "outbox.retry",
  input: z.object({ id: z.string().min(1, "required").max(40, "tooLong") }),
  load: async (tx, input) => ((await lockRow(tx, "OutboxMessage", input.id)) ? tx.outboxMessage.findUniqueOrThrow({ where: { id: input.id }, select: { id: true, status: true } }) : null),
  allows: (actor) => can(actor, "outbox.view"),
  authorize: (actor) => can(actor, "outbox.view"),
  async run({ tx, record: m, now }) {
    if (m.status !== "PENDING" && m.status !== "FAILED") return fail<OutboxReason>("NOT_RETRYABLE");
    await tx.outboxMessage.update({ where: { id: m.id }, data: { status: "PENDING", nextAttemptAt: now } });
    return ok({ id: m.id });
  },
  audit: (_ctx, m) => ({ action: "outbox.retry", entityType: "OutboxMessage", entityId: m.id }),
});
