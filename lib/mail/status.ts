import type { OutboxStatus } from "@/lib/generated/prisma/enums";
import type { Tone } from "@/components/ui/status-badge";

export const OUTBOX_STATUS_TONE: Record<OutboxStatus, Tone> = { PENDING: "amber", SENDING: "blue", SENT: "green", FAILED: "red", CANCELLED: "gray" };
