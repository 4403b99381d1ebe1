/** myMonitor can be activated from Monitor ERP version 25.7 (the product description). */
export const MINIMUM_ERP_VERSION = "25.7"

const VERSION_PATTERN = /^(\d+)\.(\d+)(?:\.(\d+))?$/

export function parseErpVersion(version: string): [number, number, number] | undefined {
  const match = VERSION_PATTERN.exec(version.trim())
  if (!match) return undefined
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)]
}

/** Numeric comparison per part, so 25.10 is above 25.7. Returns <0, 0 or >0. */
export function compareErpVersions(a: string, b: string): number {
  const left = parseErpVersion(a)
  const right = parseErpVersion(b)
  if (!left || !right) throw new RangeError(`Not an ERP version: ${!left ? a : b}`)
  for (let part = 0; part < 3; part++) {
    if (left[part] !== right[part]) return left[part] - right[part]
  }
  return 0
}

export function supportsPortal(erpVersion: string): boolean {
  return parseErpVersion(erpVersion) !== undefined && compareErpVersions(erpVersion, MINIMUM_ERP_VERSION) >= 0
}
