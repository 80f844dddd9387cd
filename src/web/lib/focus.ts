/**
 * Moves focus to an element after React has painted the change that produced it; used when
 * the control someone just used disappears (a revoked row, a closed inline form).
 */
export function focusAfterRender(id: string): void {
  requestAnimationFrame(() => {
    const target = document.getElementById(id);
    if (!target) return;
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  });
}
