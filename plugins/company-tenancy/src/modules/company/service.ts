import type { Context, InferTypeOf } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { hashSecretToken } from "@mymonitor/common/lib/secret-tokens"
import { describeInvitation, invitationExpiry, invitationStatus, type LinkDescription, type LinkGrant, normalizeEmail } from "./invitations"
import { Company, Invitation, InvitationGrant, Membership } from "./models"
import type { MembershipRole } from "@mymonitor/portal-permissions/lib/roles"
import { rolesGrantingArea } from "@mymonitor/portal-permissions/lib/role-areas"

/** The roles that may manage a company's users (the role → area table); a company always keeps one such member. */
const USER_MANAGER_ROLES = rolesGrantingArea("user_management")
const managesUsers = (role: MembershipRole) => USER_MANAGER_ROLES.includes(role)

export type CompanyWithRole = {
  id: string
  name: string
  organisation_number: string
  customer_number: string
  role: MembershipRole
  membership_id: string
}

export type NewInvitation = {
  email: string
  token_hash: string
  grants: LinkGrant[]
  invited_by_customer_id?: string | null
}

/** Rows of the module's tables, as its generated list/retrieve methods return them. */
export type CompanyRow = InferTypeOf<typeof Company>
export type MembershipRow = InferTypeOf<typeof Membership>
/** A membership with its company: the fields toCompanyWithRole reads. */
export type MembershipWithCompany = Pick<MembershipRow, "id" | "role"> & {
  company: Pick<CompanyRow, "id" | "name" | "organisation_number" | "customer_number">
}

type SqlManager = { execute<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]> }
const sqlOf = (context: Context) => context.transactionManager as unknown as SqlManager

/** The message of the error a change answers when it would leave a company without an administrator. */
export const LAST_ADMIN = "last_admin"
/** The message of the error for an invitation that is no longer pending (accepted or revoked). */
export const INVITATION_NOT_PENDING = "invitation_not_pending"

class CompanyModuleService extends MedusaService({ Company, Membership, Invitation, InvitationGrant }) {
  /** The companies a customer belongs to (active memberships only, by name), each with the customer's role there. */
  async listCompaniesOfCustomer(customerId: string, page: { skip?: number; take?: number } = {}): Promise<[CompanyWithRole[], number]> {
    const skip = page.skip ?? 0
    const take = page.take ?? 50
    const filters = { customer_id: customerId, status: "active" as const }
    const memberships = await this.listMemberships(filters, {
      relations: ["company"],
      skip,
      take,
      order: { company: { name: "ASC" }, id: "ASC" },
    })
    // Most callers have a handful of companies: a short, non-empty page (or an empty
    // first page) is the last one and already tells the total, so no count query is needed.
    const isLastPage = memberships.length < take && (memberships.length > 0 || skip === 0)
    const count = isLastPage ? skip + memberships.length : (await this.listAndCountMemberships(filters, { take: 1, select: ["id"] }))[1]
    return [memberships.map(toCompanyWithRole), count]
  }

