// Country names in the reader's language, and protocol order (alphabetical in a chosen
// language, as a ministry's protocol office seats delegations). The names are the UN's
// official short names (M49), not CLDR's: "Democratic Republic of the Congo", not
// "Congo - Kinshasa".
import { COUNTRIES, type CountryNames, type RegionalGroup } from "@/prisma/data/countries";

type NameLocale = keyof CountryNames;
const NAME_LOCALES: readonly NameLocale[] = ["en", "ar", "zh", "fr", "ru", "es"];

const namesByCode = new Map<string, CountryNames>(COUNTRIES.map((c) => [c.alpha2, c.names]));
/** Every member and observer state's alpha-2 code. */
export const COUNTRY_CODES: readonly string[] = COUNTRIES.map((c) => c.alpha2);
const groupByCode = new Map<string, RegionalGroup | null>(COUNTRIES.map((c) => [c.alpha2, c.group]));
const codesByGroup = new Map<RegionalGroup, string[]>();
for (const c of COUNTRIES) if (c.group) codesByGroup.set(c.group, [...(codesByGroup.get(c.group) ?? []), c.alpha2]);

// "fr-CH" or "zh-Hans" still read the French or Chinese name; the UN has no names in
// other languages, so everything else reads the English one.
function nameLocaleOf(locale: string): NameLocale {
  const language = locale.split(/[-_]/)[0].toLowerCase();
  return NAME_LOCALES.find((l) => l === language) ?? "en";
}

export function countryName(code: string, locale: string, fallback?: string): string {
  const names = namesByCode.get(code.toUpperCase());
  return names ? names[nameLocaleOf(locale)] : (fallback ?? code);
}

export function sortByCountryName<T>(items: readonly T[], code: (item: T) => string, locale: string): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  const keyed = items.map((item) => ({ item, name: countryName(code(item), locale) }));
  keyed.sort((a, b) => collator.compare(a.name, b.name));
  return keyed.map((k) => k.item);
}

/** The General Assembly regional group a state sits in (see prisma/data/countries.ts for the edge cases). */
export function regionalGroupOf(code: string): RegionalGroup | null {
  return groupByCode.get(code.toUpperCase()) ?? null;
}

/** Alpha-2 codes of the states in a regional group, in the data's (alpha-2) order. */
export function countriesInGroup(group: RegionalGroup): string[] {
  return [...(codesByGroup.get(group) ?? [])];
}
