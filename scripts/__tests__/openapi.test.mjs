// The ERP API contract (docs/erp-api.openapi.yaml) is a document external systems build against:
// it must parse, and it must list every answer of the contract table.
import assert from "node:assert/strict"
import fs from "node:fs"
import { test } from "node:test"
import { parse } from "yaml"
import { part } from "../lib/paths.mjs"

test("the ERP API contract parses and names every answer of the contract table", () => {
  const document = parse(fs.readFileSync(part("docs", "erp-api.openapi.yaml"), "utf8"))
  assert.match(document.openapi, /^3\./)
  const operation = document.paths["/erp/v1/admin-registrations"].post
  for (const status of ["202", "400", "401", "403", "409", "422", "429"]) assert.ok(operation.responses[status], `missing ${status}`)
  const headers = operation.parameters.map((parameter) => parameter.name ?? parameter.$ref)
  for (const header of ["X-Monitor-Installation", "X-Monitor-Timestamp", "X-Monitor-Signature"]) {
    assert.ok(JSON.stringify(document).includes(header), `missing header ${header}`)
  }
  assert.ok(headers.length >= 3)
})
