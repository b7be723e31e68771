// Today's arrivals per country and in all (GET), polled by the check-in page every few seconds.
import { PRIVATE_HEADERS, withRecord } from "@/lib/route-guard";
import { getArrivalCounts } from "@/lib/checkin/data";

export const dynamic = "force-dynamic";

export function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return withRecord("checkin.perform", params, async (id) => {
    const counts = await getArrivalCounts(id);
    return counts ? Response.json(counts, { headers: PRIVATE_HEADERS }) : new Response("Not found", { status: 404, headers: PRIVATE_HEADERS });
  });
}
