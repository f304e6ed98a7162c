#!/usr/bin/env node
// Prisma's CLI insists on a schema-engine file before any command, and downloads one when none is configured
// (none is on npm, so offline that fails). Commands that never run it (generate, validate, format) are pointed at
// this file by prisma.config.ts; if something does run it, it says what to use instead.
process.stderr.write(
  "This Prisma command needs a schema engine. Chartwise creates migrations offline with `npm run db:migration:create`" +
    " and applies them with `npm run db:migrate`; `prisma migrate` and `prisma db` commands use scripts/db/schema-engine.mjs.\n",
);
process.exit(1);
