import { notFound } from "~/lib/http";

// Any path no other route matches: the root ErrorBoundary shows the Dutch 404 page.
export async function loader() {
  throw notFound();
}

export default function NotFound() {
  return null;
}
