import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { AUDIT_MODULE } from ".."
import { AuditEvent } from "../models"
import AuditModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<AuditModuleService>({
  moduleName: AUDIT_MODULE,
  moduleModels: [AuditEvent],
  resolve: "./src/modules/audit",
  testSuite: ({ service }) => {
    describe("record", () => {
      it("writes one row per company the event concerns, with the e-mail in lower case", async () => {
        await service.record(
          {
            action: "invitation.sent",
            actor_type: "customer",
            actor_id: "cus_1",
            actor_email: "Anna@Kund.SE",
            details: { invitation_id: "inv_1" },
          },
          ["comp_a", "comp_b"]
        )
        const rows = await service.listAuditEvents({ action: "invitation.sent" }, { order: { company_id: "ASC" } })
        expect(rows.map((row) => [row.company_id, row.actor_email, row.actor_id])).toEqual([
          ["comp_a", "anna@kund.se", "cus_1"],
          ["comp_b", "anna@kund.se", "cus_1"],
        ])
        expect(rows[0].details).toEqual({ invitation_id: "inv_1" })
      })

      it("writes one row without a company when the event names none", async () => {
        await service.record({ action: "auth.login_failed", actor_type: "anonymous", ip: "203.0.113.9" })
        const [row] = await service.listAuditEvents({ action: "auth.login_failed" })
        expect(row).toEqual(expect.objectContaining({ company_id: null, actor_email: null, ip: "203.0.113.9" }))
      })
    })
  },
})
