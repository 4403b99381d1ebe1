import fs from "node:fs"

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"]

/** The system Chromium the browser tests drive (never a downloaded one). */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) return fs.existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined
  return CANDIDATES.find((candidate) => fs.existsSync(candidate))
}
