import { PRODUCT_CATEGORIES, type Product, type ProductCategory } from "@/lib/data/store"

/** The catalog's products by category, in the product's order (Användarlicenser first). */
export function groupByCategory(products: readonly Product[]): { category: ProductCategory | null; products: Product[] }[] {
  const groups: { category: ProductCategory | null; products: Product[] }[] = []
  for (const category of [...PRODUCT_CATEGORIES, null]) {
    const inCategory = products.filter((product) => (product.category ?? productCategoryFromTerms(product)) === category)
    if (inCategory.length) groups.push({ category, products: inCategory })
  }
  return groups
}

/** A product without a category of its own: the category of its variants' license terms. */
function productCategoryFromTerms(product: Product): ProductCategory | null {
  return product.variants.find((variant) => variant.license_terms?.category)?.license_terms?.category ?? null
}
