"use client"

import { useEffect, useRef, type ReactNode } from "react"

/**
 * The heading of a step in a multi-step flow. It takes the focus when the step appears, so that
 * a screen reader announces where the visitor is and the next Tab reaches the step's first field.
 */
export function StepHeading({ children, focusKey }: { children: ReactNode; focusKey?: string }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [focusKey])
  return (
    <h1 ref={ref} tabIndex={-1} className="step-heading">
      {children}
    </h1>
  )
}
