import { endOfSwedishDay, quoteStatus, statusFilter } from "../lib/quote-status"

describe("a quote's status", () => {
  const now = new Date("2027-01-15T12:00:00Z")

  it("reads a sent quote past its validity as expired, and leaves every other status as stored", () => {
    expect(quoteStatus({ status: "sent", valid_until: new Date("2027-01-15T11:59:59Z") }, now)).toBe("expired")
    expect(quoteStatus({ status: "sent", valid_until: new Date("2027-01-15T12:00:01Z") }, now)).toBe("sent")
    expect(quoteStatus({ status: "sent", valid_until: null }, now)).toBe("sent")
    expect(quoteStatus({ status: "accepted", valid_until: new Date("2027-01-01T00:00:00Z") }, now)).toBe("accepted")
    expect(quoteStatus({ status: "requested", valid_until: null }, now)).toBe("requested")
  })

  it("filters expired and sent by the validity, other statuses by the stored one", () => {
    expect(statusFilter("expired", now)).toEqual({ status: "sent", valid_until: { $lte: now } })
    expect(statusFilter("sent", now)).toEqual({ status: "sent", $or: [{ valid_until: null }, { valid_until: { $gt: now } }] })
    expect(statusFilter("declined", now)).toEqual({ status: "declined" })
    expect(statusFilter(undefined, now)).toEqual({})
  })

  it("holds a quote valid through the named day in Swedish time, summer and winter", () => {
    expect(endOfSwedishDay("2027-01-31").toISOString()).toBe("2027-01-31T22:59:59.000Z")
    expect(endOfSwedishDay("2027-07-31").toISOString()).toBe("2027-07-31T21:59:59.000Z")
  })
})
