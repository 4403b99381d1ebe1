"use strict"
// Loaded with `node --require` before `next start` (see package.json "start"): from here on every
// HTTP server of this process — Next's, which `next start` creates in this same process — computes
// the visitor's address from its socket and TRUSTED_PROXIES first. See visitor-address.cjs.
require("./visitor-address.cjs").installVisitorAddress()
