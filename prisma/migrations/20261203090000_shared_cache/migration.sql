-- The shared cache of every instance (lib/cache/store.mjs, Next.js's cache handler): rendered
-- public pages and cached reads by key, and when each tag was last invalidated. Instances
-- keep a copy in memory and hear of invalidations on the channel plenary_cache (NOTIFY).
CREATE TABLE "CacheEntry" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CacheEntry_pkey" PRIMARY KEY ("key")
);

CREATE TABLE "CacheTag" (
    "tag" TEXT NOT NULL,
    "stale" DOUBLE PRECISION,
    "expired" DOUBLE PRECISION,
    CONSTRAINT "CacheTag_pkey" PRIMARY KEY ("tag")
);
