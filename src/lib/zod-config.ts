import { z } from 'zod';

// zod probes `new Function` for its fast path when a schema is built. The Content-Security-Policy forbids eval,
// and the browser reports even a caught attempt as a policy violation, so the browser build runs zod jitless.
// This module must be the first import of the entry point: schemas are built when their modules load.
z.config({ jitless: true });
