// Worker threads do not inherit tsx from the main thread: register it, then load the TypeScript.
import { register } from "tsx/esm/api";

register();
await import("./import-worker.ts");
