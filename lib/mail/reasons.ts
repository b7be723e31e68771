import { reasons } from "@/lib/errors";

/** Every outcome an outbox write can have (each has a message in reasons.*). */
export const OUTBOX_REASON_LIST = reasons(["NOT_RETRYABLE"] as const);
export type OutboxReason = (typeof OUTBOX_REASON_LIST)[number];
