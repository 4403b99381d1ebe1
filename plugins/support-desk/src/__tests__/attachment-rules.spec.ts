import { ATTACHMENT_RULES, attachmentError, attachmentProblem, forwardedMime } from "../lib/attachment-rules"

const pdfHead = Uint8Array.from(Buffer.from("%PDF-1.7"))
const MB = 1024 * 1024

describe("the attachment rules", () => {
  it("are the contract's: 5 files, 10 MB each, the listed types", () => {
    expect(ATTACHMENT_RULES.maxFiles).toBe(5)
    expect(ATTACHMENT_RULES.maxBytes).toBe(10 * MB)
    expect(Object.keys(ATTACHMENT_RULES.types).sort()).toEqual(
      ["csv", "docx", "gif", "jpeg", "jpg", "json", "log", "pdf", "png", "txt", "xlsx", "xml", "zip"].sort()
    )
  })

  it("accept an allowed type up to exactly 10 MB, with its own mime or a generic one", () => {
    expect(attachmentProblem({ name: "Faktura.PDF", mime: "application/pdf", size: 10 * MB, head: pdfHead })).toBeNull()
    expect(attachmentProblem({ name: "server.log", mime: "application/octet-stream", size: 12 })).toBeNull()
    expect(attachmentProblem({ name: "export.csv", mime: "text/csv; charset=utf-8", size: 12 })).toBeNull()
  })

  it("refuse one byte over 10 MB as file_too_large", () => {
    expect(attachmentProblem({ name: "stor.pdf", mime: "application/pdf", size: 10 * MB + 1, head: pdfHead })).toBe("file_too_large")
  })

  it("refuse a type outside the list, a mime that does not match the extension, and a binary that is not what it claims", () => {
    expect(attachmentProblem({ name: "setup.exe", mime: "application/octet-stream", size: 10 })).toBe("file_type")
    expect(attachmentProblem({ name: "noextension", mime: "text/plain", size: 10 })).toBe("file_type")
    expect(attachmentProblem({ name: "bild.png", mime: "application/x-msdownload", size: 10 })).toBe("file_type")
    expect(attachmentProblem({ name: "faktura.pdf", mime: "application/pdf", size: 10, head: Uint8Array.from([0x4d, 0x5a, 0, 0]) })).toBe(
      "file_type"
    )
    // The type decides first: a forbidden file is refused as forbidden whatever its size.
    expect(attachmentProblem({ name: "big.exe", mime: "", size: 50 * MB })).toBe("file_type")
  })

  it("name the file in Swedish first and in English, under files", () => {
    const error = attachmentError("file_too_large", "Årsredovisning.pdf")
    expect(error.status).toBe(400)
    expect(error.toJSON()).toEqual({
      code: "file_too_large",
      message: { sv: "Filen ”Årsredovisning.pdf” är större än 10 MB.", en: "The file “Årsredovisning.pdf” is larger than 10 MB." },
      fields: {
        files: [{ sv: "Filen ”Årsredovisning.pdf” är större än 10 MB.", en: "The file “Årsredovisning.pdf” is larger than 10 MB." }],
      },
    })
    expect(attachmentError("file_type", "virus.exe").toJSON().message.sv).toMatch(/^Filen ”virus.exe” har en filtyp som inte är tillåten/)
  })

  it("forward a file with its extension's canonical mime", () => {
    expect(forwardedMime("x.log")).toBe("text/plain")
    expect(forwardedMime("x.JPG")).toBe("image/jpeg")
  })
})
