import { discardKept, keepForNextStep, takeFromPreviousStep } from "../lib/step-secrets"

describe("secrets handed from one workflow step to the next", () => {
  it("are given once, by a reference that does not contain them", () => {
    const ref = keepForNextStep(["token-1", "token-2"])
    expect(ref).not.toContain("token")
    expect(takeFromPreviousStep<string[]>(ref)).toEqual(["token-1", "token-2"])
    expect(takeFromPreviousStep(ref)).toBeUndefined()
  })

  it("die after ten minutes, and when discarded", () => {
    const now = Date.now()
    const old = keepForNextStep("a", now)
    expect(takeFromPreviousStep(old, now + 10 * 60 * 1000 + 1)).toBeUndefined()
    const dropped = keepForNextStep("b")
    discardKept(dropped)
    expect(takeFromPreviousStep(dropped)).toBeUndefined()
    expect(takeFromPreviousStep(undefined)).toBeUndefined()
  })
})
