// Types of lib/cache/store.mjs (plain JavaScript, which Next.js imports untranspiled).
export function storeKind(): "redis" | "postgres";
export function getEntry(key: string, extraTags?: string[]): Promise<{ lastModified: number; value: unknown; cacheControl?: unknown } | null>;
export function setEntry(key: string, value: unknown, tags: string[], cacheControl?: unknown): Promise<void>;
export function expireTags(tags: string[], durations?: { expire?: number }): Promise<void>;
export function onInvalidation(listener: (tags: string[]) => void): Promise<() => void>;
export function tagTime(tag: string): number;
export function isListening(): boolean;
export function closeSharedCache(): Promise<void>;
export function serialize(value: unknown): string;
export function deserialize(text: string): unknown;
/** The PostgreSQL channel (and Redis channel suffix) on which invalidations are announced. */
export const CHANNEL: string;
