import { Badge, Button, Heading, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"

export type Role = "admin" | "user" | "support"

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Administratör",
  user: "Användare",
  support: "Supportanvändare",
}

export type Member = {
  id: string
  role: Role
  status: string
  customer?: { id: string; email: string; first_name?: string | null; last_name?: string | null } | null
}

type Invitation = {
  id: string
  email: string
  role: Role
  status: "valid" | "expired"
  expires_at: string
  send_count: number
}

async function call(path: string, init: RequestInit = {}) {
  const response = await fetch(path, {
    credentials: "include",
    headers: { "content-type": "application/json" },
    ...init,
  })
  const body = await response.json().catch(() => ({}))
  if (!response.ok) {
    const message = typeof body.message === "string" ? body.message : body.message?.en
    throw new Error(message || `${response.status} ${response.statusText}`)
  }
  return body
}

const nameOf = (member: Member) =>
  [member.customer?.first_name, member.customer?.last_name].filter(Boolean).join(" ") || member.customer?.email || "–"

/** One company's members (with the 2FA reset) and its pending invitations (with revoke), for vendor staff. */
export const CompanyMembers = ({ companyId, companyName, members }: { companyId: string; companyName: string; members: Member[] }) => {
  const prompt = usePrompt()
  const [invitations, setInvitations] = useState<Invitation[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  const loadInvitations = useCallback(() => {
    call(`/admin/companies/${companyId}/invitations`)
      .then((body) => setInvitations(body.invitations))
      .catch((e) => setError(String(e.message ?? e)))
  }, [companyId])

  useEffect(loadInvitations, [loadInvitations])

  const resetMfa = async (member: Member) => {
    if (!member.customer) return
    const confirmed = await prompt({
      title: "Återställ 2FA",
      description: `${nameOf(member)} (${member.customer.email}) must set up two-factor authentication again at the next login. Continue?`,
      confirmText: "Återställ 2FA",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    try {
      const body = await call(`/admin/customers/${member.customer.id}/mfa-reset`, { method: "POST" })
      toast.success(`2FA reset for ${member.customer.email}: ${body.disabled_factors} factor(s) disabled`)
    } catch (e) {
      toast.error(`Could not reset 2FA: ${e instanceof Error ? e.message : String(e)}`)
    }
  }

  const revoke = async (invitation: Invitation) => {
    const confirmed = await prompt({
      title: "Revoke invitation",
      description: `The invitation link sent to ${invitation.email} stops working. Continue?`,
      confirmText: "Revoke",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    try {
      await call(`/admin/invitations/${invitation.id}`, { method: "DELETE" })
      toast.success(`Invitation to ${invitation.email} revoked`)
      loadInvitations()
    } catch (e) {
      toast.error(`Could not revoke: ${e instanceof Error ? e.message : String(e)}`)
    }
  }

  return (
    <div className="flex flex-col gap-4 px-6 py-4" aria-label={`Members of ${companyName}`}>
      <Heading level="h2">Members of {companyName}</Heading>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Name</Table.HeaderCell>
            <Table.HeaderCell>E-mail</Table.HeaderCell>
            <Table.HeaderCell>Role</Table.HeaderCell>
            <Table.HeaderCell>2FA</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {members.length === 0 && (
            <Table.Row>
              <Table.Cell>No members.</Table.Cell>
            </Table.Row>
          )}
          {members.map((member) => (
            <Table.Row key={member.id}>
              <Table.Cell>{nameOf(member)}</Table.Cell>
              <Table.Cell>{member.customer?.email ?? "–"}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall">{ROLE_LABELS[member.role]}</Badge>
                {member.status !== "active" && (
                  <Badge size="2xsmall" color="red">
                    {member.status}
                  </Badge>
                )}
              </Table.Cell>
              <Table.Cell>
                <Button size="small" variant="secondary" disabled={!member.customer} onClick={() => resetMfa(member)}>
                  Återställ 2FA
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>

      <Heading level="h3">Pending invitations</Heading>
      {error && (
        <Text className="text-ui-fg-error" role="alert">
          Could not load invitations: {error}
        </Text>
      )}
      {invitations && invitations.length === 0 && <Text size="small">No pending invitations.</Text>}
      {invitations && invitations.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>E-mail</Table.HeaderCell>
              <Table.HeaderCell>Role</Table.HeaderCell>
              <Table.HeaderCell>Expires</Table.HeaderCell>
              <Table.HeaderCell>Sent</Table.HeaderCell>
              <Table.HeaderCell></Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {invitations.map((invitation) => (
              <Table.Row key={invitation.id}>
                <Table.Cell>{invitation.email}</Table.Cell>
                <Table.Cell>{ROLE_LABELS[invitation.role]}</Table.Cell>
                <Table.Cell>
                  {new Date(invitation.expires_at).toLocaleString("sv-SE")}
                  {invitation.status === "expired" && (
                    <Badge size="2xsmall" color="orange">
                      expired
                    </Badge>
                  )}
                </Table.Cell>
                <Table.Cell>{invitation.send_count}×</Table.Cell>
                <Table.Cell>
                  <Button size="small" variant="danger" onClick={() => revoke(invitation)}>
                    Revoke
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </div>
  )
}
