/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Separate build folders let several app instances be built side by side (tests).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  // Metadata in <head> for every client, not streamed into <body> after the page: feed readers
  // look for <link rel="alternate"> and link previews for Open Graph tags there, and Next.js
  // knows only some of them by name.
  htmlLimitedBots: /.*/,
  // The database drivers stay plain Node modules on the server, not bundled.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
};

export default nextConfig;
