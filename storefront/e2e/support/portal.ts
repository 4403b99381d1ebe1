import { readFile } from "node:fs/promises"
import AxeBuilder from "@axe-core/playwright"
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test"

// The support spec's steps in the portal: a page of its own, axe, a download, "Nytt ärende".

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

export async function seriousViolations(page: Page) {
  await expect(page).toHaveTitle(/myMonitor/)
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze()
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(" ")) }))
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "sv-SE", acceptDownloads: true })
  return context.newPage()
}

export async function downloadFrom(page: Page, link: Locator): Promise<{ name: string; data: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()])
  return { name: download.suggestedFilename(), data: await readFile(await download.path()) }
}

/** "Nytt ärende" from the list, filled in and sent; the ticket page's URL parts. */
export async function createTicket(
  page: Page,
  ticket: { company: string; subject: string; description: string; category: string; priority: string; version: string },
  prepareFiles?: () => Promise<void>
): Promise<{ companyId: string; ticketId: string; number: string }> {
  await page.goto("/sv/support")
  await page.getByRole("link", { name: "Nytt ärende" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Nytt ärende" })).toBeVisible()
  await page.getByLabel("Företag").selectOption({ label: ticket.company })
  await page.getByLabel("Ämne").fill(ticket.subject)
  await page.getByLabel("Beskrivning").fill(ticket.description)
  await page.getByLabel("Kategori").selectOption({ label: ticket.category })
  await page.getByLabel("Prioritet").selectOption({ label: ticket.priority })
  await page.getByLabel("Monitor-version").fill(ticket.version)
  if (prepareFiles) await prepareFiles()
  // A double click sends the form at most twice with the same idempotency key: one ticket either way.
  await page.getByRole("button", { name: "Skicka ärendet" }).dblclick()
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^Ärende \\d+: ${escapeRegExp(ticket.subject)}$`) })).toBeVisible({
    timeout: 30_000,
  })
  const match = /\/sv\/support\/([^/]+)\/([^/?]+)\?skapat=(\d+)/.exec(page.url())
  expect(match, page.url()).toBeTruthy()
  await expect(page.getByRole("status").filter({ hasText: `Ärende ${match![3]} är skapat.` })).toBeVisible()
  return { companyId: decodeURIComponent(match![1]), ticketId: decodeURIComponent(match![2]), number: match![3] }
}
