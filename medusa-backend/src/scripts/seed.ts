import type { ExecArgs } from "@medusajs/framework/types"
import { seedDemo } from "../seed"

export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve("logger")
  const { publishableKey } = await seedDemo(container)
  logger.info(`myMonitor demo data in place; publishable key ${publishableKey}`)
}
