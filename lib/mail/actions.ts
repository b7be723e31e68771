"use server";
// Organizer-only: put a failed or waiting message back at the front of the queue.
import { revalidatePath } from "next/cache";
import { actionFor } from "@/lib/actions";
import { kickOutbox } from "@/lib/jobs/boss";
import { retryMessage } from "./mutations";

export const retryOutboxMessage = actionFor(retryMessage, {
  async after() {
    await kickOutbox();
    revalidatePath("/[locale]/admin/outbox", "page");
  },
});
