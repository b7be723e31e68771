"use client";
// The check-in desk, made for a phone: scan a badge's QR code with the camera (the
// BarcodeDetector API, or its WebAssembly polyfill served by Plenary itself), type or paste
// a code (a USB scanner types it), or search a name in any script. It keeps the edition's
// badge list in the browser and queues arrivals while the network is down; once it is back,
// the queue is sent and any badge that another desk had already checked in is reported.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { recordArrivalsAction } from "@/lib/checkin/actions";
import { ArrivalCounts, type Counts } from "./arrival-counts";
import { fold, load, qrDetector, sha256Hex, useCamera } from "./desk-tools";

interface Badge { id: string; hash: string; name: string; country: string; countryCode: string | null; category: string; status: string; arrivedAt: string | null; arrivedDesk: string | null }
interface DeskList { day: string; badges: Badge[] }
interface Queued { clientRef: string; token?: string; registrationId?: string; method: "QR" | "SEARCH"; scannedAt: string }
interface Result { clientRef: string; outcome: "recorded" | "already" | "unknown" | "notApproved" | "otherEdition"; registrationId: string | null; status?: string; firstAt?: string; firstDesk?: string | null }
type Shown = { kind: "recorded" | "queued" | "already" | "notApproved" | "unknown"; badge?: Badge; at?: string; desk?: string | null; status?: string };

