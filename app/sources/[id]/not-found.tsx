import { NotFoundNotice } from "@/components/entity/not-found-notice";

export default function SourceNotFound() {
  return <NotFoundNotice what="No source is recorded at this address." />;
}
