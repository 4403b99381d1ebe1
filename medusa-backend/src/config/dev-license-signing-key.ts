/**
 * DEV ONLY — the license signing key of development and tests, committed so that every
 * process of a developer's machine signs alike (never a per-process random key: files
 * signed by one process must verify against the JWKS of another). It is public, so
 * licenses it signs prove nothing: production refuses it (environment.ts).
 */
export const DEV_LICENSE_SIGNING_KEY = `-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIIJq8Q6rn3incQVmJqfGrMZXV/ueWhXjlY5Y6VgUKNy4
-----END PRIVATE KEY-----
`
