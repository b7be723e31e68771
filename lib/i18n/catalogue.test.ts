// Every user-visible string exists in all six UN languages, parses as ICU MessageFormat,
// uses the same arguments as English, and is really translated.
import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import { CATALOGUES } from "./messages";
import { LOCALES } from "./config";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { SERIES_REASONS } from "@/lib/series/schema";
import { EDITION_REASONS } from "@/lib/editions/schema";
import { PROGRAMME_REASONS } from "@/lib/programme/schema";
import { PRESS_REASONS } from "@/lib/press/schema";
import { OUTBOX_REASON_LIST } from "@/lib/mail/reasons";
import { ACCOUNT_REASONS } from "@/lib/accounts/schema";
import { INVITATION_REASONS } from "@/lib/invitations/schema";
import { REGISTRATION_REASONS } from "@/lib/registrations/schema";

/** Every domain's closed reason union: each reason is shown to someone, so each needs words. */
const DOMAIN_REASONS: Record<string, readonly string[]> = {
  series: SERIES_REASONS, editions: EDITION_REASONS, programme: PROGRAMME_REASONS, press: PRESS_REASONS, outbox: OUTBOX_REASON_LIST, accounts: ACCOUNT_REASONS, invitations: INVITATION_REASONS,
  registrations: REGISTRATION_REASONS,
};

type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out[key] = v;
    else Object.assign(out, flatten(v, key));
  }
  return out;
}

/** The argument names of a message, e.g. {name} and {number, plural, …}. */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: unknown[]) => {
    for (const n of nodes as { type: number; value?: string; options?: Record<string, { value: unknown[] }> }[]) {
      if (n.type !== 0 && n.type !== 7 && n.value) names.add(n.value);
      for (const o of Object.values(n.options ?? {})) walk(o.value);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst() as unknown[]);
  return [...names].sort();
}

const english = flatten(CATALOGUES.en as unknown as Tree);

describe("message catalogues", () => {
  it("has English messages", () => {
    expect(Object.keys(english).length).toBeGreaterThan(50);
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      const messages = flatten(CATALOGUES[locale] as unknown as Tree);

      it("has exactly the keys of English", () => {
        const missing = Object.keys(english).filter((k) => !(k in messages));
        const extra = Object.keys(messages).filter((k) => !(k in english));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it("has a message for every reason of every domain and every audit action", () => {
        for (const [domain, list] of Object.entries(DOMAIN_REASONS)) for (const reason of list) expect(messages[`reasons.${reason}`], `${locale}: ${domain} reason ${reason}`).toBeTruthy();
        for (const action of AUDIT_ACTIONS) expect(messages[`audit.${action}`], `${locale}: audit.${action}`).toBeTruthy();
      });

      it("has valid ICU messages with the same arguments as English", () => {
        for (const [key, message] of Object.entries(messages)) {
          expect(message.trim(), key).not.toBe("");
          expect(argumentsOf(message, locale), `${locale}:${key}`).toEqual(argumentsOf(english[key] ?? "", "en"));
        }
      });

      if (locale !== "en") {
        it("is translated, not a copy of English", () => {
          const same = Object.keys(english).filter((k) => messages[k] === english[k] && !/^[\p{P}\p{S}\s\d{}#a-z,=]*$/u.test(english[k]));
          // Brand names and similar may stay; most strings must differ.
          expect(same.length / Object.keys(english).length, `untranslated: ${same.slice(0, 10).join(", ")}`).toBeLessThan(0.05);
        });
      }
    });
  }
});
