/** How long focusAfterRender keeps watching for the element to be replaced by a later render. */
const SETTLE_FRAMES = 30;

/**
 * Moves focus to an element after React has painted the change that produced it; used when
 * the control someone just used disappears (a revoked row, a closed inline form, a Pin button
 * that becomes Unpin). React may commit that change a few frames later on a busy machine and
 * replace the element we focused, dropping focus to <body> — a screen-reader user would be
 * lost — so for a short while focus follows the element with that id (also when it appears only
 * after a refetch), unless the person has moved on to something else.
 */
export function focusAfterRender(id: string): void {
  let frames = 0;
  // Still on the control that asked (a form's field while its list refreshes) is not moving on.
  const start = document.activeElement;
  const step = () => {
    const target = document.getElementById(id);
    const active = document.activeElement;
    const lost = !active || active === document.body || active === start;
    if (target && target !== active && (frames === 0 || lost)) {
      if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
    }
    const movedOn = frames > 0 && !lost && active !== target && !(target && target.contains(active));
    if (++frames < SETTLE_FRAMES && !movedOn) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}
