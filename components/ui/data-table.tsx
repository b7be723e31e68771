import type { ReactNode } from "react";

export interface Column {
  label: string;
  align?: "start" | "end";
  hidden?: boolean; // a visually hidden header (e.g. for an actions column)
}

/** A table with a caption for screen readers and a header row; rows come as children. */
export function DataTable({ caption, columns, children }: { caption: string; columns: Column[]; children: ReactNode }) {
  return (
    <table className="w-full border-collapse">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-gray-300 text-sm text-gray-700">
          {columns.map((c, i) => (
            <th key={i} scope="col" className={`py-2 ${c.align === "end" ? "text-end" : "text-start"}`}>
              {c.hidden ? <span className="sr-only">{c.label}</span> : c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
