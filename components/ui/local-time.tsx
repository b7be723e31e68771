"use client";
// A time in the reader's own time zone, next to the venue's. Rendered in the browser
// only (the server does not know the reader's zone), so cached pages are the same for all.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function LocalTime({ iso, locale, label }: { iso: string; locale: string; label: string }) {
  const inBrowser = useSyncExternalStore(subscribe, () => true, () => false);
  if (!inBrowser) return null;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const text = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
  return (
    <span className="text-sm text-gray-700">
      {label}: {text} ({zone})
    </span>
  );
}
