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
