import { checkDatabase } from "@/lib/health/data";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase();
  return Response.json(
    { status: database.ok ? "ok" : "error", database, time: new Date().toISOString() },
    { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
