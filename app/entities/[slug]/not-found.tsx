import { NotFoundNotice } from "@/components/entity/not-found-notice";

export default function EntityNotFound() {
  return <NotFoundNotice what="No person, organisation or product is recorded at this address." />;
}
