import { loadConfig } from "./core/config.ts";
import { serve } from "./serve.ts";

/** `npm start [-- --services=worker]`: the web server and the job worker, or one of them. */
const services = process.argv.find((arg) => arg.startsWith("--services="))?.slice("--services=".length);
await serve(loadConfig(services ? { ...process.env, PAYUNG_SERVICES: services } : process.env));
