import { createHash, createPrivateKey, createPublicKey, type KeyObject, randomInt, sign, verify } from "node:crypto"

/**
 * The signed license file: a compact JWS (RFC 7515) over the license's claims,
 * Ed25519 (`alg: "EdDSA"`, RFC 8037), with the key's RFC 7638 thumbprint as `kid`.
 * The ERP verifies it offline against the public keys of `/license-keys/jwks.json`
 * (docs/license-format.md). node:crypto only: no JOSE library between us and the bytes.
 */

export const LICENSE_ISSUER = "Monitor ERP"
export const LICENSE_FILE_TYPE = "monitor-license+jwt"

export type LicenseClaims = {
  /** The license id (`lic_…`). */
  lid: string
  /** The human-readable license key. */
  key: string
  customer_number: string
  organisation_number: string
  /** The product code the ERP reads (e.g. "MON-USER"). */
  product: string
  product_title: string
  kind: "named_user" | "company" | "site"
  seats: number
  /** ISO 8601 instants; `valid_until` is null for a perpetual license. */
  valid_from: string
  valid_until: string | null
  /** The order number the license was bought with. */
  order: string
  /** Seconds since the epoch. */
  iat: number
  iss: typeof LICENSE_ISSUER
}

/** One public key in a JWK Set: Ed25519 as an OKP key (RFC 8037). */
export type LicenseJwk = {
  kty: "OKP"
  crv: "Ed25519"
  x: string
  kid: string
  alg: "EdDSA"
  use: "sig"
  /** Ours, informative: the key that signs new licenses now, or one kept only to verify older files. */
  status: "current" | "retired"
}

export type LicenseJwks = { keys: LicenseJwk[] }

export type LicenseSigningKey = { privateKey: KeyObject; publicKey: KeyObject; kid: string }

export class LicenseSignatureError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "LicenseSignatureError"
  }
}

const BASE64URL = /^[A-Za-z0-9_-]*$/

function b64url(input: Buffer | string): string {
  return Buffer.from(input).toString("base64url")
}

function fromB64url(part: string, what: string): Buffer {
  if (!BASE64URL.test(part)) throw new LicenseSignatureError(`The ${what} is not base64url`)
  return Buffer.from(part, "base64url")
}

function ed25519PublicJwk(publicKey: KeyObject): { crv: "Ed25519"; kty: "OKP"; x: string } {
  if (publicKey.asymmetricKeyType !== "ed25519") throw new LicenseSignatureError("The key is not an Ed25519 key")
  const jwk = publicKey.export({ format: "jwk" })
  if (typeof jwk.x !== "string") throw new LicenseSignatureError("The Ed25519 key has no public part")
  return { crv: "Ed25519", kty: "OKP", x: jwk.x }
}

/** RFC 7638: SHA-256 over the required members in lexicographic order, without whitespace, base64url. */
export function jwkThumbprint(publicKey: KeyObject): string {
  const { crv, kty, x } = ed25519PublicJwk(publicKey)
  return createHash("sha256").update(JSON.stringify({ crv, kty, x })).digest("base64url")
}

/** The signing key of a PKCS#8 PEM (the `signing_key` option). */
export function signingKeyOf(pkcs8Pem: string): LicenseSigningKey {
  let privateKey: KeyObject
  try {
    privateKey = createPrivateKey({ key: pkcs8Pem, format: "pem" })
  } catch {
    throw new LicenseSignatureError("The license signing key is not a PKCS#8 PEM private key")
  }
  if (privateKey.asymmetricKeyType !== "ed25519") throw new LicenseSignatureError("The license signing key is not an Ed25519 key")
  const publicKey = createPublicKey(privateKey)
  return { privateKey, publicKey, kid: jwkThumbprint(publicKey) }
}

/** A public key of an SPKI PEM (the `retired_public_keys` option). */
export function publicKeyOf(spkiPem: string): KeyObject {
  let publicKey: KeyObject
  try {
    publicKey = createPublicKey({ key: spkiPem, format: "pem" })
  } catch {
    throw new LicenseSignatureError("A retired license key is not an SPKI PEM public key")
  }
  if (publicKey.asymmetricKeyType !== "ed25519") throw new LicenseSignatureError("A retired license key is not an Ed25519 key")
  return publicKey
}

