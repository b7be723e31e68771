"use server";
// Organizer-only: put a failed or waiting message back at the front of the queue.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions";
import { retryMessage } from "./mutations";
import { kickOutbox } from "@/lib/jobs/boss";

export const retryOutboxMessage = defineAction({
  permission: "outbox.view",
  schema: z.object({ id: z.string().min(1, "required").max(40, "tooLong") }),
  async run({ actor, input }) {
    const result = await retryMessage({ actor, id: input.id });
    if (result.ok) {
      await kickOutbox();
      revalidatePath("/[locale]/admin/outbox", "page");
    }
    return result;
  },
});
