import type { ReactNode } from "react";

export function PageHeader({ title, intro, actions }: { title: string; intro?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4 border-b border-gray-200 pb-4">
      <div>
        <h1 className="text-2xl font-semibold text-gray-900">{title}</h1>
        {intro && <p className="mt-1 max-w-3xl text-gray-700">{intro}</p>}
      </div>
      {actions}
    </div>
  );
}
