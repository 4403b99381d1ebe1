import { randomUUID } from "node:crypto"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

/**
 * A fresh owner for this run's lock. Without an owner, Medusa's PostgreSQL locking provider lets the
 * loser of two simultaneous first acquisitions through (its duplicate-key check compares
 * `undefined != null`), so two checkouts of one cart would run side by side.
 */
export const lockOwnerStep = createStep("lock-owner", async () => new StepResponse(randomUUID()))
