import { execFile } from "node:child_process"
import path from "node:path"
import { promisify } from "node:util"

const run = promisify(execFile)
const ROOT = path.join(__dirname, "..", "..", "..")

// The lead's command-line tools, with the test stack's database and backend (the runner passes
// MEDUSA_DATABASE_URL and MEDUSA_BACKEND_URL; npm start's defaults otherwise).

/** `npm run totp -- <email>`: a seeded demo account's current app code (waits past a used step). */
export async function demoTotp(email: string): Promise<string> {
  const { stdout } = await run(process.execPath, [path.join(ROOT, "scripts", "totp.mjs"), email], { env: process.env, timeout: 45_000 })
  const code = stdout.trim().split("\n").pop()?.trim() ?? ""
  if (!/^\d{6}$/.test(code)) throw new Error(`scripts/totp.mjs printed no code for ${email}: ${stdout}`)
  return code
}

/** `npm run erp -- register-admin …`: Monitor ERP's "Registrera dig som admin för myMonitor". */
export async function erpRegisterAdmin(options: { email: string; name?: string; installation?: string; secret?: string }): Promise<string> {
  // "--option=value": a generated secret can begin with "-", which the separate-argument form reads as an option.
  const args = [path.join(ROOT, "scripts", "erp-simulator.mjs"), "register-admin", `--email=${options.email}`]
  if (options.name) args.push(`--name=${options.name}`)
  if (options.installation) args.push(`--installation=${options.installation}`)
  if (options.secret) args.push(`--secret=${options.secret}`)
  const { stdout } = await run(process.execPath, args, { env: process.env, timeout: 30_000 })
  if (!/→ 202/.test(stdout)) throw new Error(`the ERP call was not accepted:\n${stdout}`)
  return stdout
}
