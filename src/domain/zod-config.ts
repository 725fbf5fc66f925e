import { z } from 'zod';

// zod probes `new Function` for its fast path as each object schema is built. In the browser the
// Content-Security-Policy forbids eval and reports even a caught attempt as a violation, so zod runs jitless
// everywhere (the CLI too: the same schemas, slightly slower parsing, never measurable here). This module is the
// first import of src/domain/index.ts, so it runs before any schema is built, whichever chunk holds them.
z.config({ jitless: true });
