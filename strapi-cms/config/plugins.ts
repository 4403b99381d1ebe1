import type { Core } from "@strapi/strapi"
import { getSecrets } from "../src/env-check"
import { ALLOWED_UPLOAD_MIME_TYPES, ATTACHMENT_RULES } from "../src/lib/attachment-rules"

// Never accepted, whatever a client claims (the upload plugin also sniffs the content).
const deniedTypes = [
  "image/svg+xml",
  "text/html",
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
      // Files are private (src/lib/private-upload.ts replaces the provider's methods at register).
      sizeLimit: ATTACHMENT_RULES.maxBytes,
      security: {
        // The support contract's allow-list (ticket attachments; agreement documents: PDF, checked per field).
        allowedTypes: ALLOWED_UPLOAD_MIME_TYPES,
        deniedTypes,
      },
    },
  },
})

export default config