function jwkOf(publicKey: KeyObject, status: LicenseJwk["status"]): LicenseJwk {
  return { ...ed25519PublicJwk(publicKey), kid: jwkThumbprint(publicKey), alg: "EdDSA", use: "sig", status }
}

/** The JWK Set the ERP verifies with: the current key first, then the retired ones (without duplicates). */
export function jwksOf(current: LicenseSigningKey | KeyObject, retiredPublicKeys: readonly KeyObject[] = []): LicenseJwks {
  const currentPublic = "publicKey" in current ? current.publicKey : createPublicKey(current)
  const keys = [jwkOf(currentPublic, "current")]
  for (const retired of retiredPublicKeys) {
    const jwk = jwkOf(retired, "retired")
    if (!keys.some((key) => key.kid === jwk.kid)) keys.push(jwk)
  }
  return { keys }
}

/** The compact JWS of a license: `base64url(header).base64url(claims).base64url(signature)`. */
export function signLicense(claims: LicenseClaims, key: LicenseSigningKey): string {
  const header = { alg: "EdDSA", typ: LICENSE_FILE_TYPE, kid: key.kid }
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`
  const signature = sign(null, Buffer.from(input, "ascii"), key.privateKey)
  return `${input}.${b64url(signature)}`
}

function parseJson(bytes: Buffer, what: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(bytes.toString("utf8"))
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>
  } catch {
    // answered below
  }
  throw new LicenseSignatureError(`The ${what} is not a JSON object`)
}

/**
 * The ERP's check, offline: the file's `kid` selects a key of the JWK Set, the
 * Ed25519 signature must verify over the first two parts, the issuer must be ours
 * and, when `now` is given, the license must not have run out. Returns the claims;
 * throws LicenseSignatureError on anything else (a wrong key, a changed byte).
 */
export function verifyLicense(jws: string, jwks: LicenseJwks, options: { now?: Date } = {}): LicenseClaims {
  const parts = jws.trim().split(".")
  if (parts.length !== 3) throw new LicenseSignatureError("A license file has three parts")
  const [headerPart, payloadPart, signaturePart] = parts
  const header = parseJson(fromB64url(headerPart, "header"), "header")
  if (header.alg !== "EdDSA") throw new LicenseSignatureError("The license file is not signed with EdDSA")
  if (header.typ !== undefined && header.typ !== LICENSE_FILE_TYPE) throw new LicenseSignatureError("Not a Monitor license file")
  const jwk = jwks.keys.find((candidate) => candidate.kid === header.kid)
  if (!jwk || jwk.kty !== "OKP" || jwk.crv !== "Ed25519") throw new LicenseSignatureError("No key in the JWKS matches the file's kid")
  const publicKey = createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x }, format: "jwk" })
  const signature = fromB64url(signaturePart, "signature")
  if (signature.length !== 64 || !verify(null, Buffer.from(`${headerPart}.${payloadPart}`, "ascii"), publicKey, signature)) {
    throw new LicenseSignatureError("The license file's signature does not verify")
  }
  const claims = parseJson(fromB64url(payloadPart, "payload"), "payload") as unknown as LicenseClaims
  if (claims.iss !== LICENSE_ISSUER) throw new LicenseSignatureError("The license file is not issued by Monitor ERP")
  if (options.now && claims.valid_until !== null && new Date(claims.valid_until).getTime() <= options.now.getTime()) {
    throw new LicenseSignatureError("The license has expired")
  }
  return claims
}

/** Without 0/O and 1/I, which are misread when a key is typed from paper. */
export const LICENSE_KEY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

/** A license key: five groups of five from LICENSE_KEY_ALPHABET (about 125 bits), from crypto.randomInt. */
export function newLicenseKey(): string {
  return Array.from({ length: 5 }, () =>
    Array.from({ length: 5 }, () => LICENSE_KEY_ALPHABET[randomInt(LICENSE_KEY_ALPHABET.length)]).join("")
  ).join("-")
}
