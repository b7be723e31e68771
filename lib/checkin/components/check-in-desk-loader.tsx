"use client";
// The desk lives in the browser (its list and queue are in this device's storage): it is
// rendered there only, never on the server.
import dynamic from "next/dynamic";

export const CheckInDeskLoader = dynamic(() => import("./check-in-desk").then((m) => m.CheckInDesk), { ssr: false, loading: () => <p aria-busy="true">…</p> });
