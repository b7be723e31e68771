import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

interface ManifestEntry {
  filename?: string;
  exportedName?: string;
}

/** Every server action of the production build, by id. */
export function serverActions(): Record<string, ManifestEntry> {
  const manifest = JSON.parse(readFileSync(path.resolve(__dirname, "../../.next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  return manifest.node;
}

/** The id under which Next serves a server action, read from the production build. */
export function actionId(filename: string, exportedName: string): string {
  const hit = Object.entries(serverActions()).find(([, v]) => v.filename === filename && v.exportedName === exportedName);
  if (!hit) throw new Error(`no server action ${exportedName} in ${filename}`);
  return hit[0];
}

/**
 * Calls a server action the way a browser's form would, bypassing the UI. `redirect` is
 * where the action sent the browser (Next's x-action-redirect), if anywhere.
 */
export async function postAction(request: APIRequestContext, pagePath: string, id: string, args: unknown[]) {
  const res = await request.post(pagePath, {
    headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
  return { status: res.status(), body: await res.text(), redirect: res.headers()["x-action-redirect"] ?? null };
}

export interface ActionResult {
  ok: boolean;
  reason?: string;
  data?: unknown;
  fieldErrors?: Record<string, string[]>;
}

/** The ActionResult in a server action's response (a React Server Components stream), or null. */
export function actionResult(body: string): ActionResult | null {
  for (const line of body.split("\n")) {
    const json = line.replace(/^[0-9a-f]+:/, "");
    if (!json.startsWith('{"ok":')) continue;
    try {
      return JSON.parse(json) as ActionResult;
    } catch {
      // not this row
    }
  }
  return null;
}

export type Field = [name: string, value: string | Buffer];

/**
 * A multipart body built by hand, so that a field can hold any bytes (invalid UTF-8
 * included) and a name can repeat — what a stranger's client can send and a browser's
 * FormData cannot.
 */
export function multipartBody(fields: Field[]): { contentType: string; body: Buffer } {
  const boundary = `----plenary-e2e-${Math.random().toString(36).slice(2)}`;
  const parts = fields.flatMap(([name, value]) => [
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/["\r\n]/g, (c) => encodeURIComponent(c))}"\r\n\r\n`),
    typeof value === "string" ? Buffer.from(value) : value,
    Buffer.from("\r\n"),
  ]);
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]) };
}

/**
 * Calls a form's server action as React's client does for `action(previousState, formData)`:
 * field "0" holds the arguments, where "$K1" names the form whose fields are sent as "_1_<name>".
 */
export async function postFormAction(request: APIRequestContext, pagePath: string, id: string, fields: Field[]) {
  // In the order React writes them: the form's fields first, the arguments last (React
  // reads a form's fields as one contiguous run).
  const { contentType, body } = multipartBody([...fields.map(([k, v]): Field => [`_1_${k}`, v]), ["0", JSON.stringify([null, "$K1"])]]);
  const res = await request.post(pagePath, { headers: { "Next-Action": id, "Content-Type": contentType, Accept: "text/x-component" }, data: body, maxRedirects: 0 });
  return { status: res.status(), body: await res.text() };
}
