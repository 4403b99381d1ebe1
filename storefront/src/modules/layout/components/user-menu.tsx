"use client"

import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from "react"
import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { logout } from "@/modules/auth/actions"

/**
 * The user menu (WAI-ARIA menu button pattern): Enter/Space/ArrowDown opens it on the first item,
 * ArrowUp on the last; arrows, Home and End move; Escape closes and returns focus to the button.
 */
export function UserMenu({ name, canManageUsers }: { name: string; canManageUsers: boolean }) {
  const t = useTranslations("userMenu")
  const locale = useLocale()
  const menuId = useId()
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const menuRef = useRef<HTMLUListElement>(null)
  const containerRef = useRef<HTMLDivElement>(null)
  const focusOnOpen = useRef<"first" | "last" | null>(null)

  const items = useCallback(() => Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []), [])

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false)
    if (returnFocus) buttonRef.current?.focus()
  }, [])

  useEffect(() => {
    if (!open) return
    const list = items()
    if (focusOnOpen.current === "last") list.at(-1)?.focus()
    else list[0]?.focus()
    focusOnOpen.current = null

    const onPointerDown = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener("pointerdown", onPointerDown)
    return () => document.removeEventListener("pointerdown", onPointerDown)
  }, [open, items])

  function onButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault()
      focusOnOpen.current = event.key === "ArrowUp" ? "last" : "first"
      setOpen(true)
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const list = items()
    const index = list.indexOf(document.activeElement as HTMLElement)
    const move = (to: number) => {
      event.preventDefault()
      list[(to + list.length) % list.length]?.focus()
    }
    switch (event.key) {
      case "ArrowDown":
        return move(index + 1)
      case "ArrowUp":
        return move(index - 1)
      case "Home":
        return move(0)
      case "End":
        return move(list.length - 1)
      case "Escape":
        event.preventDefault()
        return close(true)
      case "Tab":
        return close(false)
    }
  }

  return (
    <div className="user-menu" ref={containerRef}>
      <button
        ref={buttonRef}
        type="button"
        className="user-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={onButtonKeyDown}
      >
        {name}
        <span aria-hidden="true" className="user-menu__caret">
          ▾
        </span>
      </button>
      <ul
        id={menuId}
        ref={menuRef}
        role="menu"
        aria-label={t("label", { name })}
        className="user-menu__list"
        hidden={!open}
        onKeyDown={onMenuKeyDown}
      >
        {canManageUsers ? (
          <li role="none">
            <Link href="/hantera-anvandare" role="menuitem" tabIndex={-1} onClick={() => setOpen(false)}>
              {t("manageUsers")}
            </Link>
          </li>
        ) : null}
        <li role="none">
          <form action={logout}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" role="menuitem" tabIndex={-1}>
              {t("logout")}
            </button>
          </form>
        </li>
      </ul>
    </div>
  )
}
