import { createHash, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto"
import {
  jwkThumbprint,
  jwksOf,
  LICENSE_ISSUER,
  LICENSE_KEY_ALPHABET,
  type LicenseClaims,
  LicenseSignatureError,
  newLicenseKey,
  publicKeyOf,
  signingKeyOf,
  signLicense,
  verifyLicense,
} from "../lib/license-signing"

const pem = () => generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString()
const spki = (key: KeyObject) => key.export({ type: "spki", format: "pem" }).toString()

const claims: LicenseClaims = {
  lid: "lic_01TEST",
  key: "ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2",
  customer_number: "90001",
  organisation_number: "556901-0001",
  product: "MON-USER",
  product_title: "Monitor ERP användarlicens",
  kind: "named_user",
  seats: 3,
  valid_from: "2026-01-15T10:00:00.000Z",
  valid_until: "2027-01-15T10:00:00.000Z",
  order: "MS-1001",
  iat: 1768471200,
  iss: LICENSE_ISSUER,
}

const flip = (text: string, index: number) => text.slice(0, index) + (text[index] === "A" ? "B" : "A") + text.slice(index + 1)
const decodePart = (part: string) => JSON.parse(Buffer.from(part, "base64url").toString("utf8"))

describe("license files (compact JWS, EdDSA)", () => {
  const key = signingKeyOf(pem())
  const jwks = jwksOf(key)

  it("round-trips: the ERP's check returns the claims that were signed", () => {
    const jws = signLicense(claims, key)
    expect(jws.split(".")).toHaveLength(3)
    expect(verifyLicense(jws, jwks)).toEqual(claims)
    expect(decodePart(jws.split(".")[0])).toEqual({ alg: "EdDSA", typ: "monitor-license+jwt", kid: key.kid })
  })

  it("refuses a changed payload", () => {
    const [header, payload, signature] = signLicense(claims, key).split(".")
    const forged = Buffer.from(JSON.stringify({ ...decodePart(payload), seats: 300 })).toString("base64url")
    expect(() => verifyLicense(`${header}.${forged}.${signature}`, jwks)).toThrow(LicenseSignatureError)
    expect(() => verifyLicense(`${header}.${flip(payload, 10)}.${signature}`, jwks)).toThrow(LicenseSignatureError)
  })

  it("refuses a changed signature", () => {
    const [header, payload, signature] = signLicense(claims, key).split(".")
    expect(() => verifyLicense(`${header}.${payload}.${flip(signature, 5)}`, jwks)).toThrow(/signature/)
    expect(() => verifyLicense(`${header}.${payload}.${signature.slice(0, -4)}`, jwks)).toThrow(LicenseSignatureError)
    expect(() => verifyLicense(`${header}.${payload}.`, jwks)).toThrow(LicenseSignatureError)
  })

  it("refuses a file whose kid names no key of the JWKS, or another key's kid", () => {
    const other = signingKeyOf(pem())
    expect(() => verifyLicense(signLicense(claims, other), jwks)).toThrow(/kid/)
    // Signed by another key but claiming ours: the kid selects our key and the signature fails.
    const lying = signLicense(claims, { ...other, kid: key.kid })
    expect(() => verifyLicense(lying, jwks)).toThrow(/signature/)
  })

  it("refuses another algorithm, a foreign issuer and (when asked) an expired license", () => {
    const [, payload, signature] = signLicense(claims, key).split(".")
    const none = Buffer.from(JSON.stringify({ alg: "none", kid: key.kid })).toString("base64url")
    expect(() => verifyLicense(`${none}.${payload}.${signature}`, jwks)).toThrow(/EdDSA/)
    expect(() => verifyLicense(signLicense({ ...claims, iss: "Someone" as typeof LICENSE_ISSUER }, key), jwks)).toThrow(/issued/)
    const jws = signLicense(claims, key)
    expect(verifyLicense(jws, jwks, { now: new Date("2026-06-01T00:00:00Z") }).lid).toBe(claims.lid)
    expect(() => verifyLicense(jws, jwks, { now: new Date("2027-01-15T10:00:00Z") })).toThrow(/expired/)
    expect(verifyLicense(signLicense({ ...claims, valid_until: null }, key), jwks, { now: new Date("2099-01-01") }).valid_until).toBeNull()
  })

  it("names the key by its RFC 7638 thumbprint", () => {
    const x = key.publicKey.export({ format: "jwk" }).x
    const expected = createHash("sha256").update(`{"crv":"Ed25519","kty":"OKP","x":"${x}"}`).digest("base64url")
    expect(key.kid).toBe(expected)
    expect(jwkThumbprint(key.publicKey)).toBe(expected)
    // RFC 8037 appendix A.3: the thumbprint of its example Ed25519 key.
    const rfcKey = createPublicKey({
      key: { kty: "OKP", crv: "Ed25519", x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo" },
      format: "jwk",
    })
    expect(jwkThumbprint(rfcKey)).toBe("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k")
  })

  it("publishes the current key and the retired ones, and files of a retired key keep verifying", () => {
    const old = signingKeyOf(pem())
    const oldFile = signLicense(claims, old)
    const rotated = jwksOf(key, [publicKeyOf(spki(old.publicKey)), publicKeyOf(spki(key.publicKey))])
    expect(rotated.keys.map((k) => [k.kid, k.status])).toEqual([
      [key.kid, "current"],
      [old.kid, "retired"],
    ])
    expect(rotated.keys[0]).toEqual(expect.objectContaining({ kty: "OKP", crv: "Ed25519", alg: "EdDSA", use: "sig" }))
    expect(rotated.keys[0]).not.toHaveProperty("d")
    expect(verifyLicense(oldFile, rotated).lid).toBe(claims.lid)
    expect(() => verifyLicense(oldFile, jwks)).toThrow(/kid/)
  })

  it("takes only Ed25519 keys", () => {
    const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString()
    expect(() => signingKeyOf(rsa)).toThrow(/Ed25519/)
    expect(() => signingKeyOf("not a key")).toThrow(/PKCS#8/)
    expect(() => publicKeyOf("-----BEGIN PUBLIC KEY-----\nxx\n-----END PUBLIC KEY-----")).toThrow(LicenseSignatureError)
  })
})

describe("license keys", () => {
  it("are five groups of five from an alphabet without 0, O, 1 and I", () => {
    const keys = Array.from({ length: 200 }, newLicenseKey)
    for (const key of keys) expect(key).toMatch(/^[A-HJ-NP-Z2-9]{5}(-[A-HJ-NP-Z2-9]{5}){4}$/)
    expect(new Set(keys).size).toBe(keys.length)
    expect(LICENSE_KEY_ALPHABET).toHaveLength(32)
    expect(LICENSE_KEY_ALPHABET).not.toMatch(/[0O1I]/)
  })
})
