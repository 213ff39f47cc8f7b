import { ATTRIBUTION_STATUS_LABELS, labelFor } from "@/lib/domain/labels";

/** The attribution status as a badge whose colour and words say the same thing. */
export function StatusBadge({ status }: { status: string }) {
  return (
    <span className="badge" data-status={status} data-testid="status-badge">
      {labelFor(ATTRIBUTION_STATUS_LABELS, status)}
    </span>
  );
}
