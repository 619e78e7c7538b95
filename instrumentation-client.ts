import { config } from "zod/v4/core";

// Runs in the browser before any client module builds a schema. Zod probes for `new Function` to
// compile object parsers; the probe is caught, but under our CSP (no 'unsafe-eval') the browser
// still reports it as a script-src violation. The interpreted parser is all the forms here need.
config({ jitless: true });
