// How far a country got in an edition, from furthest to not at all. Pure, so pages can
// import the type and the order without pulling in the map's geometry.
export type ParticipationClass = "attended" | "accepted" | "invited" | "notInvited";

/** Legend and table order: furthest first. */
export const PARTICIPATION_CLASSES: readonly ParticipationClass[] = ["attended", "accepted", "invited", "notInvited"];
