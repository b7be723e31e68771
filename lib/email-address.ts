import { z } from "zod";

/** One email address, nothing else: "a@x.test,b@y.test" or "a@x.test\nb@y.test" is refused. */
export const singleEmailAddress = z.string().trim().toLowerCase().max(254, "tooLong").email("email").refine((v) => !/[,;\s<>]/.test(v), "email");
