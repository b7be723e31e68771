// An edition's public registration form: open while the edition takes registrations and is
// open to the public (the server checks again when the form is posted).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { parsePageParams } from "@/lib/i18n/server";
import { editionParams } from "@/lib/params";
import { pickLocalized } from "@/lib/i18n/config";
import { getEditionForRegistration } from "@/lib/registrations/data";
import { registrationOpen } from "@/lib/registrations/open";
import { RegistrationPage } from "@/lib/registrations/components/registration-page";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string; number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, number } = await parsePageParams(editionParams, params);
  const e = await getEditionForRegistration(slug, number);
  if (!e) return {};
  const [t, te] = await Promise.all([getTranslations({ locale, namespace: "registrationForm" }), getTranslations({ locale, namespace: "edition" })]);
  return { title: t("title", { edition: te("title", { number: e.number, name: pickLocalized(e.series.name, locale) }) }), robots: { index: false } };
}

export default async function PublicRegistrationPage({ params }: Props) {
  const { locale, slug, number } = await parsePageParams(editionParams, params);
  const e = await getEditionForRegistration(slug, number);
  if (!e || e.status === "DRAFT") notFound();
  return <RegistrationPage e={e} locale={locale} open={registrationOpen(e, new Date(), "public")} />;
}
