// Log level from STRAPI_LOG_LEVEL (default "http", Strapi's own default); the tests use "error".
export default {
  level: process.env.STRAPI_LOG_LEVEL || "http",
}
