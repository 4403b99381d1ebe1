import type { IFileModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { storeInvoicePdf } from "../../lib/invoice-files"
import { INVOICING_MODULE, type InvoicingModuleService } from "../../modules/invoicing"

export type StoreInvoicePdfInput = { invoice_id: string }

/**
 * Renders the invoice's PDF and stores it privately in the File Module (sets
 * `pdf_file_id`). An invoice that already has its PDF keeps it. Compensation removes
 * the file this step stored; the invoice stays (a download renders it again).
 */
export const storeInvoicePdfStep = createStep(
  "store-invoice-pdf",
  async (input: StoreInvoicePdfInput, { container }) => {
    const invoice = await container.resolve<InvoicingModuleService>(INVOICING_MODULE).retrieveInvoiceDTO(input.invoice_id)
    if (invoice.pdf_file_id) return new StepResponse({ pdf_file_id: invoice.pdf_file_id }, null)
    const { file_id } = await storeInvoicePdf(container, invoice)
    return new StepResponse({ pdf_file_id: file_id }, { invoice_id: invoice.id, file_id })
  },
  async (stored, { container }) => {
    if (!stored) return
    await container.resolve<InvoicingModuleService>(INVOICING_MODULE).setPdfFile(stored.invoice_id, null)
    await container.resolve<IFileModuleService>(Modules.FILE).deleteFiles(stored.file_id)
  }
)
