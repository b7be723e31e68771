import type { ReactNode } from "react";

/** A short page with a heading, a sentence and a way on (403, 404). */
export function MessagePage({ title, text, action }: { title: string; text: string; action: ReactNode }) {
  return (
    <div className="mx-auto max-w-2xl py-10">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-2 text-gray-700">{text}</p>
      <p className="mt-4">{action}</p>
    </div>
  );
}
