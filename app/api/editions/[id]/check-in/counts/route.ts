// Today's arrivals per country and in all (GET), polled by the check-in page every few seconds.
import { getActor } from "@/lib/auth";
import { can } from "@/lib/access/policy";
import { getArrivalCounts } from "@/lib/checkin/data";

export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" };

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "UNAUTHENTICATED" }, { status: 401, headers: PRIVATE });
  if (!can(actor, "checkin.perform")) return Response.json({ error: "FORBIDDEN" }, { status: 403, headers: PRIVATE });
  const { id } = await params;
  const counts = /^[a-z0-9]{1,40}$/.test(id) ? await getArrivalCounts(id) : null;
  if (!counts) return Response.json({ error: "NOT_FOUND" }, { status: 404, headers: PRIVATE });
  return Response.json(counts, { headers: PRIVATE });
}
