export const DEMO_PASSWORD = "plenary-demo";

export const ROLES = {
  organizer: { email: "organizer@plenary.test", home: "/en/admin", heading: "Dashboard" },
  reviewer: { email: "reviewer@plenary.test", home: "/en/admin/review", heading: "Review queue" },
  press: { email: "press@plenary.test", home: "/en/admin/newsroom", heading: "Newsroom" },
  focal: { email: "focal.pk@plenary.test", home: "/en/delegation", heading: "My delegation" },
  delegate: { email: "delegate@plenary.test", home: "/en/me", heading: "My registrations" },
  checkin: { email: "checkin@plenary.test", home: "/en/admin/check-in", heading: "Check-in" },
} as const;
export type RoleName = keyof typeof ROLES;

export const storageState = (role: RoleName) => `test-results/.auth/${role}.json`;
