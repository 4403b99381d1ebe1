import type { Core } from "@strapi/strapi"

const MB = 1024 * 1024

const config: Core.Config.Middlewares = [
  "strapi::logger",
  "strapi::errors",
  "strapi::security",
  "strapi::cors",
  "strapi::poweredBy",
  "strapi::query",
  {
    name: "strapi::body",
    config: {
      // Above the 10 MB per-file rule, so files up to 20 MB reach the handlers and get the contract's
      // clear `file_too_large`; anything bigger is cut off here (413).
      formidable: { maxFileSize: 20 * MB, maxFiles: 10 },
    },
  },
  "strapi::session",
  "strapi::favicon",
  "strapi::public",
]

export default config
