import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The browser app, built into web/dist and served by the same server as the API. */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  // `npm run dev:web` serves the app with hot reload and passes the API to `npm start` on :3000.
  server: { proxy: { "/api": "http://127.0.0.1:3000" } },
});
