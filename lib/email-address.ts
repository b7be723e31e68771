import { z } from "zod";

/**
 * One email address, nothing else: "a@x.test,b@y.test" or "a@x.test\nb@y.test" is refused,
 * and so is anything outside printable ASCII — a look-alike "@" (e.g. U+FF20) could become a
 * second "@" once a mail library normalizes it (the Auth.js advisory GHSA-7rqj-j65f-68wh);
 * international domains are written in their ASCII (punycode) form.
 */
export const singleEmailAddress = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "tooLong")
  .refine((v) => /^[\x21-\x7e]+$/.test(v), "email")
  .pipe(z.string().email("email"))
  .refine((v) => !/[,;<>]/.test(v), "email");
