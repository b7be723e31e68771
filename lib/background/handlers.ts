// The composition root of background work: every domain's jobs, for `next start`
// (instrumentation.ts) and `npm run worker`. Infrastructure (lib/jobs) knows no domain.
import "server-only";
import type { JobHandler } from "@/lib/jobs/worker";
import { invitationJobs } from "@/lib/invitations/jobs";
import { outboxJobs } from "@/lib/mail/jobs";
import { pressJobs } from "@/lib/press/jobs";
import { registrationJobs } from "@/lib/registrations/jobs";

export const JOB_HANDLERS: JobHandler[] = [...outboxJobs, ...pressJobs, ...invitationJobs, ...registrationJobs];