  /**
   * The one tenancy check: the caller's active membership in a company, or a
   * NOT_FOUND error — another company's existence is never disclosed.
   */
  async retrieveActiveMembership(companyId: string, customerId: string) {
    const [membership] = await this.listMemberships(
      { company_id: companyId, customer_id: customerId, status: "active" },
      { relations: ["company"], take: 1 }
    )
    if (!membership) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company with id: ${companyId} was not found`)
    }
    return membership
  }

  async countAdministrators(companyId: string): Promise<number> {
    return this.listAndCountMemberships({ company_id: companyId, role: USER_MANAGER_ROLES, status: "active" }, { take: 1 }).then(
      ([, count]) => count
    )
  }

  /** The caller's active admin memberships, with their companies: the companies whose users the caller manages. */
  async listAdministeredMemberships(customerId: string) {
    return this.listMemberships(
      { customer_id: customerId, role: USER_MANAGER_ROLES, status: "active" },
      { relations: ["company"], order: { company: { name: "ASC" } } }
    )
  }

  /** True when the customer is an active administrator of every one of the companies (and there is at least one). */
  async administersAll(customerId: string, companyIds: string[]): Promise<boolean> {
    const wanted = new Set(companyIds)
    if (!wanted.size) return false
    const memberships = await this.listMemberships(
      { customer_id: customerId, role: USER_MANAGER_ROLES, status: "active", company_id: [...wanted] },
      { select: ["id", "company_id"] }
    )
    return new Set(memberships.map((m) => m.company_id)).size === wanted.size
  }

  // ---- Role changes and removal: a company never loses its last administrator ----

  /**
   * Changes a member's role. The company row is locked for the transaction, so two
   * administrators demoting each other at the same moment cannot both succeed.
   */
  @InjectTransactionManager()
  async changeMembershipRole(
    companyId: string,
    customerId: string,
    role: MembershipRole,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ membership_id: string; previous_role: MembershipRole; role: MembershipRole }> {
    await this.lockCompany_(companyId, sharedContext)
    const membership = await this.activeMembershipOrNotFound_(companyId, customerId, sharedContext)
    if (membership.role !== role) {
      if (managesUsers(membership.role)) await this.assertAnotherAdministrator_(companyId, sharedContext)
      await this.updateMemberships({ id: membership.id, role }, sharedContext)
    }
    return { membership_id: membership.id, previous_role: membership.role, role }
  }

  /** Removes a member from a company (soft delete, so a compensation can restore it), under the same lock. */
  @InjectTransactionManager()
  async removeMembership(
    companyId: string,
    customerId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ membership_id: string; role: MembershipRole }> {
    await this.lockCompany_(companyId, sharedContext)
    const membership = await this.activeMembershipOrNotFound_(companyId, customerId, sharedContext)
    if (managesUsers(membership.role)) await this.assertAnotherAdministrator_(companyId, sharedContext)
    await this.softDeleteMemberships([membership.id], {}, sharedContext)
    return { membership_id: membership.id, role: membership.role }
  }

  private async lockCompany_(companyId: string, sharedContext: Context) {
    const rows = await sqlOf(sharedContext).execute<{ id: string }>(
      `select "id" from "company" where "id" = ? and "deleted_at" is null for update`,
      [companyId]
    )
    if (!rows.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company with id: ${companyId} was not found`)
  }

  private async activeMembershipOrNotFound_(companyId: string, customerId: string, sharedContext: Context) {
    const [membership] = await this.listMemberships(
      { company_id: companyId, customer_id: customerId, status: "active" },
      { take: 1 },
      sharedContext
    )
    if (!membership) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member ${customerId} was not found`)
    return membership as { id: string; role: MembershipRole }
  }

  private async assertAnotherAdministrator_(companyId: string, sharedContext: Context) {
    const [, admins] = await this.listAndCountMemberships(
      { company_id: companyId, role: USER_MANAGER_ROLES, status: "active" },
      { take: 1, select: ["id"] },
      sharedContext
    )
    if (admins <= 1) throw new MedusaError(MedusaError.Types.CONFLICT, LAST_ADMIN)
  }

  // ---- Invitations ----

  /** Creates invitations with their grants (one transaction for the whole batch). */
  @InjectTransactionManager()
  async createInvitationsWithGrants(
    invitations: NewInvitation[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; email: string; expires_at: Date }[]> {
    const now = new Date()
    const created = await this.createInvitations(
      invitations.map((invitation) => ({
        email: normalizeEmail(invitation.email),
        token_hash: invitation.token_hash,
        invited_by_customer_id: invitation.invited_by_customer_id ?? null,
        expires_at: invitationExpiry(now),
        last_sent_at: now,
        send_count: 1,
      })),
      sharedContext
    )
    await this.createInvitationGrants(
      created.flatMap((row, index) =>
        invitations[index].grants.map((grant) => ({ invitation_id: row.id, company_id: grant.company_id, role: grant.role }))
      ),
      sharedContext
    )
    return created.map((row) => ({ id: row.id, email: row.email, expires_at: row.expires_at }))
  }

  /** Gives a pending invitation a new token (the old link stops working) and a new validity period. */
  @InjectTransactionManager()
  async renewInvitationToken(
    invitationId: string,
    tokenHash: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; email: string; expires_at: Date; send_count: number }> {
    const invitation = await this.lockInvitation_({ id: invitationId }, sharedContext)
    if (!invitation) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invitation ${invitationId} was not found`)
    if (invitation.accepted_at || invitation.revoked_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, INVITATION_NOT_PENDING)
    }
    const now = new Date()
    const updated = await this.updateInvitations(
      {
        id: invitationId,
        token_hash: tokenHash,
        expires_at: invitationExpiry(now),
        last_sent_at: now,
        send_count: (invitation.send_count ?? 1) + 1,
      },
      sharedContext
    )
    return { id: updated.id, email: updated.email, expires_at: updated.expires_at, send_count: updated.send_count }
  }

  /** Revokes a pending invitation; revoking twice is harmless, an accepted one cannot be revoked. */
  @InjectTransactionManager()
  async revokeInvitation(invitationId: string, @MedusaContext() sharedContext: Context = {}) {
    const invitation = await this.lockInvitation_({ id: invitationId }, sharedContext)
    if (!invitation) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invitation ${invitationId} was not found`)
    if (invitation.accepted_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, INVITATION_NOT_PENDING)
    if (invitation.revoked_at) return invitation
    return this.updateInvitations({ id: invitationId, revoked_at: new Date() }, sharedContext)
  }

  // ---- The link interface of docs/dev/identity-design.md ----

  /** What an invitation link grants and whether it can still be used; null for an unknown token. */
  @InjectManager()
  async describeLink(token: string, @MedusaContext() sharedContext: Context = {}): Promise<LinkDescription | null> {
    const [invitation] = await this.listInvitations(
      { token_hash: hashSecretToken(token) },
      { relations: ["grants"], take: 1 },
      sharedContext
    )
    return invitation ? describeInvitation(invitation) : null
  }

  /**
   * Uses the link up: locks the invitation row, and only when it is still valid marks
   * it accepted. Returns the description as it was before (status "valid" means this
   * call consumed it; any other status means nothing was changed and the caller must
   * refuse); null for an unknown token.
   */
  @InjectTransactionManager()
  async consumeLink(
    token: string,
    options: { customer_id?: string | null } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LinkDescription | null> {
    const invitation = await this.lockInvitation_({ token_hash: hashSecretToken(token) }, sharedContext)
    if (!invitation) return null
    const description = describeInvitation(invitation)
    if (description.status === "valid") {
      await this.updateInvitations(
        { id: invitation.id, accepted_at: new Date(), accepted_by_customer_id: options.customer_id ?? null },
        sharedContext
      )
    }
    return description
  }

  /** The compensation of consumeLink: the link becomes usable again (if it has not expired meanwhile). */
  @InjectTransactionManager()
  async restoreLink(token: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const invitation = await this.lockInvitation_({ token_hash: hashSecretToken(token) }, sharedContext)
    if (!invitation?.accepted_at) return
    await this.updateInvitations({ id: invitation.id, accepted_at: null, accepted_by_customer_id: null }, sharedContext)
  }

  /** One invitation (with grants), its row locked until the transaction ends. */
  private async lockInvitation_(where: { id: string } | { token_hash: string }, sharedContext: Context) {
    const [column, value] = "id" in where ? ["id", where.id] : ["token_hash", where.token_hash]
    const rows = await sqlOf(sharedContext).execute<{ id: string }>(
      `select "id" from "invitation" where "${column}" = ? and "deleted_at" is null for update`,
      [value]
    )
    if (!rows.length) return null
    const [invitation] = await this.listInvitations({ id: rows[0].id }, { relations: ["grants"], take: 1 }, sharedContext)
    return invitation
  }
}

/** A membership (with its company) as the portal shows it: the company and the caller's role there. */
export function toCompanyWithRole(membership: MembershipWithCompany): CompanyWithRole {
  const company = membership.company
  return {
    id: company.id,
    name: company.name,
    organisation_number: company.organisation_number,
    customer_number: company.customer_number,
    role: membership.role,
    membership_id: membership.id,
  }
}

export { invitationStatus }
export default CompanyModuleService
