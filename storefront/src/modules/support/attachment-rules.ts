// The attachment rules of the support contract, mirrored from plugins/support-desk's ATTACHMENT_RULES
// (the backend decides; the portal shows the rules and checks them before sending, so that a wrong
// file is named at once and 50 MB are not uploaded in vain). Pure: the form and the unit tests use it.

export const ATTACHMENT_RULES = {
  maxFiles: 5,
  maxBytes: 10 * 1024 * 1024,
  extensions: ["pdf", "png", "jpg", "jpeg", "gif", "txt", "csv", "log", "xml", "json", "zip", "docx", "xlsx"],
} as const

/** For `<input type="file" accept>`: the extensions (browsers' mime guesses for .log/.csv differ). */
export const ATTACHMENT_ACCEPT = ATTACHMENT_RULES.extensions.map((extension) => `.${extension}`).join(",")

export const MAX_MEGABYTES = ATTACHMENT_RULES.maxBytes / (1024 * 1024)

export type AttachmentProblem =
  { code: "too_many_files"; max: number } | { code: "file_too_large"; name: string; max: number } | { code: "file_type"; name: string }

export const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf(".")
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase()
}

/**
 * What is wrong with the chosen files, each problem once per file (the type first, as the backend
 * decides it). An untouched file input's empty entry is no attachment (see chosenFiles).
 */
export function attachmentProblems(files: readonly { name: string; size: number }[]): AttachmentProblem[] {
  const chosen = chosenFiles(files)
  const problems: AttachmentProblem[] = []
  if (chosen.length > ATTACHMENT_RULES.maxFiles) problems.push({ code: "too_many_files", max: ATTACHMENT_RULES.maxFiles })
  for (const file of chosen) {
    if (!(ATTACHMENT_RULES.extensions as readonly string[]).includes(extensionOf(file.name)))
      problems.push({ code: "file_type", name: file.name })
    else if (file.size > ATTACHMENT_RULES.maxBytes) problems.push({ code: "file_too_large", name: file.name, max: MAX_MEGABYTES })
  }
  return problems
}

/**
 * The files a form really holds. An untouched file input still sends one empty entry: nameless in the
 * browser, and named "undefined" once a server action has decoded it.
 */
export function chosenFiles<T extends { name: string; size: number }>(files: readonly T[]): T[] {
  return files.filter((file) => file.size > 0 || (file.name !== "" && file.name !== "undefined"))
}

/** "2,4 MB" / "830 kB" / "12 byte": a file's size for the thread. */
export function formatFileSize(bytes: number, locale: string): string {
  const format = (value: number, digits: number) =>
    new Intl.NumberFormat(locale === "en" ? "en-GB" : "sv-SE", { maximumFractionDigits: digits }).format(value)
  if (bytes >= 1024 * 1024) return `${format(bytes / (1024 * 1024), 1)} MB`
  if (bytes >= 1024) return `${format(bytes / 1024, 0)} kB`
  return `${format(bytes, 0)} ${locale === "en" ? "bytes" : "byte"}`
}
