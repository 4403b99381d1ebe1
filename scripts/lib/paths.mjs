import path from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
/** Everything local and generated (embedded PostgreSQL, dev secrets, build stamps, mail) lives here, git-ignored. */
export const DATA_DIR = process.env.MYMONITOR_DATA_DIR || path.join(ROOT, ".data")
export const part = (...segments) => path.join(ROOT, ...segments)
