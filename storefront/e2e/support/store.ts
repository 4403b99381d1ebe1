import { expect, type Locator, type Page } from "@playwright/test"

// The portal's navigation and Monitor Store's catalog and cart, as the store's and the quotes' browser tests use them.

export const mainNav = (page: Page) => page.getByRole("navigation", { name: "Huvudmeny" })
export const storeNav = (page: Page) => page.getByRole("navigation", { name: "Monitor Store" })
export const myPagesNav = (page: Page) => page.getByRole("navigation", { name: "Mina sidor" })

/** Kronor as the portal writes them ("8 900 kr", with non-breaking spaces). */
export const kr = (amount: string) => new RegExp(`(^|[^\\d])${amount.replace(/ /g, "\\s")}\\skr`)

/** A product's card in the catalog, by its heading. */
export const productCard = (page: Page, title: string): Locator =>
  page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: title, exact: true }) })

/** The number of items in the cart, as the store's navigation shows it ("Varukorg (3)"). */
export async function cartCount(page: Page): Promise<number> {
  const text = (
    await storeNav(page)
      .getByRole("link", { name: /^Varukorg/ })
      .innerText()
  ).trim()
  const match = /\((\d+)\)/.exec(text)
  return match ? Number(match[1]) : 0
}

export async function addToCart(page: Page, title: string, quantity: number) {
  const before = await cartCount(page)
  const card = productCard(page, title)
  await card.getByRole("spinbutton", { name: /Antal/ }).fill(String(quantity))
  await card.getByRole("button", { name: /^Lägg i varukorgen/ }).click()
  await expect(card.getByRole("status")).toHaveText("Tillagd i varukorgen.")
  await expect(storeNav(page).getByRole("link", { name: /^Varukorg/ })).toHaveText(`Varukorg (${before + quantity})`)
}

/** Empties the user's open cart (another test, or a run that stopped half-way, may have left lines in it). */
export async function emptyCart(page: Page) {
  await page.goto("/sv/monitor-store/varukorg")
  for (;;) {
    const remove = page.getByRole("button", { name: /^Ta bort/ }).first()
    if ((await remove.count()) === 0) break
    const rows = await page.getByRole("row").count()
    await remove.click()
    await expect(page.getByRole("row")).not.toHaveCount(rows)
  }
  await expect(page.getByText("Varukorgen är tom.")).toBeVisible()
}