export function CheckInDesk({ editionId, locale, timeZone, countryNames }: { editionId: string; locale: string; timeZone: string; countryNames: Record<string, string> }) {
  const t = useTranslations("checkIn");
  const tc = useTranslations("badge.category");
  const ts = useTranslations("registrations.statusValue");
  const listKey = `plenary.desk.${editionId}.list`;
  const queueKey = `plenary.desk.${editionId}.queue`;
  // Rendered in the browser only (see check-in-desk-loader.tsx): what this device kept comes first.
  const [desk, setDesk] = useState(() => localStorage.getItem("plenary.desk.name") ?? "A");
  const [list, setList] = useState<DeskList | null>(() => load<DeskList | null>(listKey, null));
  const [queue, setQueue] = useState<Queued[]>(() => load<Queued[]>(queueKey, []));
  const [online, setOnline] = useState(() => navigator.onLine);
  const [shown, setShown] = useState<Shown | null>(null);
  const [report, setReport] = useState<{ name: string; at: string; desk: string | null }[]>([]);
  const [counts, setCounts] = useState<Counts | null>(null);
  const [query, setQuery] = useState("");
  const [code, setCode] = useState("");
  const [scanning, setScanning] = useState(false);
  const syncing = useRef(false);
  const time = useMemo(() => new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone }), [locale, timeZone]);

  // The network's state, and the service worker that keeps this page for offline use.
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener("online", up);
    window.addEventListener("offline", down);
    if ("serviceWorker" in navigator) navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
    return () => {
      window.removeEventListener("online", up);
      window.removeEventListener("offline", down);
    };
  }, []);

  const refreshList = useCallback(async () => {
    try {
      const res = await fetch(`/api/editions/${editionId}/check-in?lang=${locale}`, { cache: "no-store" });
      if (!res.ok) return;
      const fresh = (await res.json()) as DeskList;
      // Arrivals this desk has queued stay marked until the server has them.
      setList((old) => {
        const queuedIds = new Set(load<Queued[]>(queueKey, []).flatMap((q) => (q.registrationId ? [q.registrationId] : [])));
        const merged = { ...fresh, badges: fresh.badges.map((b) => (queuedIds.has(b.id) && !b.arrivedAt ? { ...b, arrivedAt: old?.badges.find((o) => o.id === b.id)?.arrivedAt ?? null, arrivedDesk: desk } : b)) };
        localStorage.setItem(listKey, JSON.stringify(merged));
        return merged;
      });
    } catch {
      // offline: keep the stored list
    }
  }, [editionId, locale, listKey, queueKey, desk]);

  const refreshCounts = useCallback(async () => {
    try {
      const res = await fetch(`/api/editions/${editionId}/check-in/counts`, { cache: "no-store" });
      if (res.ok) setCounts((await res.json()) as Counts);
    } catch {
      // offline
    }
  }, [editionId]);

  const saveQueue = (q: Queued[]) => {
    localStorage.setItem(queueKey, JSON.stringify(q));
    setQueue(q);
  };

  const markArrived = (id: string, at: string, where: string | null) =>
    setList((old) => {
      if (!old) return old;
      const next = { ...old, badges: old.badges.map((b) => (b.id === id ? { ...b, arrivedAt: at, arrivedDesk: where } : b)) };
      localStorage.setItem(listKey, JSON.stringify(next));
      return next;
    });

  /** Sends arrivals; null when the network is down (they stay queued). */
  const send = useCallback(
    async (items: Queued[]): Promise<Result[] | null> => {
      try {
        const r = await recordArrivalsAction(null, { editionId, desk, locale, items: JSON.stringify(items) });
        if (!r.ok) return null;
        return (r.data as { results: Result[] }).results;
      } catch {
        return null;
      }
    },
    [editionId, desk, locale],
  );

  /** The queue, once the network is back: duplicates found by the server are reported. */
  const sync = useCallback(async () => {
    const pending = load<Queued[]>(queueKey, []);
    if (syncing.current || pending.length === 0) return;
    syncing.current = true;
    try {
      const results = await send(pending);
      if (!results) return;
      const byRef = new Map(results.map((r) => [r.clientRef, r]));
      const dupes: { name: string; at: string; desk: string | null }[] = [];
      for (const q of pending) {
        const r = byRef.get(q.clientRef);
        const b = list?.badges.find((x) => x.id === r?.registrationId);
        if (r?.outcome === "already" && r.firstAt) {
          dupes.push({ name: b?.name ?? "?", at: r.firstAt, desk: r.firstDesk ?? null });
          if (r.registrationId) markArrived(r.registrationId, r.firstAt, r.firstDesk ?? null);
        }
      }
      setReport((old) => [...old, ...dupes]);
      saveQueue(load<Queued[]>(queueKey, []).filter((q) => !byRef.has(q.clientRef)));
      await Promise.all([refreshList(), refreshCounts()]);
    } finally {
      syncing.current = false;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [send, queueKey, list, refreshList, refreshCounts]);

  useEffect(() => {
    if (!online) return;
    // Synchronizing with the server (an external system): the list, the counts and the queue.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void refreshList();
    void refreshCounts();
    void sync();
    const every = setInterval(() => {
      void refreshCounts();
      void sync();
    }, 5000);
    return () => clearInterval(every);
  }, [online, refreshList, refreshCounts, sync]);

  /** One arrival: checked against the stored list first, so the desk answers at once, online or not. */
  const arrive = async (badge: Badge | undefined, item: Omit<Queued, "clientRef" | "scannedAt">) => {
    if (badge && badge.status !== "APPROVED") return setShown({ kind: "notApproved", badge, status: badge.status });
    if (badge?.arrivedAt) return setShown({ kind: "already", badge, at: badge.arrivedAt, desk: badge.arrivedDesk });
    if (!badge && !online) return setShown({ kind: "unknown" });
    const q: Queued = { ...item, registrationId: badge?.id ?? item.registrationId, clientRef: crypto.randomUUID(), scannedAt: new Date().toISOString() };
    const results = online ? await send([q]) : null;
    if (!results) {
      if (!badge) return setShown({ kind: "unknown" });
      saveQueue([...load<Queued[]>(queueKey, []), q]);
      markArrived(badge.id, q.scannedAt, desk);
      return setShown({ kind: "queued", badge, at: q.scannedAt });
    }
    const r = results[0];
    const b = badge ?? list?.badges.find((x) => x.id === r.registrationId);
    if (r.outcome === "recorded") {
      if (b) markArrived(b.id, q.scannedAt, desk);
      void refreshCounts();
      return setShown({ kind: "recorded", badge: b, at: q.scannedAt });
    }
    if (r.outcome === "already") {
      if (b && r.firstAt) markArrived(b.id, r.firstAt, r.firstDesk ?? null);
      return setShown({ kind: "already", badge: b, at: r.firstAt, desk: r.firstDesk });
    }
    if (r.outcome === "notApproved") return setShown({ kind: "notApproved", badge: b, status: r.status });
    return setShown({ kind: "unknown" });
  };

  const scanned = async (token: string) => {
    const clean = token.trim();
    if (!clean) return;
    const hash = await sha256Hex(clean);
    await arrive(list?.badges.find((b) => b.hash === hash), { token: clean, method: "QR" });
  };

  const video = useCamera(scanning, scanned, () => setScanning(false));

  /** A photo of the badge (a phone's camera app, or a picture sent to the desk). */
  const photo = async (file: File | undefined) => {
    if (!file) return;
    try {
      const found = await (await qrDetector()).detect(await createImageBitmap(file));
      if (found[0]?.rawValue) return await scanned(found[0].rawValue);
    } catch {
      // not an image the reader can read
    }
    setShown({ kind: "unknown" });
  };

  const matches = useMemo(() => {
    const q = fold(query.trim());
    if (!q || !list) return [];
    return list.badges.filter((b) => fold(b.name).includes(q)).slice(0, 8);
  }, [query, list]);

  const tone = { recorded: "border-green-700 bg-green-50", queued: "border-green-700 bg-green-50", already: "border-amber-600 bg-amber-50", notApproved: "border-red-700 bg-red-50", unknown: "border-red-700 bg-red-50" };
  const arrivedCount = list?.badges.filter((b) => b.arrivedAt).length ?? 0;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm font-semibold">
          {t("desk")}
          <input value={desk} maxLength={40} onChange={(e) => { setDesk(e.target.value); localStorage.setItem("plenary.desk.name", e.target.value); }} className="w-24 rounded border border-gray-500 px-2 py-1 font-normal" />
        </label>
        <p role="status" className={`rounded px-2 py-1 text-sm font-semibold ${online ? "bg-green-100 text-green-900" : "bg-amber-100 text-amber-950"}`} data-network={online ? "online" : "offline"}>
          {online ? t("online") : t("offline")} · {t("queued", { count: queue.length })}
        </p>
        {list && <p className="text-sm text-gray-700">{t("listSize", { count: list.badges.length })}</p>}
      </div>

      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void scanned(code);
          setCode("");
        }}
      >
        <label className="flex grow flex-col text-sm font-semibold">
          {t("code")}
          <input value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" dir="ltr" className="rounded border border-gray-500 px-3 py-2 font-normal" />
        </label>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">{t("checkIn")}</button>
        <button type="button" onClick={() => setScanning((s) => !s)} className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800">{scanning ? t("stopCamera") : t("camera")}</button>
      </form>
      <label className="flex flex-col text-sm font-semibold">
        {t("photo")}
        <input type="file" accept="image/*" capture="environment" onChange={(e) => { void photo(e.currentTarget.files?.[0]); e.currentTarget.value = ""; }} className="font-normal" />
      </label>
      {scanning && <video ref={video} muted playsInline className="max-h-64 w-full rounded bg-black" aria-label={t("camera")} />}

      {shown && (
        <div role="alert" data-outcome={shown.kind} className={`rounded border-s-4 p-4 ${tone[shown.kind]}`}>
          <p className="text-lg font-semibold">
            {shown.kind === "recorded" && t("welcome")}
            {shown.kind === "queued" && t("welcomeQueued")}
            {shown.kind === "already" && t("already", { time: shown.at ? time.format(new Date(shown.at)) : "?", desk: shown.desk ?? "?" })}
            {shown.kind === "notApproved" && t("notApproved", { status: ts((shown.status ?? "PENDING") as never) })}
            {shown.kind === "unknown" && t("unknown")}
          </p>
          {shown.badge && (
            <p className="mt-1">
              <bdi className="font-semibold">{shown.badge.name}</bdi> · {shown.badge.country || "—"} · {tc(shown.badge.category as never)}
            </p>
          )}
        </div>
      )}

      {report.length > 0 && (
        <section aria-labelledby="sync-report" className="rounded border-s-4 border-amber-600 bg-amber-50 p-3">
          <h2 id="sync-report" className="font-semibold">{t("syncReport")}</h2>
          <ul className="mt-1 list-disc ps-6">
            {report.map((r, i) => (
              <li key={i}><bdi>{r.name}</bdi>: {t("already", { time: time.format(new Date(r.at)), desk: r.desk ?? "?" })}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="search-heading" className="flex flex-col gap-2">
        <h2 id="search-heading" className="font-semibold">{t("search")}</h2>
        <label className="sr-only" htmlFor="desk-search">{t("search")}</label>
        <input id="desk-search" value={query} onChange={(e) => setQuery(e.target.value)} dir="auto" autoComplete="off" className="rounded border border-gray-500 px-3 py-2" placeholder={t("searchHint")} />
        <ul className="flex flex-col gap-2">
          {matches.map((b) => (
            <li key={b.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-gray-300 p-2">
              <span><bdi className="font-semibold">{b.name}</bdi> · {b.country || "—"} · {tc(b.category as never)} · {ts(b.status as never)}{b.arrivedAt ? ` · ${t("arrivedAt", { time: time.format(new Date(b.arrivedAt)) })}` : ""}</span>
              <button type="button" onClick={() => void arrive(b, { registrationId: b.id, method: "SEARCH" })} className="rounded bg-brand-700 px-3 py-1 text-sm font-semibold text-white" aria-label={t("checkInNamed", { name: b.name })}>
                {t("checkIn")}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <ArrivalCounts counts={counts} fallback={{ arrived: arrivedCount, expected: list?.badges.filter((b) => b.status === "APPROVED").length ?? 0 }} countryNames={countryNames} />
    </div>
  );
}
