"use server";
// The desk's arrivals: a server action (same-origin checked by Next), called by the check-in
// page for each scan online and for its queue once the network is back.
import { actionFor } from "@/lib/actions";
import { recordArrivals } from "./mutations";

export const recordArrivalsAction = actionFor(recordArrivals);
