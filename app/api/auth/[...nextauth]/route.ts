// Auth.js's endpoints, with guards in front:
// - a malformed emailed link is refused as invalid before Auth.js reads it;
// - an emailed link opened with GET never signs in: it goes to the confirm page, whose
//   button POSTs the token (mail scanners fetch links; they do not press buttons);
// - sign-in attempts posted straight to Auth.js count against the same rate limits as the
//   sign-in forms (per email and per address, shared by every instance).
import { NextResponse, type NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { emailLinkConfirmPath, refuseMalformedSignInLink } from "@/lib/magic-link";
import { limitSignInPost } from "@/lib/rate-limit";

export async function GET(request: NextRequest) {
  const malformed = refuseMalformedSignInLink(request);
  if (malformed) return malformed;
  const confirm = emailLinkConfirmPath(request.nextUrl);
  if (confirm) return NextResponse.redirect(new URL(confirm, request.nextUrl), 303);
  return handlers.GET(request);
}

export async function POST(request: NextRequest) {
  const refused = refuseMalformedSignInLink(request) ?? (await limitSignInPost(request));
  if (refused) return refused;
  return handlers.POST(request);
}
