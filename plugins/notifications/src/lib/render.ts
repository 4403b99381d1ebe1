import Handlebars from "handlebars"
import { templates, type ChannelOf, type RenderedMessage, type StoredData, type TemplateData, type TemplateName } from "../templates"
import type { EmailContent, EmailTemplate, Locale, MessageTemplate, SmsContent, SmsTemplate } from "./template"

/**
 * Renders the templates of src/templates/ with Handlebars: one wording per
 * language, turned into HTML (every value escaped) and plain text (compiled
 * with `noEscape`, nothing to escape in text). A message carries both
 * languages, the recipient's first (Swedish unless told otherwise).
 */

const html = Handlebars.create()
const text = Handlebars.create()

// Links reach the HTML only as http(s) URLs without quotes, spaces or angle
// brackets; the one character left to escape is "&" (Handlebars' own escaping
// would also turn "=" into "&#x3D;", which mail tools and tests then cannot find).
const SAFE_URL = /^https?:\/\/[^\s"'<>`\\]+$/i

function urlOf(value: unknown): string {
  if (typeof value !== "string" || !SAFE_URL.test(value) || !URL.canParse(value)) {
    throw new Error("A message link must be an absolute http(s) URL")
  }
  return value
}

function codeOf(value: unknown): string {
  if (typeof value !== "string" || !/^\S{1,64}$/.test(value)) throw new Error("A message code must be a non-empty string without spaces")
  return value
}

function listOf(names: unknown, and: unknown): string {
  const items = (Array.isArray(names) ? names : [names]).filter((name) => name !== undefined && name !== null).map(String)
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${String(and)} ${items[items.length - 1]}`
}

html.registerHelper("link", (value: unknown) => {
  const url = urlOf(value).replace(/&/g, "&amp;")
  return new html.SafeString(`<a href="${url}">${url}</a>`)
})
text.registerHelper("link", (value: unknown) => urlOf(value))
html.registerHelper(
  "code",
  (value: unknown) =>
    new html.SafeString(`<strong style="font-size:20px;letter-spacing:2px">${html.escapeExpression(codeOf(value))}</strong>`)
)
text.registerHelper("code", (value: unknown) => codeOf(value))
// A helper's plain-string result is escaped like any value in the HTML environment.
html.registerHelper("list", listOf)
text.registerHelper("list", listOf)

const HELPERS = { link: true, code: true, list: true }
const compiled = new Map<string, Handlebars.TemplateDelegate>()

function compile(environment: "html" | "text", source: string): Handlebars.TemplateDelegate {
  const key = `${environment}\u0000${source}`
  let template = compiled.get(key)
  if (!template) {
    template = (environment === "html" ? html : text).compile(source, {
      noEscape: environment === "text",
      knownHelpers: HELPERS,
      knownHelpersOnly: true,
    })
    compiled.set(key, template)
  }
  return template
}

const layout = html.compile(
  `<!DOCTYPE html>
<html lang="{{lang}}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{subject}}</title></head>
<body style="margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#222">
{{#each sections}}{{#unless @first}}<hr style="border:none;border-top:1px solid #ccc;margin:24px 0">
{{/unless}}<div lang="{{lang}}">{{#each paragraphs}}<p>{{{this}}}</p>{{/each}}</div>
{{/each}}</body>
</html>
`,
  { knownHelpersOnly: true }
)

/** Values are shown inline: a line break or run of spaces inside one (a name, a company) becomes one space. */
function oneLine(value: unknown): unknown {
  if (typeof value === "string") return value.replace(/\s+/g, " ").trim()
  if (Array.isArray(value)) return value.map(oneLine)
  return value
}

function viewOf(template: MessageTemplate, data: object, locale: Locale): Record<string, unknown> {
  const view: Record<string, unknown> = { ...data, ...(template.view?.(data, locale) ?? {}) }
  for (const key of Object.keys(view)) view[key] = oneLine(view[key])
  return view
}

/** A two-language text: the first language, then the second after a rule. */
function bilingual(first: string, second: string): string {
  return `${first}\n\n———\n\n${second}\n`
}

/** The recipient's language first, then the other one. */
export function languagesFor(locale: Locale = "sv"): [Locale, Locale] {
  return locale === "en" ? ["en", "sv"] : ["sv", "en"]
}

function renderEmail(template: EmailTemplate<object, never>, data: object, locale: Locale): EmailContent {
  const sections = languagesFor(locale).map((lang) => {
    const view = viewOf(template, data, lang)
    const wording = template.wording[lang]
    return {
      lang,
      subject: compile("text", wording.subject)(view),
      // A paragraph that renders empty (its {{#if}} false) is left out.
      html: wording.paragraphs
        .map((paragraph) => compile("html", paragraph)(view))
        .filter((paragraph) => paragraph.trim())
        .map((paragraph) => paragraph.replace(/\n/g, "<br>\n")),
      text: wording.paragraphs
        .map((paragraph) => compile("text", paragraph)(view))
        .filter((paragraph) => paragraph.trim())
        .join("\n\n"),
    }
  })
  const subject = sections
    .map((section) => section.subject)
    .join(" / ")
    .replace(/\s+/g, " ")
    .trim()
  return {
    subject,
    html: layout({ lang: locale, subject, sections: sections.map((section) => ({ lang: section.lang, paragraphs: section.html })) }),
    text: bilingual(sections[0].text, sections[1].text),
  }
}

function renderSms(template: SmsTemplate<object, never>, data: object, locale: Locale): SmsContent {
  return {
    text: languagesFor(locale)
      .map((lang) => compile("text", template.wording[lang])(viewOf(template, data, lang)))
      .join(" / "),
  }
}

/** Renders one message: `{ subject, html, text }` for an e-mail, `{ text }` for an SMS. Throws on data a template cannot show. */
export function renderMessage<N extends TemplateName>(
  name: N,
  data: TemplateData<N>,
  options: { locale?: Locale } = {}
): RenderedMessage<N> {
  const template = templateOf(name)
  const locale = options.locale ?? "sv"
  const rendered = template.channel === "email" ? renderEmail(template, data, locale) : renderSms(template, data, locale)
  return rendered as RenderedMessage<N>
}

export function channelOf<N extends TemplateName>(name: N): ChannelOf<N> {
  return templateOf(name).channel as ChannelOf<N>
}

/** A message's data without its secret fields: what may be stored with the notification. */
export function storedDataOf<N extends TemplateName>(name: N, data: TemplateData<N>): StoredData<N> {
  const secret = new Set<string>(templateOf(name).secret)
  return Object.fromEntries(Object.entries(data).filter(([key]) => !secret.has(key))) as StoredData<N>
}

// The registry's entries differ in their data types; rendering only needs the common shape.
function templateOf(name: TemplateName): EmailTemplate<object, never> | SmsTemplate<object, never> {
  const template = templates[name] as unknown as EmailTemplate<object, never> | SmsTemplate<object, never> | undefined
  if (!template) throw new Error(`Unknown message template: ${String(name)}`)
  return template
}
