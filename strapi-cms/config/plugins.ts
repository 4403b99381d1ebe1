import type { Core } from "@strapi/strapi"
import { getSecrets } from "../src/env-check"

// Media types accepted for ticket attachments and agreement documents.
const allowedMediaTypes = [
  "image/*",
  "application/pdf",
  "application/msword",
  "application/vnd.openxmlformats-officedocument.*",
  "application/vnd.ms-excel",
  "text/plain",
  "text/csv",
]

const deniedTypes = [
  "image/svg+xml",
  "application/vnd.microsoft.portable-executable",
  "application/x-msdownload",
  "application/x-msdos-program",
  "application/x-executable",
  "application/x-dosexec",
  "application/x-sh",
  "text/x-shellscript",
  "application/x-mach-binary",
]

const config = (): Core.Config.Plugin => ({
  "users-permissions": {
    config: {
      jwtSecret: getSecrets().jwtSecret,
      jwtManagement: "refresh",
      sessions: {
        httpOnly: true,
      },
    },
  },
  upload: {
    config: {
      security: {
        allowedTypes: allowedMediaTypes,
        deniedTypes,
      },
    },
  },
})

export default config
