import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProductVariant, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Input, Label, Select, Switch, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch, type LicenseTerms } from "../lib/api"

type Form = Omit<LicenseTerms, "id" | "variant_id">

const CATEGORIES: { value: Form["category"]; label: string }[] = [
  { value: "user_license", label: "User license" },
  { value: "addon_module", label: "Add-on module" },
  { value: "integration", label: "Integration" },
  { value: "training", label: "Training (no license)" },
  { value: "service", label: "Service (no license)" },
]
const KINDS: { value: Form["kind"]; label: string }[] = [
  { value: "named_user", label: "Per named user" },
  { value: "company", label: "Per company" },
  { value: "site", label: "Per site" },
]
const TERMS: { value: Form["term"]; label: string }[] = [
  { value: "yearly", label: "Yearly (renewal after one year)" },
  { value: "perpetual", label: "Perpetual" },
]
const NO_LICENSE: Form["category"][] = ["training", "service"]

const EMPTY: Form = { product_code: "", category: "user_license", kind: "named_user", seats: 1, term: "yearly", delivers_license: true }

/** On the product variant page: what one unit of the variant licenses, delivered when an order is placed. */
const VariantLicenseTermsWidget = ({ data: variant }: DetailWidgetProps<AdminProductVariant>) => {
  const [form, setForm] = useState<Form>(EMPTY)
  const [saved, setSaved] = useState<LicenseTerms | null>(null)
  const [loading, setLoading] = useState(true)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    adminFetch<{ license_terms: LicenseTerms | null }>(`/admin/product-variants/${variant.id}/license-terms`, { signal: controller.signal })
      .then(({ license_terms }) => {
        setSaved(license_terms)
        if (license_terms) {
          const { id: _id, variant_id: _variant, ...terms } = license_terms
          setForm(terms)
        }
      })
      .catch((error: Error) => !controller.signal.aborted && setMessage({ kind: "error", text: error.message }))
      .finally(() => !controller.signal.aborted && setLoading(false))
    return () => controller.abort()
  }, [variant.id])

  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((current) => ({ ...current, [key]: value }))
  const noLicense = NO_LICENSE.includes(form.category)

  const save = async () => {
    setBusy(true)
    setMessage(null)
    try {
      const { license_terms } = await adminFetch<{ license_terms: LicenseTerms }>(`/admin/product-variants/${variant.id}/license-terms`, {
        method: "POST",
        body: { ...form, product_code: form.product_code.trim(), delivers_license: noLicense ? false : form.delivers_license },
      })
      setSaved(license_terms)
      setMessage({ kind: "ok", text: "License terms saved. Orders placed from now on deliver by them." })
    } catch (error) {
      setMessage({ kind: "error", text: error instanceof Error ? error.message : String(error) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">License terms</Heading>
        {!loading && (
          <Badge size="2xsmall" color={saved ? (saved.delivers_license ? "green" : "grey") : "orange"}>
            {saved ? (saved.delivers_license ? "Delivers a license" : "No license") : "Not set: delivers nothing"}
          </Badge>
        )}
      </div>
      {loading ? (
        <Text className="px-6 py-4">Loading…</Text>
      ) : (
        <div className="grid grid-cols-2 gap-4 px-6 py-4">
          <div className="flex flex-col gap-1">
            <Label htmlFor="license-product-code">Product code (read by Monitor ERP)</Label>
            <Input
              id="license-product-code"
              placeholder="MON-USER"
              value={form.product_code}
              maxLength={64}
              onChange={(event) => set("product_code", event.target.value.toUpperCase())}
            />
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="license-category">Category</Label>
            <Select
              value={form.category}
              onValueChange={(value) => {
                const category = value as Form["category"]
                setForm((current) => ({ ...current, category, delivers_license: !NO_LICENSE.includes(category) }))
              }}
            >
              <Select.Trigger id="license-category">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {CATEGORIES.map((option) => (
                  <Select.Item key={option.value} value={option.value}>
                    {option.label}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="license-kind">Counted</Label>
            <Select value={form.kind} onValueChange={(value) => set("kind", value as Form["kind"])}>
              <Select.Trigger id="license-kind">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {KINDS.map((option) => (
                  <Select.Item key={option.value} value={option.value}>
                    {option.label}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="license-seats">Seats per unit bought</Label>
            <Input
              id="license-seats"
              type="number"
              min={1}
              value={String(form.seats)}
              onChange={(event) => set("seats", Number.parseInt(event.target.value, 10) || 0)}
            />
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="license-term">Term</Label>
            <Select value={form.term} onValueChange={(value) => set("term", value as Form["term"])}>
              <Select.Trigger id="license-term">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {TERMS.map((option) => (
                  <Select.Item key={option.value} value={option.value}>
                    {option.label}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="flex items-center gap-2 self-end pb-2">
            <Switch
              id="license-delivers"
              checked={!noLicense && form.delivers_license}
              disabled={noLicense}
              onCheckedChange={(checked) => set("delivers_license", checked)}
            />
            <Label htmlFor="license-delivers">Delivers a license file</Label>
          </div>
        </div>
      )}
      <div className="flex items-center justify-between gap-3 px-6 py-4">
        <Text
          size="small"
          className={message?.kind === "error" ? "text-ui-fg-error" : "text-ui-fg-subtle"}
          role={message ? "status" : undefined}
        >
          {message?.text ?? "Licenses already delivered keep the terms they were sold with."}
        </Text>
        <Button size="small" onClick={save} isLoading={busy} disabled={busy || loading || !form.product_code.trim() || form.seats < 1}>
          Save
        </Button>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product_variant.details.after" })

export default VariantLicenseTermsWidget
