// next-intl's typing: a missing or misspelt message key fails `tsc`.
import type { routing } from "@/lib/i18n/routing";
import type en from "@/lib/i18n/messages/en.json";

declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof en;
  }
}
