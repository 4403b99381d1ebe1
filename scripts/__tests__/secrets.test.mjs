import assert from "node:assert/strict"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { test } from "node:test"
import { SECRET_NAMES, loadDevelopmentSecrets } from "../lib/secrets.mjs"

test("development secrets are generated once, kept private, and reused", () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mm-secrets-")), "secrets.json")
  const first = loadDevelopmentSecrets(file)
  assert.deepEqual(Object.keys(first).sort(), [...SECRET_NAMES].sort())
  for (const value of Object.values(first)) assert.ok(value.length >= 32)
  assert.equal(fs.statSync(file).mode & 0o777, 0o600)
  assert.deepEqual(loadDevelopmentSecrets(file), first)
  assert.equal(first.APP_KEYS.split(",").length, 4)
})

test("a secret in the environment wins over the stored one", () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mm-secrets-")), "secrets.json")
  process.env.JWT_SECRET = "from-the-environment-0123456789abcdef"
  try {
    assert.equal(loadDevelopmentSecrets(file).JWT_SECRET, "from-the-environment-0123456789abcdef")
  } finally {
    delete process.env.JWT_SECRET
  }
})
