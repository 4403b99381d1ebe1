import type { Core } from "@strapi/strapi"
import { getSecrets } from "../src/env-check"

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => {
  const secrets = getSecrets()
  return {
    auth: {
      secret: secrets.adminJwtSecret,
    },
    apiToken: {
      salt: secrets.apiTokenSalt,
    },
    transfer: {
      token: {
        salt: secrets.transferTokenSalt,
      },
    },
    secrets: {
      encryptionKey: secrets.encryptionKey,
    },
    flags: {
      nps: env.bool("FLAG_NPS", false),
      promoteEE: env.bool("FLAG_PROMOTE_EE", false),
      docLinks: env.bool("FLAG_DOC_LINKS", true),
    },
  }
}

export default config
