import { z } from 'zod';

// zod probes `new Function` for its fast path as each object schema is built. In the browser the
// Content-Security-Policy forbids eval and reports even a caught attempt as a violation, so zod runs jitless
// everywhere (the CLI too: the same schemas, slightly slower parsing, never measurable here). Every module of
// src/domain imports this one first, and so does src/main.tsx, so it runs before any schema is built, whichever
// chunk holds them. (An import in index.ts alone is not enough: package.json declares the source free of side
// effects but for this file and the CSS, so the bundler may skip the barrel and import the modules directly.)
z.config({ jitless: true });
