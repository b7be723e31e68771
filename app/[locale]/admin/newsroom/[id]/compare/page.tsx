import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { parsePageParams } from "@/lib/i18n/server";
import { compareQuery, recordParams } from "@/lib/params";
import { requireActor } from "@/lib/auth";
import { getVersions } from "@/lib/press/data";
import { diffText, type DiffPart } from "@/lib/press/diff";
import { formatDateTime } from "@/lib/i18n/format";
import { dirOf, isLocale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function Side({ parts, keep }: { parts: DiffPart[]; keep: "removed" | "added" }) {
  return (
    <div className="whitespace-pre-wrap break-words">
      {parts.map((p, i) =>
        p[keep] ? (
          keep === "removed" ? <del key={i} className="bg-red-100 text-red-900">{p.value}</del> : <ins key={i} className="bg-green-100 text-green-900 no-underline">{p.value}</ins>
        ) : p.added || p.removed ? null : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </div>
  );
}

export default async function ComparePage({ params, searchParams }: Props) {
  const { locale, id } = await parsePageParams(recordParams, params);
  const { a, b } = compareQuery.parse(await searchParams);
  await requireActor({ locale, permission: "press.view", returnTo: `/${locale}/admin/newsroom/${id}` });
  const versions = a && b ? await getVersions([a, b]) : [];
  const va = versions.find((v) => v.id === a);
  const vb = versions.find((v) => v.id === b);
  if (!va || !vb || va.releaseId !== id || vb.releaseId !== id) notFound();
  const t = await getTranslations("newsroom");
  const fields = (["title", "summary", "body"] as const).map((f) => ({ f, parts: diffText(va[f] ?? "", vb[f] ?? "") }));
  const dir = isLocale(va.locale) ? dirOf(va.locale) : "ltr";
  return (
    <div>
      <PageHeader title={t("compareTitle", { a: va.number, b: vb.number })} intro={<Link href={`/admin/newsroom/${id}`} className="text-brand-700 underline">{t("back")}</Link>} />
      <div className="grid grid-cols-2 gap-4 border-b border-gray-300 pb-2 text-sm font-semibold">
        <div>{t("versionLabel", { number: va.number })} · {formatDateTime(locale, va.createdAt)} · {va.author.name ?? va.author.email}</div>
        <div>{t("versionLabel", { number: vb.number })} · {formatDateTime(locale, vb.createdAt)} · {vb.author.name ?? vb.author.email}</div>
      </div>
      {fields.map(({ f, parts }) => (
        <section key={f} aria-label={t(f === "title" ? "headline" : f)} className="grid grid-cols-2 gap-4 border-b border-gray-200 py-3" lang={va.locale} dir={dir}>
          <Side parts={parts} keep="removed" />
          <Side parts={parts} keep="added" />
        </section>
      ))}
    </div>
  );
}
