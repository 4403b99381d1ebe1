import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { COMPANY_COMMERCE_MODULE } from ".."
import { CompanyCart, CompanyOrder } from "../models"
import CompanyCommerceModuleService, { REDELIVERY_GRACE_MS } from "../service"

jest.setTimeout(60_000)

const order = (order_id: string) => ({
  order_id,
  cart_id: `cart_${order_id}`,
  company_id: "comp_a",
  customer_id: "cus_1",
  your_reference: "PO-1",
  terms_accepted_at: new Date(),
})

moduleIntegrationTestRunner<CompanyCommerceModuleService>({
  moduleName: COMPANY_COMMERCE_MODULE,
  moduleModels: [CompanyCart, CompanyOrder],
  resolve: "./src/modules/company-commerce",
  testSuite: ({ service }) => {
    describe("company carts", () => {
      it("keeps one open cart per customer and company (the database refuses a second)", async () => {
        await service.createCompanyCarts({ cart_id: "cart_1", company_id: "comp_a", customer_id: "cus_1" })
        await expect(service.createCompanyCarts({ cart_id: "cart_2", company_id: "comp_a", customer_id: "cus_1" })).rejects.toThrow()
        // another company, another customer: their own carts
        await service.createCompanyCarts({ cart_id: "cart_3", company_id: "comp_b", customer_id: "cus_1" })
        await service.createCompanyCarts({ cart_id: "cart_4", company_id: "comp_a", customer_id: "cus_2" })
        expect((await service.openCartOf("comp_a", "cus_1"))?.cart_id).toBe("cart_1")
        expect(await service.ownedCart("cart_1", "comp_a", "cus_2")).toBeNull()
        expect(await service.ownedCart("cart_1", "comp_b", "cus_1")).toBeNull()
        expect(await service.companyOfCart("cart_3")).toBe("comp_b")
      })
    })

    describe("company orders", () => {
      it("records an order once, also when recorded in parallel, and closes its cart", async () => {
        await service.createCompanyCarts({ cart_id: "cart_order_1", company_id: "comp_a", customer_id: "cus_1" })
        const rows = await Promise.all([1, 2, 3, 4].map(() => service.recordCompanyOrder(order("order_1"))))
        expect(new Set(rows.map((row) => row.id)).size).toBe(1)
        expect(await service.listCompanyOrders({ order_id: "order_1" })).toHaveLength(1)
        expect((await service.ownedCart("cart_order_1", "comp_a", "cus_1"))?.completed_at).toBeInstanceOf(Date)
        expect(await service.openCartOf("comp_a", "cus_1")).toBeNull()
      })

      it("keeps a delivery pending with its error, then delivered; the redelivery sees it only after the grace period", async () => {
        await service.recordCompanyOrder(order("order_2"))
        await service.recordDeliveryAttempt("order_2", "invoicing is down")
        let row = (await service.companyOrderOf("order_2"))!
        expect([row.delivery_status, row.delivery_attempts, row.last_delivery_error]).toEqual(["pending", 1, "invoicing is down"])
        expect(await service.pendingDeliveries(new Date())).toEqual([])
        expect(await service.pendingDeliveries(new Date(Date.now() + REDELIVERY_GRACE_MS + 1000))).toEqual(["order_2"])
        await service.recordDeliveryAttempt("order_2", null)
        row = (await service.companyOrderOf("order_2"))!
        expect([row.delivery_status, row.delivery_attempts, row.last_delivery_error]).toEqual(["delivered", 2, null])
        expect(row.delivered_at).toBeInstanceOf(Date)
        expect(await service.pendingDeliveries(new Date(Date.now() + REDELIVERY_GRACE_MS + 1000))).toEqual([])
        // a late error report never turns a delivered order back to pending
        await service.recordDeliveryAttempt("order_2", "late")
        expect((await service.companyOrderOf("order_2"))!.delivery_status).toBe("delivered")
      })

      it("lets exactly one caller claim the confirmation mail", async () => {
        await service.recordCompanyOrder(order("order_3"))
        const claims = await Promise.all([1, 2, 3].map(() => service.claimConfirmation("order_3")))
        expect(claims.filter(Boolean)).toHaveLength(1)
      })
    })
  },
})
