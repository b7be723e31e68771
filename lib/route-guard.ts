// The guard of a back-office route handler (downloads, exports): the signed-in person with
// the permission, else the answer to send (401, 403). Record-level checks stay in the route.
import "server-only";
import { getActor } from "@/lib/auth";
import { can, type Actor, type Permission } from "@/lib/access/policy";
import { recordIdParam } from "@/lib/params";

export const PRIVATE_HEADERS = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex", "Referrer-Policy": "no-referrer" };

export async function actorWith(permission: Permission): Promise<Actor | Response> {
  const actor = await getActor();
  if (!actor) return new Response("Unauthorized", { status: 401, headers: PRIVATE_HEADERS });
  if (!can(actor, permission)) return new Response("Forbidden", { status: 403, headers: PRIVATE_HEADERS });
  return actor;
}

/** A route about one record: the permission first, then the id's shape (404 for anything else), then `serve`. */
export async function withRecord(permission: Permission, params: Promise<{ id: string }>, serve: (id: string, actor: Actor) => Promise<Response>): Promise<Response> {
  const actor = await actorWith(permission);
  if (actor instanceof Response) return actor;
  const id = recordIdParam.safeParse((await params).id);
  if (!id.success) return new Response("Not found", { status: 404, headers: PRIVATE_HEADERS });
  return serve(id.data, actor);
}
