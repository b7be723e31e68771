import { handlers, refuseMalformedSignInLink } from "@/lib/auth";

// A malformed emailed link is refused before the sign-in library reads it.
export async function GET(req: Parameters<typeof handlers.GET>[0]) {
  return refuseMalformedSignInLink(req) ?? handlers.GET(req);
}

export const { POST } = handlers;
