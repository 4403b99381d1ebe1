import type { Core } from "@strapi/strapi"
import { getSecrets, getServerSettings } from "../src/env-check"

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => {
  const { host, port, publicUrl } = getServerSettings()
  return {
    host,
    port,
    ...(publicUrl ? { url: publicUrl } : {}),
    app: {
      keys: getSecrets().appKeys,
    },
    webhooks: {
      populateRelations: env.bool("WEBHOOKS_POPULATE_RELATIONS", false),
    },
  }
}

export default config
