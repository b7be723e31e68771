// Secrets inside emails (sign-in links) are never stored in a message's body: the body
// holds SECRET_LINK, the link itself is kept encrypted (AES-256-GCM, key derived from
// AUTH_SECRET) until the message is sent, then erased.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { keyFor } from "@/lib/signing";

/** Where the link goes in a message's text; what the outbox page shows in its place. */
export const SECRET_LINK = "[[sign-in-link]]";

const key = () => keyFor({ salt: "plenary-outbox", info: "sign-in links" });

export function sealSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
}

export function openSecret(sealed: string): string {
  const [iv, tag, body] = sealed.split(".").map((p) => Buffer.from(p, "base64url"));
  const decipher = createDecipheriv("aes-256-gcm", key(), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
}
