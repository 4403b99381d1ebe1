import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { portalUrl } from "@mymonitor/common/lib/portal-links"
import { COMPANY_MODULE, type CompanyModuleService } from "@mymonitor/company-tenancy/modules/company"
import { INVOICING_MODULE, type InvoicingModuleService } from "@mymonitor/invoicing/modules/invoicing"
import { LICENSING_MODULE, type LicensingModuleService } from "@mymonitor/licensing/modules/licensing"
import { sendMessage } from "@mymonitor/notifications/lib/send-message"
import { COMPANY_ORDER_DELIVERED } from "../lib/events"
import { orderFactsOf } from "../lib/order-facts"
import { COMPANY_COMMERCE_MODULE, type CompanyCommerceModuleService } from "../modules/company-commerce"

/** The buyer's order confirmation with the license keys, sent once per order (also when delivery ran twice). */
export default async function orderDeliveredHandler({ event, container }: SubscriberArgs<{ order_id: string }>) {
  const orderId = event.data.order_id
  const commerce = container.resolve<CompanyCommerceModuleService>(COMPANY_COMMERCE_MODULE)
  const companyOrder = await commerce.companyOrderOf(orderId)
  if (!companyOrder || !(await commerce.claimConfirmation(orderId))) return
  const [orders, company, licenses, invoice] = await Promise.all([
    orderFactsOf(container, [orderId]),
    container.resolve<CompanyModuleService>(COMPANY_MODULE).retrieveCompany(companyOrder.company_id),
    container.resolve<LicensingModuleService>(LICENSING_MODULE).licensesOfOrder(orderId),
    container.resolve<InvoicingModuleService>(INVOICING_MODULE).invoiceForOrder(orderId),
  ])
  const order = orders.get(orderId)
  if (!order?.buyer.email) return
  await sendMessage(container, {
    template: "order-confirmation",
    to: order.buyer.email,
    data: {
      orderNumber: order.order_number,
      companyName: company.name,
      yourReference: companyOrder.your_reference,
      lines: order.items.map((item) => ({ title: item.product_title, quantity: item.quantity, total: item.subtotal })),
      subtotal: order.subtotal,
      taxTotal: order.tax_total,
      total: order.total,
      licenses: licenses.map((license) => ({ product: license.product_title, key: license.license_key, seats: license.seats })),
      invoiceNumber: invoice?.display_number ?? null,
      link: portalUrl(`/sv/mina-sidor/bestallningar/${orderId}?company=${companyOrder.company_id}`),
    },
    trigger_type: COMPANY_ORDER_DELIVERED,
    resource_type: "order",
    resource_id: orderId,
    receiver_id: companyOrder.customer_id,
  })
}

export const config: SubscriberConfig = { event: COMPANY_ORDER_DELIVERED }
