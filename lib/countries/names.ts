// Country names in the reader's language, and protocol order (alphabetical in a chosen
// language, as a ministry's protocol office seats delegations).
const displayNames = new Map<string, Intl.DisplayNames>();

export function countryName(code: string, locale: string, fallback?: string): string {
  let dn = displayNames.get(locale);
  if (!dn) {
    dn = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
    displayNames.set(locale, dn);
  }
  const name = dn.of(code);
  return name && name !== code ? name : (fallback ?? code);
}

export function sortByCountryName<T>(items: readonly T[], code: (item: T) => string, locale: string): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  const keyed = items.map((item) => ({ item, name: countryName(code(item), locale) }));
  keyed.sort((a, b) => collator.compare(a.name, b.name));
  return keyed.map((k) => k.item);
}
