/**
 * The one way into zod for the app. zod 4 probes `new Function('')` when it builds its first object
 * schema, to see whether it may compile a fast parser; under our CSP (script-src 'self', no
 * 'unsafe-eval') that probe is blocked and logged as a violation on every load, even though zod
 * swallows the error. `jitless` skips the probe (and the compiled parsers: our data is small).
 * ES modules run their imports first, so every schema module that imports `z` from here is built
 * after this line has run.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
