// Route parameters and query values of the public pages, parsed before they reach a query.
// Anyone can write a URL: a NUL byte (PostgreSQL refuses it in text), a number past an
// integer column, a repeated name (an array where one value is expected) or a 60 KB slug
// must become a 404, or an ignored optional value — never a database error and a 500.
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";

/** The longest search that is run; the search field's maxLength says the same. */
export const MAX_SEARCH_LENGTH = 200;
/** Edition numbers run from 1 to this (lib/editions/schema.ts refuses more on the way in). */
export const MAX_EDITION_NUMBER = 999;

// C0 and C1 control characters, NUL included: nothing a reader types into a search.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

export const localeParam = z.enum(LOCALES);

/** A slug as Plenary writes them: series (≤ 80, lib/series/schema.ts) and releases (≤ 87). */
export const slugParam = z.string().max(100).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/**
 * An edition number in a URL: digits only, without sign, exponent or leading zero, so that
 * "1e3", "0x1F" or "2147483648" never become a number a query would be asked about.
 */
export const editionNumberParam = z
  .string()
  .regex(/^[1-9][0-9]{0,2}$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(MAX_EDITION_NUMBER));

/** An optional query value: a bad one (repeated, malformed) is ignored rather than refused. */
export const optionalQuery = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/**
 * What a reader searched for: control characters become spaces, the ends are trimmed, and
 * the text is cut to MAX_SEARCH_LENGTH characters (whole code points: no half surrogate
 * pair is left to be sent on). Empty is no search.
 */
export const searchQuery = optionalQuery(
  z.string().transform((raw) => {
    const text = Array.from(raw.replace(CONTROL_CHARACTERS, " ").trim()).slice(0, MAX_SEARCH_LENGTH).join("").trim();
    return text || undefined;
  }),
);

/** The newsroom's edition filter, "<series slug>:<edition number>". */
export const editionFilter = optionalQuery(
  z
    .string()
    .transform((raw) => raw.split(":"))
    .pipe(z.tuple([slugParam, editionNumberParam]))
    .transform(([seriesSlug, number]) => ({ seriesSlug, number })),
);

export const localeParams = z.object({ locale: localeParam });
/** /{locale}/series/{slug} and /{locale}/news/{slug}. */
export const slugParams = z.object({ locale: localeParam, slug: slugParam });
/** /{locale}/series/{slug}/{number}. */
export const editionParams = slugParams.extend({ number: editionNumberParam });

export const newsQuery = z.object({ q: searchQuery, edition: editionFilter });

/**
 * The sign-in page's query: where to go afterwards (checked again, as a same-site path, by
 * the sign-in action) and whether a sign-in link failed. Anything else is ignored.
 */
export const signInQuery = z.object({
  callbackUrl: optionalQuery(z.string().max(500).regex(/^[^\u0000-\u001f\u007f-\u009f]*$/)),
  error: z.unknown().optional().transform((v) => v !== undefined),
});

/** A route handler's params parsed with their schema, or null (the handler answers 404). */
export function parseRouteParams<S extends z.ZodType>(schema: S, params: unknown): z.output<S> | null {
  const parsed = schema.safeParse(params);
  return parsed.success ? parsed.data : null;
}

/** A record id as Plenary makes them (cuid, or "c" and hex): lower-case letters and digits. */
export const recordIdParam = z.string().regex(/^[a-z0-9]{1,40}$/);
/** /{locale}/admin/…/{id}: an organizer's URL is a stranger's URL too. */
export const recordParams = z.object({ locale: localeParam, id: recordIdParam });
/** /{locale}/admin/newsroom/{id}/translate/{lang}. */
export const translationParams = recordParams.extend({ lang: localeParam });
/** The compare page's two versions (?a=&b=); a bad one is no comparison. */
export const compareQuery = z.object({ a: optionalQuery(recordIdParam), b: optionalQuery(recordIdParam) });
